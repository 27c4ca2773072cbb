/**
 * Malformed knowledge-base files: each problem is reported at its exact line with a clear message,
 * every valid entry of the same file still loads, nothing throws, and memory stays bounded.
 * The fixtures are generated here (several are megabytes, or hostile bytes, that do not belong in git).
 */
import * as assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../../src/cli/runCli';
import { analyzeDocument } from '../../../src/core/analysis';
import { createDocument } from '../../../src/core/document';
import { renderHoverCard } from '../../../src/core/hoverCard';
import { formatDiagnostic } from '../../../src/kb/diagnostics';
import { KnowledgeBase } from '../../../src/kb/knowledgeBase';
import { loadKnowledge, type LoadedKnowledge } from '../../../src/kb/loadKnowledge';

const FILE = 'user.irkb.yaml';
const MB = 1024 * 1024;

function load(text: string): LoadedKnowledge {
  return loadKnowledge([{ file: FILE, text, layer: 1 }]);
}

/** [line, severity, message pattern] for every diagnostic, in line order. */
type Expected = [number, 'error' | 'warning', RegExp];

function expectLoad(text: string, ids: string[], problems: Expected[], options: { maxHeapGrowthMb?: number } = {}): LoadedKnowledge {
  const heapBefore = process.memoryUsage().heapUsed;
  const result = load(text);
  const growth = (process.memoryUsage().heapUsed - heapBefore) / MB;
  if (options.maxHeapGrowthMb !== undefined) assert.ok(growth < options.maxHeapGrowthMb, `heap grew by ${growth.toFixed(0)} MB`);
  assert.deepEqual(result.entries.map((e) => e.id), ids, 'loaded entries');
  const actual = [...result.diagnostics].sort((a, b) => a.line - b.line || a.column - b.column);
  const shown = actual.map(formatDiagnostic).join('\n');
  assert.equal(actual.length, problems.length, `diagnostics:\n${shown}`);
  problems.forEach(([line, severity, pattern], i) => {
    const d = actual[i];
    assert.equal(d.line, line, `line of diagnostic ${i + 1}:\n${shown}`);
    assert.equal(d.severity, severity, `severity of diagnostic ${i + 1}:\n${shown}`);
    assert.match(d.message, pattern, `message of diagnostic ${i + 1}:\n${shown}`);
    assert.ok(!/[\r\n]/.test(d.message), 'one line per message');
    assert.equal(d.file, FILE);
  });
  return result;
}

const ok = (id: string) => `- { id: ${id}, type: actor, name: ${id.toUpperCase()} }`;

