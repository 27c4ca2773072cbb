/**
 * Random documents and edits for the incremental-analysis tests, and the oracle: an incremental
 * analysis must give what a full `analyzeDocument` of the same text gives.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { analyzeDocument, type DocumentAnalysis } from '../../../src/core/analysis';
import { createDocument } from '../../../src/core/document';
import { mergeSpans } from '../../../src/text/ranges';
import type { KnowledgeBase } from '../../../src/kb/knowledgeBase';
import { kbFromYaml, repoRoot } from '../helpers';

/** The matcher fixtures' KB, plus entries whose aliases chain and overlap or hold punctuation. */
export function testKnowledge(): KnowledgeBase {
  const base = readFileSync(resolve(repoRoot, 'test/fixtures/matcher/kb.yaml'), 'utf8');
  const extra = `
- id: un
  type: actor
  subtype: organization
  name: United Nations
  aliases: [UN]
- id: unsc
  type: actor
  subtype: body
  name: United Nations Security Council
  aliases: [Security Council, UN Security Council]
- id: coe
  type: actor
  subtype: organization
  name: Council of Europe
- id: eu
  type: actor
  subtype: organization
  name: European Union
  aliases: [EU, Union of Europe]
- id: isc2
  type: actor
  subtype: organization
  name: (ISC)²
  aliases: ["C++ Committee", "#Hashtag Alliance", "*Star* Group", "Pipe|Group", "Back\`tick"]
`;
  return kbFromYaml(base + extra);
}

export const ALIASES = [
  'China', 'Beijing', 'Moscow', 'the Kremlin', 'Russia', 'SCO', 'NATO', 'U.S.', 'US', 'Kant', 'Wendt', 'McFaul',
  'Shanghai Cooperation Organisation', 'balance of threat', 'culture of anarchy', 'cultures of anarchy', 'alliance',
  'Treaty of Good-Neighbourliness and Friendly Cooperation', 'Sino-Soviet Treaty of Friendship and Alliance',
  'Cold War', 'Ukraine crisis', 'Georgia', 'United Nations Security Council', 'Security Council of Europe',
  'European Union of Europe', 'UN Security Council', 'C++ Committee', '#Hashtag Alliance', '*Star* Group', 'Pipe|Group',
  'Back`tick', '中国', 'ШОС', 'Xi Jinping', 'pivot to the East',
];
const WORDS = ['the', 'and', 'of', 'in', 'to', 'a visit to', 'talks in', 'argued', 'that', 'Kantian', 'Moscow-based', 'its', 'policy', 'x'];

const word = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...ALIASES) }, { weight: 4, arbitrary: fc.constantFrom(...WORDS) });
/** An alias as written across a line: "Shanghai\nCooperation", "Good-\nNeighbourliness". */
const broken = fc.constantFrom(...ALIASES.filter((a) => / |-/.test(a))).map((a) => a.replace(' ', '\n').replace('-', '-\n'));
const line = fc.array(fc.oneof({ weight: 8, arbitrary: word }, { weight: 1, arbitrary: broken }), { minLength: 1, maxLength: 6 }).map((w) => w.join(' '));
const inline = fc.oneof(
  { weight: 6, arbitrary: line },
  { weight: 1, arbitrary: line.map((t) => `*${t}*`) },
  { weight: 1, arbitrary: line.map((t) => `\`${t}\``) },
  { weight: 1, arbitrary: line.map((t) => `[${t}](https://example.org/China)`) },
  { weight: 1, arbitrary: line.map((t) => `[${t}][ref]`) },
  { weight: 1, arbitrary: fc.constant('[ref] and [^1] and [^n2]') },
  { weight: 1, arbitrary: line.map((t) => `<span>${t}</span>`) },
  { weight: 1, arbitrary: line.map((t) => `$${t}$`) },
  { weight: 1, arbitrary: fc.constant('<https://nato.int> www.un.org') },
);
const para = fc.array(inline, { minLength: 1, maxLength: 3 }).map((l) => l.join('\n'));

