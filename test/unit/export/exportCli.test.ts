import * as assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runCliCaptured } from '../helpers';
import { kb, text } from './fixture';

const dir = mkdtempSync(join(tmpdir(), 'ir-lens-export-'));
const paper = join(dir, 'partners.md');
const second = join(dir, 'second.md');
writeFileSync(second, 'NATO.\n');
writeFileSync(paper, text);

const cli = (...args: string[]) => runCliCaptured(kb, args);

describe('ir-lens export', () => {
  it('prints the annotate JSON by default and with --format json', async () => {
    const annotate = await cli('annotate', paper);
    assert.equal((await cli('export', paper)).out, annotate.out);
    assert.equal((await cli('export', paper, '--format', 'json')).out, annotate.out);
  });

  it('prints W3C annotations whose target is the file URI', async () => {
    const { code, out } = await cli('export', paper, '--format', 'w3c');
    assert.equal(code, 0);
    const collection = JSON.parse(out);
    assert.equal(collection.first.items[0].target.source, pathToFileURL(paper).href);
  });

  it('prints CSV and brat', async () => {
    assert.ok((await cli('export', paper, '--format', 'csv')).out.startsWith('start,end,line,type,id,name,text,source\r\n45,48,3,actor,sco,'));
    assert.ok((await cli('export', paper, '--format', 'brat')).out.startsWith('T1\tActor 43 46\tSCO\n#1\tAnnotatorNotes T1\tsco\n'));
  });

  it('writes to --out instead of printing', async () => {
    const ann = join(dir, 'partners.ann');
    const { code, out } = await cli('export', paper, '--format', 'brat', '--out', ann);
    assert.equal(code, 0);
    assert.equal(out, '');
    assert.equal(readFileSync(ann, 'utf8'), (await cli('export', paper, '--format', 'brat')).out);
  });

  it('refuses bad uses with one line and exit code 2', async () => {
    const cases: [string[], RegExp][] = [
      [['export'], /export: give at least one file, directory or glob/],
      [['export', paper, second, '--out', join(dirname(paper), 'x.json')], /--out names one file; for several inputs give --out-dir DIR/],
      [['export', paper, '--format', 'xml'], /--format must be json or w3c or csv or brat/],
      [['export', paper, '--out', paper], /would overwrite the input file/],
      [['export', join(dir, 'missing.md')], /missing\.md: no such file/],
      [['export', paper, '--out', join(dir, 'no-such-dir', 'x.csv')], /x\.csv: cannot write/],
      [['annotate', paper, '--out', join(dir, 'x.json')], /annotate: --out is not accepted/],
    ];
    for (const [args, message] of cases) {
      const { code, out, err } = await cli(...args);
      assert.equal(code, 2, args.join(' '));
      assert.equal(out, '');
      assert.match(err, message);
      assert.equal(err.split('\n').length, 2, err);
    }
    assert.equal(readFileSync(paper, 'utf8'), text);
    assert.equal(existsSync(join(dir, 'x.json')), false);
  });

  it('is listed in --help', async () => {
    assert.match((await cli('--help')).out, /export <path\.\.\.> --format json\|w3c\|csv\|brat \[--out FILE \| --out-dir DIR\]/);
  });
});
