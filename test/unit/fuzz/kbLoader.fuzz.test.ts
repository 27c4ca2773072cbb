import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { LineIndex } from '../../../src/text/lineIndex';
import type { KbDiagnostic } from '../../../src/kb/diagnostics';
import { loadKnowledge } from '../../../src/kb/loadKnowledge';
import { ENTITY_TYPES, SUBTYPES, type KbEntry } from '../../../src/kb/schema';
import { fuzzParams, fuzzTimeout } from './arbitraries';

const load = (text: string, crossCheck = false) => loadKnowledge([{ file: 'fuzz.irkb.yaml', text, layer: 1 }], { crossCheck });

/**
 * What must hold for any input: every diagnostic sits at the line and column of its offset (lines as
 * VS Code counts them), has a one-line message, and every loaded entry is well formed.
 */
function checkResult(text: string, entries: readonly KbEntry[], diagnostics: readonly KbDiagnostic[]): void {
  const lines = new LineIndex(text);
  for (const d of diagnostics) {
    assert.ok(d.severity === 'error' || d.severity === 'warning');
    assert.ok(d.message.length > 0 && !/[\r\n]/.test(d.message), `message ${JSON.stringify(d.message)}`);
    assert.ok(d.start >= 0 && d.end >= d.start && d.start <= text.length, `range [${d.start}, ${d.end}) in text of ${text.length}`);
    const at = lines.positionAt(d.start);
    assert.equal(d.line, at.line + 1, `line of ${JSON.stringify(d)}`);
    assert.equal(d.column, at.character + 1, `column of ${JSON.stringify(d)}`);
  }
  const ids = new Set<string>();
  for (const e of entries) {
    assert.ok(!ids.has(e.id), `id ${e.id} loaded twice`);
    ids.add(e.id);
    assert.match(e.id, /^[\p{L}\p{N}][\p{L}\p{N}._-]*$/u);
    assert.ok((ENTITY_TYPES as readonly string[]).includes(e.type));
    assert.ok((SUBTYPES[e.type] as readonly string[]).includes(e.subtype));
    assert.ok(typeof e.name === 'string' && e.name.trim() !== '' && !/\p{Cs}/u.test(e.name));
    assert.ok(Array.isArray(e.aliases) && Array.isArray(e.related));
    for (const a of e.aliases) {
      assert.ok(typeof a.text === 'string' && a.text.length > 0 && a.text.length <= 200 && /[\p{L}\p{N}]/u.test(a.text), `alias ${JSON.stringify(a)}`);
      // eslint-disable-next-line no-control-regex
      assert.ok(!/\p{Cs}|[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/u.test(a.text), `alias ${JSON.stringify(a)}`);
    }
    for (const r of e.related) assert.equal(typeof r, 'string');
    assert.ok(e.source && e.source.line >= 1 && e.source.line <= lines.lineCount);
  }
}

// ---------------------------------------------------------------------------------------------
// Random YAML-ish text

const YAML_TOKENS = [
  '- ', '-', '  ', '    ', '\n', '\n', '\r\n', '\r', '\t', ': ', ':', 'id', 'type', 'name', 'aliases', 'related', 'summary', 'subtype',
  'actor', 'theory', 'treaty', 'event', 'state', 'x', 'China', 'SCO', '[', ']', '{', '}', ', ', '"', "'", '&a ', '*a', '&b ', '*b',
  '!!binary ', '!!str ', '!foo ', '? ', '|', '>-', '#', '# c', '---', '...', '%YAML 1.2\n', '<<: ', '\ufeff', '\0', '\\u', '\\ud83d',
  '\\x41', 'é', '😀', '\ud800', '中国', 'null', '~', 'true', '12', '2001-13-40', '""', 'text: ', 'case: ', 'exact', 'preferred: ',
  '\u2028', '\u0085', '\u00a0', '%', '@', '`', '\\',
];
const yamlish = fc.array(fc.constantFrom(...YAML_TOKENS), { maxLength: 60 }).map((t) => t.join(''));

// ---------------------------------------------------------------------------------------------
// Valid and invalid entries, rendered as YAML

const safeText = fc
  .array(fc.constantFrom('Alpha', 'beta', ' ', 'SCO', 'U.S.', '中国', 'ШОС', 'é', '😀', ':', '#', '&', '*', '"', "'", '\\', '-', '[', '{', '!', '%', '@'), { minLength: 1, maxLength: 5 })
  .map((p) => `A${p.join('')}`);

interface Rendered {
  readonly lines: string[];
  /** The id it should load as, or undefined when it must be rejected. */
  readonly loadsAs?: string;
  /** A diagnostic (error) is expected somewhere in its lines. */
  readonly reported: boolean;
}

const q = (s: string): string => JSON.stringify(s);

function validEntry(id: string): fc.Arbitrary<Rendered> {
  return fc
    .record({
      type: fc.constantFrom(...ENTITY_TYPES),
      pick: fc.nat(),
      name: safeText,
      aliases: fc.array(safeText, { maxLength: 3 }),
      summary: fc.option(safeText, { nil: undefined }),
      block: fc.boolean(),
    })
    .map(({ type, pick, name, aliases, summary, block }) => {
      const subtypes = SUBTYPES[type] as readonly string[];
      const subtype = subtypes[pick % subtypes.length];
      if (!block) {
        const fields = [`id: ${id}`, `type: ${type}`, `subtype: ${subtype}`, `name: ${q(name)}`, `aliases: [${aliases.map(q).join(', ')}]`];
        if (summary) fields.push(`summary: ${q(summary)}`);
        return { lines: [`- { ${fields.join(', ')} }`], loadsAs: id, reported: false };
      }
      const lines = [`- id: ${id}`, `  type: ${type}`, `  subtype: ${subtype}`, `  name: ${q(name)}`];
      if (aliases.length > 0) lines.push('  aliases:', ...aliases.map((a) => `    - ${q(a)}`));
      if (summary) lines.push(`  summary: ${q(summary)}`);
      return { lines, loadsAs: id, reported: false };
    });
}

/** Entries that are wrong but parse: each is rejected, or loads with its problem reported. */
function invalidEntry(id: string, earlierIds: readonly string[]): fc.Arbitrary<Rendered> {
  const dropped = (line: string | string[]): Rendered => ({ lines: Array.isArray(line) ? line : [line], reported: true });
  const partial = (line: string | string[]): Rendered => ({ lines: Array.isArray(line) ? line : [line], loadsAs: id, reported: true });
  const options: Rendered[] = [
    dropped('- { type: actor, name: No Id }'),
    dropped(`- { id: "bad id!", type: actor, name: Bad }`),
    dropped(`- { id: ${id}, type: bogus, name: Bogus }`),
    dropped(`- { id: ${id}, type: actor }`),
    dropped(`- { id: ${id}, type: actor, name: [1, 2] }`),
    dropped(`- { id: 42, type: actor, name: Number }`),
    dropped('- null'),
    dropped('- ~'),
    dropped('-'),
    dropped('- 42'),
    dropped('- "just text"'),
    dropped('- [a, b]'),
    dropped(`- &${id}anchor { id: ${id}, type: *${id}anchor, name: Cycle }`),
    dropped([`- id: ${id}`, '  type: [actor]', '  name: List Type']),
    dropped([`- id: ${id}`, '  name: No Type']),
    partial(`- { id: ${id}, type: actor, name: Aliases Not List, aliases: 5 }`),
    partial(`- { id: ${id}, type: event, name: Bad Date, start: "2001-13-40" }`),
    partial(`- { id: ${id}, type: actor, name: Empty Alias, aliases: ["", "..."] }`),
    partial(`- { id: ${id}, type: actor, name: Control, aliases: ["a\\u0001b", "ok"] }`),
    partial(`- { id: ${id}, type: actor, name: Surrogate, aliases: ["x\\ud83d"] }`),
    partial([`- id: ${id}`, '  type: treaty', '  name: Bad Status', '  status: sort of']),
    partial([`- id: ${id}`, '  type: actor', '  name: Long Alias', `  aliases: [${q('x'.repeat(300))}]`]),
  ];
  if (earlierIds.length > 0) options.push(...earlierIds.map((earlier) => dropped(`- { id: ${earlier}, type: actor, name: Duplicate }`)));
  return fc.constantFrom(...options);
}

const kbFile = fc
  .array(fc.boolean(), { minLength: 1, maxLength: 8 })
  .chain((validity) => {
    const ids = validity.map((_, i) => `e${i}`);
    return fc.tuple(
      fc.tuple(...validity.map((valid, i) => (valid ? validEntry(ids[i]) : invalidEntry(ids[i], ids.slice(0, i).filter((_, j) => validity[j]))))),
      fc.constantFrom('\n', '\r\n', '\r'),
      fc.boolean(),
      fc.array(fc.constantFrom('', '', '# comment', '   ', '#'), { minLength: validity.length, maxLength: validity.length }),
    );
  });

function renderFile(entries: readonly Rendered[], eol: string, bom: boolean, between: readonly string[]): { text: string; spans: { first: number; last: number }[] } {
  const lines: string[] = [];
  const spans: { first: number; last: number }[] = [];
  entries.forEach((entry, i) => {
    if (between[i]) lines.push(between[i]);
    spans.push({ first: lines.length + 1, last: lines.length + entry.lines.length });
    lines.push(...entry.lines);
  });
  return { text: (bom ? '\ufeff' : '') + lines.join(eol) + eol, spans };
}

describe('fuzz: KB loader', function () {
  this.timeout(fuzzTimeout(3));

  it('never throws on random YAML-ish text; diagnostics sit at their offsets; entries are well formed', () => {
    fc.assert(
      fc.property(yamlish, (text) => {
        const { entries, diagnostics } = load(text);
        checkResult(text, entries, diagnostics);
        load(text, true); // cross-checks too
      }),
      fuzzParams(),
    );
  });

  it('loads every valid entry, at its line, whatever is wrong with the entries around it', () => {
    fc.assert(
      fc.property(kbFile, ([entries, eol, bom, between]) => {
        const { text, spans } = renderFile(entries, eol, bom, between);
        const result = load(text);
        checkResult(text, result.entries, result.diagnostics);
        const loaded = new Map(result.entries.map((e) => [e.id, e]));
        entries.forEach((entry, i) => {
          const { first, last } = spans[i];
          const errorsHere = result.diagnostics.filter((d) => d.severity === 'error' && d.line >= first && d.line <= last);
          if (entry.loadsAs && !entry.reported) {
            assert.equal(loaded.get(entry.loadsAs)?.source?.line, first, `valid entry ${entry.loadsAs} at line ${first} did not load there:\n${text}\n${JSON.stringify(result.diagnostics)}`);
            assert.deepEqual(errorsHere, [], `errors on valid entry at line ${first}:\n${text}`);
          } else {
            assert.ok(errorsHere.length > 0, `no error for ${JSON.stringify(entry.lines)} at lines ${first}-${last}:\n${text}\n${JSON.stringify(result.diagnostics)}`);
            if (entry.loadsAs) assert.equal(loaded.get(entry.loadsAs)?.source?.line, first, `partly valid entry ${entry.loadsAs} did not load`);
          }
        });
        const expected = entries.filter((e) => e.loadsAs).map((e) => e.loadsAs);
        assert.deepEqual(result.entries.map((e) => e.id), expected);
      }),
      fuzzParams(),
    );
  });

  it('never throws on random mutations of a valid KB file', () => {
    const validFile = fc
      .array(fc.nat(), { minLength: 1, maxLength: 5 })
      .chain((ns) => fc.tuple(...ns.map((_, i) => validEntry(`v${i}`))))
      .map((entries) => renderFile(entries, '\n', false, []).text);
    const mutation = fc.record({
      kind: fc.constantFrom('insert', 'delete', 'replace', 'duplicate-line', 'swap-lines'),
      at: fc.nat(),
      length: fc.integer({ min: 1, max: 12 }),
      token: fc.constantFrom(...YAML_TOKENS),
    });
    fc.assert(
      fc.property(validFile, fc.array(mutation, { minLength: 1, maxLength: 6 }), (file, mutations) => {
        let text = file;
        for (const m of mutations) {
          const at = text.length === 0 ? 0 : m.at % (text.length + 1);
          if (m.kind === 'insert') text = text.slice(0, at) + m.token + text.slice(at);
          else if (m.kind === 'delete') text = text.slice(0, at) + text.slice(at + m.length);
          else if (m.kind === 'replace') text = text.slice(0, at) + m.token + text.slice(at + m.length);
          else {
            const lines = text.split('\n');
            const a = m.at % lines.length;
            const b = (m.at + m.length) % lines.length;
            if (m.kind === 'duplicate-line') lines.splice(a, 0, lines[a]);
            else [lines[a], lines[b]] = [lines[b], lines[a]];
            text = lines.join('\n');
          }
        }
        const { entries, diagnostics } = load(text);
        checkResult(text, entries, diagnostics);
      }),
      fuzzParams(),
    );
  });
});