/** One Markdown block (possibly several lines, `\n` line ends: the document picks its own). */
const block: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: para },
  { weight: 2, arbitrary: fc.tuple(fc.integer({ min: 1, max: 3 }), inline).map(([n, t]) => `${'#'.repeat(n)} ${t}`) },
  { weight: 1, arbitrary: fc.tuple(inline, fc.constantFrom('===', '---')).map(([t, u]) => `${t}\n${u}`) },
  { weight: 2, arbitrary: fc.array(fc.tuple(fc.constantFrom('- ', '* ', '1. ', '  - ', '2) '), inline), { minLength: 1, maxLength: 3 }).map((items) => items.map(([m, t]) => m + t).join('\n')) },
  { weight: 1, arbitrary: fc.array(inline, { minLength: 1, maxLength: 2 }).map((l) => l.map((t) => `> ${t}`).join('\n')) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom('```', '~~~'), line, fc.boolean()).map(([f, t, closed]) => `${f}\n${t}\n${closed ? f : ''}`) },
  { weight: 1, arbitrary: line.map((t) => `    ${t}`) },
  { weight: 1, arbitrary: line.map((t) => `$$\n${t}\n$$`) },
  { weight: 1, arbitrary: fc.tuple(inline, inline).map(([a, b]) => `| ${a} | ${b} |\n| --- | --- |\n| ${b} | ${a} |`) },
  { weight: 1, arbitrary: line.map((t) => `<div>\n${t}\n</div>`) },
  { weight: 1, arbitrary: line.map((t) => `<!-- ${t} -->`) },
  { weight: 1, arbitrary: fc.constantFrom('[ref]: https://example.org "China"', '[^1]: Wendt wrote this.', '[^n2]: NATO note', '> [ref]: /x') },
  { weight: 1, arbitrary: fc.constantFrom('---', '***', '<br>', '') },
  // Lines that continue the block before them: lazy lines, a definition's paragraph, a setext heading after a definition.
  { weight: 1, arbitrary: line.map((t) => `[ref]: /x\n    ${t}`) },
  { weight: 1, arbitrary: line.map((t) => `[ref]: /x\n${t}\n===`) },
  { weight: 1, arbitrary: fc.tuple(line, line).map(([a, b]) => `> ${a}\n${b}`) },
  { weight: 1, arbitrary: fc.tuple(line, line).map(([a, b]) => `- ${a}\n  ${b}\n\n  ${a}`) },
);
const frontMatter = fc.constantFrom('', '', '---\ntitle: China\n---\n', '+++\ntitle = "NATO"\n+++\n', '---\ntitle: unclosed\n');
const separator = fc.constantFrom('\n\n', '\n\n', '\n', '\n', '\n\n\n', '\n  \n');

function withLineEnds(text: string, ending: string): string {
  return ending === '\n' ? text : text.replace(/\n/g, ending);
}

export const markdownDocument: fc.Arbitrary<string> = fc
  .tuple(frontMatter, fc.array(fc.tuple(block, separator), { maxLength: 8 }), fc.constantFrom('\n', '\n', '\r\n', '\r'))
  .map(([fm, blocks, ending]) => withLineEnds(fm + blocks.map(([b, s]) => b + s).join(''), ending));

export const plainDocument: fc.Arbitrary<string> = fc
  .tuple(fc.array(fc.tuple(para, separator), { maxLength: 8 }), fc.constantFrom('\n', '\r\n', '\r'))
  .map(([paras, ending]) => withLineEnds(paras.map(([p, s]) => p + s).join(''), ending));

/** Snippets an edit inserts: Markdown syntax that changes how neighbours parse, and aliases. */
export const SNIPPETS = [
  '```', '```\n', '~~~', '---', '---\n', '\n---\n', '\n\n', '\n', '\r\n', '#', '# ', '> ', '- ', '1. ', '    ', '$$', '$$\n',
  '<!--', '-->', '<div>', '\n<div>\n', '|', '| --- |', '===', '+++', '[', ']', '[ref]', '[ref]: /x\n', '\n[^1]: note\n', '[^1]',
  '*', '`', ' ', 'x', 'in ', 'Organisation', 'Cooperation', 'Shanghai', 'Security', 'Council', 'of Europe', ...ALIASES,
];

export interface RandomEdit {
  /** Where, as a fraction of the text's length at the time. */
  readonly at: number;
  readonly deleteLength: number;
  readonly insert: string;
}

export const randomEdit: fc.Arbitrary<RandomEdit> = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  deleteLength: fc.oneof(fc.constant(0), fc.constant(0), fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 40 })),
  insert: fc.oneof(fc.constant(''), fc.constantFrom(...SNIPPETS), fc.tuple(fc.constantFrom(...SNIPPETS), fc.constantFrom(...SNIPPETS)).map(([a, b]) => a + b)),
});

/** The edit as a change of `text` (offsets clamped into it). */
export function changeOf(text: string, edit: RandomEdit): { start: number; end: number; text: string } {
  const start = Math.min(text.length, Math.floor(edit.at * (text.length + 1)));
  return { start, end: Math.min(text.length, start + edit.deleteLength), text: edit.insert };
}

/** Fails unless `analysis` has the mentions and prose a full analysis of its text has. */
export function assertSameAsFull(analysis: DocumentAnalysis, kb: KnowledgeBase, context = ''): void {
  const { text, language, uri } = analysis.document;
  const full = analyzeDocument(createDocument(uri, text, language), kb);
  // Everything a client shows: the entity, its alternatives, why it was read so, where the paper introduced it.
  const shape = (a: DocumentAnalysis): [number, number, string, string, string, string][] =>
    a.mentions.map((m) => [m.start, m.end, m.entry.id, (m.alternatives ?? []).join(','), JSON.stringify(m.reason ?? null), JSON.stringify(m.entry.document ?? null)]);
  const where = `${context}\ntext: ${JSON.stringify(text)}`;
  assert.deepEqual(shape(analysis), shape(full), `mentions differ${where}`);
  assert.deepEqual(mergeSpans(analysis.prose), mergeSpans(full.prose), `prose differs${where}`);
  if (full.markdown) assert.deepEqual(mergeSpans(analysis.markdown!.skipped), mergeSpans(full.markdown.skipped), `skipped differs${where}`);
}
