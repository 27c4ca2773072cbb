import * as assert from 'node:assert/strict';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
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

  it('annotate --format json prints offsets into the text as read, sorted by start', async () => {
    const { code, out } = await cli('annotate', paper);
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
      start: 12, end: 19, line: 2, character: 3, type: 'actor', subtype: 'state', id: 'china', source: 'kb', name: 'China', text: 'Beijing',
    });
  });

  it('annotate --format text prints one line per mention', async () => {
    const { out } = await cli('annotate', paper, '--format', 'text');
    assert.equal(out.split('\n')[0], `${paper}:1:3\tactor/organization\tsco\t"SCO"`);
  });

  it('annotate --kb adds a user entry', async () => {
    const extra = join(dir, 'extra.irkb.yaml');
    writeFileSync(extra, '- { id: met, type: event, name: met, aliases: [{ text: met, case: insensitive }] }\n');
    const result = JSON.parse((await cli('annotate', paper, '--kb', extra)).out);
    assert.ok(result.mentions.some((m: { id: string }) => m.id === 'met'));
  });

  it('fails with one clear line for a missing file, a directory, a binary file and a bad flag', async () => {
    const binary = join(dir, 'image.bin');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x00, 0x01]));
    const emptyDir = mkdtempSync(join(tmpdir(), 'ir-lens-empty-'));
    const cases: [string[], RegExp][] = [
      [['annotate', join(dir, 'missing.md')], /missing\.md: no such file/],
      [['annotate', emptyDir], /is a directory with no Markdown or text files/],
      [['annotate', binary], /binary file/],
      [['annotate', paper, '--bogus'], /Unknown option '--bogus'/],
      [['annotate', paper, '--format', 'xml'], /--format must be json or jsonl or text/],
      [['annotate', paper, '--jobs', '0'], /--jobs must be a whole number/],
      [['annotate', paper, '--summary', 'xml'], /--summary must be csv/],
      [['annotate', join(dir, '*.nothing')], /no file matches/],
      [['frobnicate'], /unknown command/],
      [[], /no command given/],
    ];
    for (const [args, message] of cases) {
      const { code, err, out } = await cli(...args);
      assert.equal(code, 2, args.join(' '));
      assert.equal(out, '');
      assert.match(err, message);
      assert.equal(err.trim().split('\n').length, 1, `one line for ${args.join(' ')}`);
    }
  });

  it('check-kb reports problems with file and line and exits 1', async () => {
    const bad = join(dir, 'bad.irkb.yaml');
    writeFileSync(bad, '- { id: ok, type: actor, name: Ok }\n- { id: nope, type: planet, name: Nope }\n');
    const { code, out } = await cli('check-kb', bad);
    assert.equal(code, 1);
    assert.match(out, new RegExp(`${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:2:\\d+: error: unknown type "planet"`));
    assert.match(out, /1 entries loaded; 1 errors/);
    const good = join(dir, 'good.irkb.yaml');
    writeFileSync(good, '- { id: ok, type: actor, name: Ok, related: [sco] }\n');
    assert.equal((await cli('check-kb', good)).code, 0);
  });

  it('entities lists the knowledge base as JSON', async () => {
    const entries = JSON.parse((await cli('entities', '--format', 'json')).out);
    assert.equal(entries.length, kb.size);
    assert.ok(entries.some((e: { id: string }) => e.id === 'sco'));
  });

  it('the built dist/cli.js runs with the bundled KB', async function () {
    const cliPath = resolve(repoRoot, 'dist/cli.js');
    try {
      readFileSync(cliPath);
    } catch {
      this.skip();
    }
    const out = execFileSync(process.execPath, [cliPath, 'annotate', paper], { encoding: 'utf8' });
    assert.ok(JSON.parse(out).mentions.some((m: { id: string }) => m.id === 'china'));
    const failed = spawnSync(process.execPath, [cliPath, 'annotate', join(dir, 'missing.md')], { encoding: 'utf8' });
    assert.equal(failed.status, 2);
    assert.match(failed.stderr, /^ir-lens: .*no such file/);
  });

  it('stops quietly when the reader closes the pipe early (ir-lens annotate ... | head)', async function () {
    const cliPath = resolve(repoRoot, 'dist/cli.js');
    if (!existsSync(cliPath)) this.skip();
    const long = join(dir, 'long.txt');
    writeFileSync(long, 'China and Russia met the SCO. '.repeat(40_000));
    const child = spawn(process.execPath, [cliPath, 'annotate', long, '--format', 'text'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    // Read one chunk, then close the pipe, as `head` does.
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((done) => child.on('close', done));
    assert.equal(stderr, '');
    assert.equal(code, 0);
  });
});

