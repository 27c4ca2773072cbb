import * as assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runCliCaptured } from '../helpers';
import { kb, text } from './fixture';

const dir = mkdtempSync(join(tmpdir(), 'ir-lens-export-'));
const paper = join(dir, 'partners.md');
writeFileSync(paper, text);

const cli = (...args: string[]) => runCliCaptured(kb, args);

describe('ir-lens export', () => {
  it('prints the annotate JSON by default and with --format json', () => {
    const annotate = cli('annotate', paper);
    assert.equal(cli('export', paper).out, annotate.out);
    assert.equal(cli('export', paper, '--format', 'json').out, annotate.out);
  });

  it('prints W3C annotations whose target is the file URI', () => {
    const { code, out } = cli('export', paper, '--format', 'w3c');
    assert.equal(code, 0);
    const collection = JSON.parse(out);
    assert.equal(collection.first.items[0].target.source, pathToFileURL(paper).href);
  });

  it('prints CSV and brat', () => {
    assert.ok(cli('export', paper, '--format', 'csv').out.startsWith('start,end,line,type,id,name,text\r\n45,48,3,actor,sco,'));
    assert.ok(cli('export', paper, '--format', 'brat').out.startsWith('T1\tActor 43 46\tSCO\n#1\tAnnotatorNotes T1\tsco\n'));
  });

  it('writes to --out instead of printing', () => {
    const ann = join(dir, 'partners.ann');
    const { code, out } = cli('export', paper, '--format', 'brat', '--out', ann);
    assert.equal(code, 0);
    assert.equal(out, '');
    assert.equal(readFileSync(ann, 'utf8'), cli('export', paper, '--format', 'brat').out);
  });

  it('refuses bad uses with one line and exit code 2', () => {
    const cases: [string[], RegExp][] = [
      [['export'], /export: give exactly one file/],
      [['export', paper, paper], /export: give exactly one file/],
      [['export', paper, '--format', 'xml'], /--format must be json or w3c or csv or brat/],
      [['export', paper, '--out', paper], /would overwrite the input file/],
      [['export', join(dir, 'missing.md')], /missing\.md: no such file/],
      [['export', paper, '--out', join(dir, 'no-such-dir', 'x.csv')], /x\.csv: cannot write/],
      [['annotate', paper, '--out', join(dir, 'x.json')], /annotate: --out is not accepted/],
    ];
    for (const [args, message] of cases) {
      const { code, out, err } = cli(...args);
      assert.equal(code, 2, args.join(' '));
      assert.equal(out, '');
      assert.match(err, message);
      assert.equal(err.split('\n').length, 2, err);
    }
    assert.equal(readFileSync(paper, 'utf8'), text);
    assert.equal(existsSync(join(dir, 'x.json')), false);
  });

  it('is listed in --help', () => {
    assert.match(cli('--help').out, /export <file> --format json\|w3c\|csv\|brat \[--out FILE\]/);
  });
});
