import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { kbFromYaml, repoRoot, runCliCaptured } from '../helpers';

const kb = kbFromYaml(readFileSync(resolve(repoRoot, 'test/fixtures/matcher/kb.yaml'), 'utf8'));
const dir = mkdtempSync(join(tmpdir(), 'ir-lens-cli-'));

const cli = (...args: string[]) => runCliCaptured(kb, args);

describe('CLI', () => {
  const paper = join(dir, 'paper.md');
  // CRLF and an emoji on purpose: offsets must be UTF-16 offsets into the text exactly as read.
  writeFileSync(paper, '# SCO\r\n\r\n😀 Beijing and `Moscow` met the U.S.\r\n');

  it('annotate --format json prints offsets into the text as read, sorted by start', () => {
    const { code, out } = cli('annotate', paper);
    assert.equal(code, 0);
    const result = JSON.parse(out);
    const text = readFileSync(paper, 'utf8');
    assert.equal(result.file, paper);
    assert.equal(result.language, 'markdown');
    assert.deepEqual(
      result.mentions.map((m: { id: string }) => m.id),
      ['sco', 'china', 'united-states'],
    );
    for (const m of result.mentions) assert.equal(text.slice(m.start, m.end), m.text);
    assert.deepEqual(result.mentions[1], {
      start: 12, end: 19, line: 2, character: 3, type: 'actor', subtype: 'state', id: 'china', name: 'China', text: 'Beijing',
    });
  });

  it('annotate --format text prints one line per mention', () => {
    const { out } = cli('annotate', paper, '--format', 'text');
    assert.equal(out.split('\n')[0], `${paper}:1:3\tactor/organization\tsco\t"SCO"`);
  });

  it('annotate --kb adds a user entry', () => {
    const extra = join(dir, 'extra.irkb.yaml');
    writeFileSync(extra, '- { id: met, type: event, name: met, aliases: [{ text: met, case: insensitive }] }\n');
    const result = JSON.parse(cli('annotate', paper, '--kb', extra).out);
    assert.ok(result.mentions.some((m: { id: string }) => m.id === 'met'));
  });

  it('fails with one clear line for a missing file, a directory, a binary file and a bad flag', () => {
    const binary = join(dir, 'image.bin');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x00, 0x01]));
    const cases: [string[], RegExp][] = [
      [['annotate', join(dir, 'missing.md')], /missing\.md: no such file/],
      [['annotate', dir], /is a directory/],
      [['annotate', binary], /binary file/],
      [['annotate', paper, '--bogus'], /Unknown option '--bogus'/],
      [['annotate', paper, '--format', 'xml'], /--format must be json or text/],
      [['frobnicate'], /unknown command/],
      [[], /no command given/],
    ];
    for (const [args, message] of cases) {
      const { code, err, out } = cli(...args);
      assert.equal(code, 2, args.join(' '));
      assert.equal(out, '');
      assert.match(err, message);
      assert.equal(err.trim().split('\n').length, 1, `one line for ${args.join(' ')}`);
    }
  });

  it('check-kb reports problems with file and line and exits 1', () => {
    const bad = join(dir, 'bad.irkb.yaml');
    writeFileSync(bad, '- { id: ok, type: actor, name: Ok }\n- { id: nope, type: planet, name: Nope }\n');
    const { code, out } = cli('check-kb', bad);
    assert.equal(code, 1);
    assert.match(out, new RegExp(`${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:2:\\d+: error: unknown type "planet"`));
    assert.match(out, /1 entries loaded; 1 errors/);
    const good = join(dir, 'good.irkb.yaml');
    writeFileSync(good, '- { id: ok, type: actor, name: Ok, related: [sco] }\n');
    assert.equal(cli('check-kb', good).code, 0);
  });

  it('entities lists the knowledge base as JSON', () => {
    const entries = JSON.parse(cli('entities', '--format', 'json').out);
    assert.equal(entries.length, kb.size);
    assert.ok(entries.some((e: { id: string }) => e.id === 'sco'));
  });

  it('the built dist/cli.js runs with the bundled KB', function () {
    const cliPath = resolve(repoRoot, 'dist/cli.js');
    try {
      readFileSync(cliPath);
    } catch {
      this.skip();
    }
    const out = execFileSync(process.execPath, [cliPath, 'annotate', paper], { encoding: 'utf8' });
    assert.ok(JSON.parse(out).mentions.some((m: { id: string }) => m.id === 'china'));
    const failed = spawnSync(process.execPath, [cliPath, 'annotate', dir], { encoding: 'utf8' });
    assert.equal(failed.status, 2);
    assert.match(failed.stderr, /^ir-lens: .*is a directory/);
  });
});