describe('CLI on corpora: directories, globs, worker threads, JSON lines and summaries', function () {
  this.timeout(60_000);
  const cliPath = resolve(repoRoot, 'dist/cli.js');
  const corpus = mkdtempSync(join(tmpdir(), 'ir-lens-corpus-'));
  mkdirSync(join(corpus, 'speeches'));
  writeFileSync(join(corpus, 'a.md'), '# A\n\nThe SCO and NATO met.\n');
  writeFileSync(join(corpus, 'speeches', 'b.txt'), 'China spoke. China and Russia agreed.\n');
  writeFileSync(join(corpus, 'speeches', 'c.txt'), 'Nothing here.\n');
  writeFileSync(join(corpus, 'notes.json'), '{}');
  const run = (...args: string[]) => spawnSync(process.execPath, [cliPath, ...args], { encoding: 'utf8' });

  before(function () {
    if (!existsSync(cliPath)) this.skip();
  });

  it('annotates every paper of a directory, in order, the same on one thread and on several', () => {
    const one = run('annotate', corpus, '--jobs', '1');
    const two = run('annotate', corpus, '--jobs', '2', '--format', 'jsonl');
    assert.equal(one.status, 0, one.stderr);
    assert.equal(two.status, 0, two.stderr);
    assert.equal(two.stdout, one.stdout, 'worker threads give the same output, in the same order');
    const files = one.stdout.trim().split('\n').map((line) => (JSON.parse(line) as { file: string }).file.slice(corpus.length + 1));
    assert.deepEqual(files, ['a.md', 'speeches/b.txt', 'speeches/c.txt']);
  });

  it('takes a quoted glob', () => {
    const result = run('annotate', join(corpus, '**', '*.txt'));
    assert.equal(result.status, 0, result.stderr);
    assert.equal(result.stdout.trim().split('\n').length, 2);
  });

  it('prints entity counts per file with --summary csv', () => {
    const result = run('annotate', corpus, '--summary', 'csv', '--jobs', '2');
    assert.equal(result.status, 0, result.stderr);
    const rows = result.stdout.trim().split('\r\n');
    assert.equal(rows[0], 'file,id,name,type,subtype,count');
    assert.ok(rows.includes(`${join(corpus, 'speeches', 'b.txt')},china,China,actor,state,2`), rows.join('\n'));
  });

  it('skips a file it cannot read inside a directory, says so, and exits 1', () => {
    const withBinary = mkdtempSync(join(tmpdir(), 'ir-lens-corpus-'));
    writeFileSync(join(withBinary, 'good.txt'), 'China.\n');
    writeFileSync(join(withBinary, 'bad.txt'), Buffer.from([0, 1, 2, 0]));
    const result = run('annotate', withBinary, '--jobs', '2');
    assert.equal(result.status, 1);
    assert.match(result.stderr, /skipped .*bad\.txt: looks like a binary file/);
    assert.match(result.stderr, /1 file skipped/);
    assert.equal(result.stdout.trim().split('\n').length, 1);
  });

  it('writes one export per input under --out-dir', () => {
    const out = mkdtempSync(join(tmpdir(), 'ir-lens-out-'));
    const result = run('export', join(corpus, 'speeches'), '--format', 'csv', '--out-dir', out);
    assert.equal(result.status, 0, result.stderr);
    const written = readFileSync(join(out, 'b.txt.annotations.csv'), 'utf8');
    assert.match(written, /^start,end,line,type,id,name,text,source\r\n/);
  });
});
