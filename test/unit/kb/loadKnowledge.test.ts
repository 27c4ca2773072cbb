import * as assert from 'node:assert/strict';
import { loadKnowledge } from '../../../src/kb/loadKnowledge';
import { mergeEntry } from '../../../src/kb/mergeEntries';

const load = (text: string, file = 'user.irkb.yaml') => loadKnowledge([{ file, text, layer: 1 }]);
const messages = (text: string) => load(text).diagnostics.map((d) => `${d.line}: ${d.severity}: ${d.message}`);

describe('KB loader', () => {
  it('loads the minimal entry and fills defaults', () => {
    const { entries, diagnostics } = load('- { id: sco, type: actor, name: SCO }\n');
    assert.deepEqual(diagnostics, []);
    assert.equal(entries[0].subtype, 'organization');
    assert.deepEqual(entries[0].aliases, []);
    assert.deepEqual(entries[0].source, { file: 'user.irkb.yaml', line: 1 });
  });

  it('accepts aliases as strings or objects', () => {
    const { entries } = load('- id: sco\n  type: actor\n  name: Shanghai Cooperation Organisation\n  aliases: [SCO, { text: ШОС, lang: ru, case: exact }]\n');
    assert.deepEqual(entries[0].aliases, [{ text: 'SCO' }, { text: 'ШОС', lang: 'ru', case: 'exact' }]);
  });

  it('reports each bad entry at its line and still loads the others', () => {
    const text = [
      '- { id: good-one, type: actor, name: Good }', // 1
      '- { id: no-type, name: Missing Type }', // 2
      '- id: bad-date', // 3
      '  type: event',
      '  name: Bad Date',
      '  start: 2001-13-40', // 6
      '- { type: actor, name: No Id }', // 7
      '- { id: good-two, type: theory, name: Good Two, related: [good-one] }', // 8
      '- { id: good-one, type: actor, name: Again }', // 9
      '- { id: dangling, type: theory, name: Dangling, related: [nowhere] }', // 10
    ].join('\n');
    const { entries, diagnostics } = load(text);
    assert.deepEqual(entries.map((e) => e.id), ['good-one', 'bad-date', 'good-two', 'dangling']);
    const found = diagnostics.map((d) => [d.line, d.severity, d.message.split(':')[0]]);
    assert.deepEqual(found, [
      [2, 'error', 'unknown type (none)'],
      [6, 'error', 'start must be an ISO 8601 date such as "1945", "1945-06" or "1945-06-26"'],
      [7, 'error', 'missing id'],
      [9, 'error', 'duplicate id "good-one" (first defined at user.irkb.yaml'],
      [10, 'error', 'dangling'],
    ]);
    assert.match(diagnostics[4].message, /related refers to unknown id "nowhere"/);
  });

  it('reports YAML syntax errors with their line and keeps entries that parse', () => {
    const { entries, diagnostics } = load('- { id: ok, type: actor, name: Ok }\n- id: broken\n  name: [unclosed\n');
    assert.ok(entries.some((e) => e.id === 'ok'));
    assert.ok(diagnostics.some((d) => d.severity === 'error' && /YAML syntax error/.test(d.message) && d.line >= 2));
  });

  it('rejects a file that is not a list', () => {
    assert.deepEqual(messages('id: sco\ntype: actor\n'), ['1: error: a KB file must be a list of entries (start each entry with "- id: ...")']);
  });

  it('warns about unknown fields and leaves them out', () => {
    const { entries, diagnostics } = load('- { id: x, type: actor, subtype: state, name: X, colour: red }\n');
    assert.equal((entries[0] as unknown as Record<string, unknown>).colour, undefined);
    assert.deepEqual(diagnostics.map((d) => d.severity), ['warning']);
  });

  it('checks fact types: dates, enums, id lists, roles, works', () => {
    const text = `- id: p
  type: actor
  subtype: person
  name: P
  born: 1950
  roles: [{ title: President, from: "2012-11", to: "2012-02-30" }]
  works: [{ title: Book, year: 1999 }]
- id: t
  type: treaty
  name: T
  status: sort of
  parties: [p, 3]
`;
    const { entries, diagnostics } = load(text);
    const p = entries[0] as unknown as Record<string, unknown>;
    assert.equal(p.born, '1950');
    assert.deepEqual(p.works, [{ title: 'Book', year: 1999 }]);
    assert.equal(p.roles, undefined);
    assert.deepEqual(diagnostics.map((d) => [d.line, d.message.split(/[ .]/)[0]]), [[6, 'roles'], [11, 'status'], [12, 'parties']]);
  });

  it('flags an alias claimed by two entries unless one is preferred', () => {
    const twice = load('- { id: a, type: actor, name: Georgia }\n- { id: b, type: actor, name: Georgia }\n');
    assert.match(twice.diagnostics[0].message, /claimed by a, b/);
    const preferred = load('- { id: a, type: actor, name: Georgia, aliases: [{ text: Georgia, preferred: true }] }\n- { id: b, type: actor, name: Georgia }\n');
    assert.deepEqual(preferred.diagnostics, []);
  });

  it('extends a lower layer instead of reporting a duplicate', () => {
    const { entries, diagnostics } = loadKnowledge([
      { file: 'base.yaml', text: '- { id: sco, type: actor, name: SCO, summary: Old., aliases: [A], related: [x] }\n- { id: x, type: event, name: X }\n', layer: 1 },
      { file: 'seed.yaml', text: '- { id: sco, type: actor, name: SCO, summary: New., aliases: [B], related: [x] }\n', layer: 2 },
    ]);
    assert.deepEqual(diagnostics, []);
    const sco = entries.find((e) => e.id === 'sco')!;
    assert.equal(sco.summary, 'New.');
    assert.deepEqual(sco.aliases.map((a) => a.text), ['A', 'B']);
    assert.deepEqual(sco.related, ['x']);
    assert.equal(sco.source?.file, 'seed.yaml');
  });

  it('mergeEntry replaces facts but adds aliases and related', () => {
    const base = { id: 'a', type: 'event', subtype: 'event', name: 'A', aliases: [{ text: 'x' }], related: ['r1'], start: '1990' } as const;
    const over = { id: 'a', type: 'event', subtype: 'event', name: 'A2', aliases: [{ text: 'y' }], related: ['r2'] } as const;
    const merged = mergeEntry(base, over) as unknown as Record<string, unknown>;
    assert.equal(merged.name, 'A2');
    assert.equal(merged.start, '1990');
    assert.deepEqual(merged.related, ['r1', 'r2']);
  });

  it('survives hostile input: BOM, CRLF, tabs, alias bombs, control characters, huge aliases', () => {
    const bomb = 'a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n';
    const cases = [
      '\ufeff- { id: bom, type: actor, name: Bom }\r\n',
      '- id: tabs\n\ttype: actor\n',
      `- id: bomb\n  type: actor\n  name: Bomb\n  summary: ok\n  x:\n${bomb.replace(/^/gm, '    ')}`,
      '- { id: ctrl, type: actor, name: Ctrl, aliases: ["a\\u0001b"] }\n',
      `- { id: huge, type: actor, name: Huge, aliases: ["${'x'.repeat(100_000)}"] }\n`,
      '- { id: punct, type: actor, name: Punct, aliases: ["...", ""] }\n',
    ];
    for (const text of cases) {
      const result = load(text);
      assert.ok(Array.isArray(result.entries));
    }
    assert.deepEqual(load(cases[0]).entries.map((e) => e.id), ['bom']);
    assert.equal(load(cases[4]).diagnostics[0].line, 1);
    assert.equal(load(cases[5]).diagnostics.length, 2);
  });
});