describe('malformed knowledge-base files', () => {
  it('YAML syntax error: an unclosed quote is reported where it opens', () => {
    const text = [ok('before'), '- id: broken', '  type: actor', '  name: "Broken', '  summary: runs on'].join('\n') + '\n';
    expectLoad(text, ['before', 'broken'], [[4, 'error', /^YAML syntax error: Missing closing "quote: the text that starts here is never closed$/]]);
  });

  it('YAML syntax error: a repeated key is reported at its line and the entries around it load', () => {
    const text = [ok('before'), '- id: twice', '  type: actor', '  name: One', '  name: Two', ok('after')].join('\n') + '\n';
    expectLoad(text, ['before', 'twice', 'after'], [[5, 'error', /^YAML syntax error: Map keys must be unique$/]]);
  });

  it('wrong field types', () => {
    const text = [
      ok('good'), // 1
      '- { id: n, type: actor, name: [x, y] }', // 2
      '- { id: 5, type: actor, name: Five }', // 3
      '- { id: t, type: [actor], name: T }', // 4
      '- { id: a, type: actor, name: A, aliases: 7 }', // 5
      '- { id: r, type: actor, name: R, related: r2 }', // 6
      '- { id: s, type: actor, name: S, summary: { a: 1 } }', // 7
      '- { id: d, type: actor, subtype: state, name: D, unMemberSince: yesterday }', // 8
      '- { id: c, type: actor, name: C, aliases: [{ text: 5 }, { text: C1, case: loud }, { text: C2, plural: "yes" }] }', // 9
      '- { id: b, type: actor, name: true }', // 10
      '- { id: w, type: theory, name: W, keyWork: "A Book" }', // 11
    ].join('\n');
    expectLoad(text, ['good', 'a', 'r', 's', 'd', 'c', 'w'], [
      [2, 'error', /^name must be text, not \["x","y"\]$/],
      [3, 'error', /^bad id 5: an id is text such as "sco"$/],
      [4, 'error', /^unknown type \["actor"\]: expected one of actor, treaty, theory, event$/],
      [5, 'error', /^aliases must be a list$/],
      [6, 'error', /^related must be a list of ids$/],
      [7, 'error', /^summary must be text$/],
      [8, 'error', /^unMemberSince must be an ISO 8601 date/],
      [9, 'error', /^alias 1: must be text or \{ text: \.\.\. \}$/],
      [9, 'error', /^alias 2: case must be one of exact, proper, insensitive$/],
      [9, 'error', /^alias 3: plural must be true or false$/],
      [10, 'error', /^name must be text, not true$/],
      [11, 'error', /^keyWork must be \{ title, year, author \}$/],
    ]);
  });

  it('missing id', () => {
    const text = [ok('first'), '- type: actor', '  name: Nameless', ok('last')].join('\n');
    expectLoad(text, ['first', 'last'], [[2, 'error', /^missing id: every entry needs an id such as "sco"$/]]);
  });

  it('duplicate id: the first definition stays', () => {
    const text = [ok('a'), ok('b'), '- { id: a, type: event, name: Again }'].join('\n');
    const { entries } = expectLoad(text, ['a', 'b'], [[3, 'error', /^duplicate id "a" \(first defined at user\.irkb\.yaml:1\)$/]]);
    assert.equal(entries[0].name, 'A');
  });

  it('empty and punctuation-only aliases', () => {
    const text = ['- id: p', '  type: actor', '  name: P', '  aliases:', '    - ""', '    - "   "', '    - "..."', '    - "(.*)+"', '    - Fine'].join('\n');
    const { entries } = expectLoad(text, ['p'], [
      [5, 'error', /^alias 1: is empty$/],
      [6, 'error', /^alias 2: is empty$/],
      [7, 'error', /^alias 3: "\.\.\." has no letters or digits$/],
      [8, 'error', /^alias 4: "\(\.\*\)\+" has no letters or digits$/],
    ]);
    assert.deepEqual(entries[0].aliases, [{ text: 'Fine' }]);
  });

  it('a 100 KB alias', () => {
    const text = [ok('before'), '- id: huge', '  type: actor', '  name: Huge', `  aliases: [Fine, "${'x'.repeat(100 * 1024)}"]`, ok('after')].join('\n');
    const { entries } = expectLoad(text, ['before', 'huge', 'after'], [[5, 'error', /^alias 2: is longer than 200 characters$/]], { maxHeapGrowthMb: 200 });
    assert.deepEqual(entries[1].aliases, [{ text: 'Fine' }]);
  });

  it('regex metacharacters in aliases load and are matched literally', () => {
    const text = ['- id: meta', '  type: event', '  name: Meta', '  aliases:', '    - "[a-z]"', '    - "\\\\d"', '    - "a.b"', '    - "x|y"', '    - "C++"', '    - "(.*)+"'].join('\n');
    const { entries } = expectLoad(text, ['meta'], [[10, 'error', /^alias 6: "\(\.\*\)\+" has no letters or digits$/]]);
    assert.deepEqual(entries[0].aliases.map((a) => a.text), ['[a-z]', '\\d', 'a.b', 'x|y', 'C++']);
    const doc = 'b q 7 axb x y C C+ [a-z] and \\d, then a.b, x|y and C++.';
    const mentions = analyzeDocument(createDocument('t.txt', doc, 'plaintext'), new KnowledgeBase(entries)).mentions;
    assert.deepEqual(mentions.map((m) => doc.slice(m.start, m.end)), ['[a-z]', '\\d', 'a.b', 'x|y', 'C++']);
  });

  it('control characters: aliases are refused, text fields are cleaned', () => {
    const text = [
      '- id: ctrl', // 1
      '  type: actor',
      '  name: "Con\\u0001tr\\u0002ol"', // 3
      '  summary: "a\\u0007b\\u001bc"',
      '  aliases:',
      '    - good',
      '    - "bad\\u0007bell"', // 7
      '    - "\\u001b[31mred"', // 8
      '    - "nul\\u0000here"', // 9
      ok('after'),
    ].join('\n');
    const { entries } = expectLoad(text, ['ctrl', 'after'], [
      [7, 'error', /^alias 2: contains control characters$/],
      [8, 'error', /^alias 3: contains control characters$/],
      [9, 'error', /^alias 4: contains control characters$/],
    ]);
    assert.equal(entries[0].name, 'Control');
    assert.equal(entries[0].summary, 'abc');
  });

  it('10,000 aliases in one entry: the first 500 load, memory stays bounded', () => {
    const aliases = Array.from({ length: 10_000 }, (_, i) => `    - Alias number ${i}`);
    const text = ['- id: many', '  type: actor', '  name: Many', '  aliases:', ...aliases, ok('after')].join('\n');
    const started = Date.now();
    const { entries } = expectLoad(text, ['many', 'after'], [[505, 'error', /^more than 500 aliases: the rest are ignored$/]], { maxHeapGrowthMb: 200 });
    assert.equal(entries[0].aliases.length, 500);
    assert.ok(Date.now() - started < 10_000);
    const kb = new KnowledgeBase(entries);
    assert.equal(analyzeDocument(createDocument('t', 'Alias number 499 and Alias number 500', 'plaintext'), kb).mentions.length, 1);
  });

  it('cyclic related (a -> b -> a, and a -> a) is allowed and does not loop', () => {
    const text = ['- { id: a, type: actor, name: Alpha, related: [b, a] }', '- { id: b, type: actor, name: Beta, related: [a] }'].join('\n');
    const { entries } = expectLoad(text, ['a', 'b'], []);
    const kb = new KnowledgeBase(entries);
    const card = renderHoverCard(kb.get('a')!, { lookup: (id) => kb.get(id), mentionCount: 1 });
    assert.match(card, /\*Related:\* .*Beta.*Alpha/);
  });

  it('unknown fields are warnings; the entry loads without them', () => {
    const text = ['- id: u', '  type: actor', '  name: U', '  colour: red', '  Founded: "2001"', '  founded: "2001"'].join('\n');
    const { entries } = expectLoad(text, ['u'], [
      [4, 'warning', /^unknown field "colour" for actor\/organization$/],
      [5, 'warning', /^unknown field "Founded" for actor\/organization$/],
    ]);
    const record = entries[0] as unknown as Record<string, unknown>;
    assert.equal(record.colour, undefined);
    assert.equal(record.founded, '2001');
  });

  it('a BOM before block-style entries', () => {
    const text = '\ufeff' + ['- id: first', '  type: actor', '  name: First', '- id: bad', '  type: planet', '  name: Bad'].join('\n');
    const { entries } = expectLoad(text, ['first'], [[5, 'error', /^unknown type "planet"/]]);
    assert.equal(entries[0].source?.line, 1);
  });

  it('CRLF line endings', () => {
    const text = ['- id: first', '  type: actor', '  name: First', '- id: bad', '  type: planet', '  name: Bad', ok('last')].join('\r\n') + '\r\n';
    const { entries } = expectLoad(text, ['first', 'last'], [[5, 'error', /^unknown type "planet"/]]);
    assert.deepEqual(entries.map((e) => e.source?.line), [1, 7]);
  });

  it('lone CR line endings', () => {
    const text = ['- id: first', '  type: actor', '  name: First', '- id: bad', '  type: planet', '  name: Bad', ok('last')].join('\r') + '\r';
    const { entries } = expectLoad(text, ['first', 'last'], [[5, 'error', /^unknown type "planet"/]]);
    assert.deepEqual(entries.map((e) => e.source?.line), [1, 7]);
  });

  it('tabs for indentation: reported at each line; the next entry still loads', () => {
    const text = [ok('first'), '- id: tabs', '\ttype: actor', '\tname: Tabs', ok('last')].join('\n');
    const result = load(text);
    assert.deepEqual(result.entries.map((e) => e.id), ['first', 'last']);
    const tabs = result.diagnostics.filter((d) => /tab/.test(d.message));
    assert.deepEqual(tabs.map((d) => [d.line, d.severity, d.message]), [
      [3, 'error', 'indented with a tab: YAML allows only spaces for indentation'],
      [4, 'error', 'indented with a tab: YAML allows only spaces for indentation'],
    ]);
    for (const d of result.diagnostics) assert.ok(d.line >= 2 && d.line <= 4, formatDiagnostic(d));
  });

  it('tabs in a JSON file, in a flow text or before a comment are not indentation', () => {
    const json = JSON.stringify([{ id: 'j', type: 'actor', name: 'J', aliases: ['J1'] }], null, '\t');
    expectLoad(json, ['j'], []);
    const { entries } = expectLoad('[{ "id": "q", "type": "actor", "name": "Q", "summary": "one\n\ttwo" }]\n', ['q'], []);
    assert.equal(entries[0].summary, 'one two');
    expectLoad('- id: c\n\t# a comment\n  type: actor\n\t\n  name: C\n', ['c'], []);
  });

  it('invalid UTF-8 bytes: decoded as the extension does, and refused by check-kb with one line', async () => {
    const bytes = Buffer.concat([
      Buffer.from('- { id: ok, type: actor, name: Ok }\n- { id: bad, type: actor, name: "Caf'),
      Buffer.from([0xc3, 0x28, 0xff]),
      Buffer.from('", aliases: ["'),
      Buffer.from([0xfe, 0xfe]),
      Buffer.from('", Fine] }\n'),
    ]);
    const text = new TextDecoder().decode(bytes); // non-fatal, as the extension reads files
    const { entries } = expectLoad(text, ['ok', 'bad'], [[2, 'error', /^alias 1: "\ufffd\ufffd" has no letters or digits$/]]);
    assert.equal(entries[1].name, 'Caf\ufffd(\ufffd');
    const dir = mkdtempSync(join(tmpdir(), 'ir-lens-malformed-'));
    const path = join(dir, 'bad-utf8.irkb.yaml');
    writeFileSync(path, bytes);
    let out = '';
    let err = '';
    const code = await runCli(['check-kb', path], { stdout: (t) => (out += t), stderr: (t) => (err += t) }, () => new KnowledgeBase([]));
    assert.equal(code, 2);
    assert.equal(out, '');
    assert.equal(err, `ir-lens: ${path}: is not valid UTF-8 text\n`);
  });

  it('YAML alias bombs (billion laughs) are refused with bounded memory', () => {
    const lol = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
    for (let i = 1; i < 9; i++) {
      const [name, previous] = [String.fromCharCode(97 + i), String.fromCharCode(96 + i)];
      lol.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(', ')}]`);
    }
    const text = [ok('before'), '- id: bomb', '  type: actor', '  name: Bomb', '  lol:', ...lol.map((l) => `    ${l}`), '  aliases: *i', ok('after')].join('\n');
    const started = Date.now();
    expectLoad(text, ['before', 'after'], [[2, 'error', /^entry could not be read: Excessive alias count/]], { maxHeapGrowthMb: 200 });
    assert.ok(Date.now() - started < 5000);
    // The same bomb as top-level items ("- *i"), which are read on their own.
    const items = ['- &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (let i = 1; i < 9; i++) items.push(`- &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(', ')}]`);
    items.push('- *i', ok('last'));
    // The first levels are small enough to read (and are not mappings); from d on the alias limit refuses them.
    const result = expectLoad(items.join('\n'), ['last'], [
      ...[1, 2, 3].map((line): Expected => [line, 'error', /^an entry must be a mapping/]),
      ...[4, 5, 6, 7, 8, 9, 10].map((line): Expected => [line, 'error', /^entry could not be read: Excessive alias count/]),
    ], { maxHeapGrowthMb: 200 });
    assert.equal(result.entries.length, 1);
  });

  it('a self-referencing anchor is reported, not thrown', () => {
    const text = ['- &me { id: x, type: *me, name: X }', '- &you { id: y, type: actor, name: *you }', ok('z')].join('\n');
    expectLoad(text, ['z'], [
      [1, 'error', /^unknown type a mapping: expected one of/],
      [2, 'error', /^name must be text, not a mapping$/],
    ]);
  });

  it('deeply nested structures: flow, block and sequences', () => {
    const flow = `${'['.repeat(5000)}x${']'.repeat(5000)}`;
    const flowText = [ok('before'), `- { id: deep, type: actor, name: Deep, summary: ${flow} }`, ok('after')].join('\n');
    const result = load(flowText);
    assert.deepEqual(result.entries.map((e) => e.id), ['before', 'deep', 'after']);
    assert.ok(result.diagnostics.length > 0);
    for (const d of result.diagnostics) {
      assert.equal(d.line, 2, formatDiagnostic(d));
      assert.match(d.message, /^(YAML syntax error: nested too deeply to read|summary must be text)$/);
    }

    const block = Array.from({ length: 3000 }, (_, i) => `${' '.repeat(4 + 2 * i)}k${i}:`);
    const blockText = ['- id: deep', '  type: actor', '  name: Deep', '  nested:', ...block, '  summary: still read', ok('after')].join('\n');
    const { entries } = expectLoad(blockText, ['deep', 'after'], [
      [4, 'warning', /^unknown field "nested"/],
      [104, 'error', /^nested too deeply \(indented more than 200 columns\): these lines are ignored$/],
    ]);
    assert.equal(entries[0].summary, 'still read');
  });

  it('a JSON file', () => {
    const text = [
      '[',
      '  {"id": "a", "type": "actor", "name": "A", "aliases": ["A1"]},',
      '  {"id": "b", "type": "planet", "name": "B"},',
      '  {"id": "c", "type": "theory", "name": "C", "aliases": ["C1", 5]}',
      ']',
    ].join('\n');
    const { entries } = expectLoad(text, ['a', 'c'], [
      [3, 'error', /^unknown type "planet"/],
      [4, 'error', /^alias 2: must be text/],
    ]);
    assert.deepEqual(entries.map((e) => e.source?.line), [2, 4]);
  });

  it('a top level that is not a list', () => {
    expectLoad('sco:\n  type: actor\n  name: SCO\n', [], [[1, 'error', /^a KB file must be a list of entries \(start each entry with "- id: \.\.\."\)$/]]);
    expectLoad('# a comment\njust some text\n', [], [[2, 'error', /^a KB file must be a list of entries/]]);
    expectLoad('', [], []);
    expectLoad('# only a comment\n', [], []);
  });

  it('null and scalar entries', () => {
    const text = ['-', ok('a'), '- null', '- ~', '- 42', '- "text"', '- [x, y]', ok('b')].join('\n');
    expectLoad(text, ['a', 'b'], [1, 3, 4, 5, 6, 7].map((line): Expected => [line, 'error', /^an entry must be a mapping with at least id, type and name$/]));
  });

  it('unpaired surrogates from \\u escapes', () => {
    const text = [ok('first'), '- { id: s, type: actor, name: S, aliases: ["X\\ud83d", "\\ude00Y", "Fine 😀"] }', '- { id: t, type: actor, name: "T\\ud800" }'].join('\n');
    const { entries } = expectLoad(text, ['first', 's'], [
      [2, 'error', /^alias 1: contains an unpaired surrogate/],
      [2, 'error', /^alias 2: contains an unpaired surrogate/],
      [3, 'error', /^name contains an unpaired surrogate/],
    ]);
    assert.deepEqual(entries[1].aliases, [{ text: 'Fine 😀' }]);
  });

  it('several YAML documents', () => {
    expectLoad([ok('a'), '---', ok('b')].join('\n'), ['a'], [[2, 'error', /^YAML syntax error: Source contains multiple documents/]]);
  });

  it('a 5 MB file of valid entries loads in bounded time', function () {
    this.timeout(120_000);
    const parts: string[] = [];
    let size = 0;
    for (let i = 0; size < 5 * MB; i++) {
      const entry = `- id: e${i}\n  type: actor\n  name: Entry Number ${i}\n  aliases: [EN${i}, "Entry ${i}"]\n  summary: A generated entry that makes the file large.\n  related: [e${Math.max(0, i - 1)}]\n`;
      parts.push(entry);
      size += entry.length;
    }
    const started = Date.now();
    const result = load(parts.join(''));
    const elapsed = Date.now() - started;
    assert.equal(result.entries.length, parts.length);
    assert.deepEqual(result.diagnostics, []);
    assert.equal(result.entries[parts.length - 1].source?.line, 6 * (parts.length - 1) + 1);
    assert.ok(elapsed < 60_000, `took ${elapsed} ms`);
  });
});
