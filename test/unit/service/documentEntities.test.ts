import * as assert from 'node:assert/strict';
import { analyzeDocument, type DocumentAnalysis } from '../../../src/core/analysis';
import { annotateAnalysis } from '../../../src/core/annotateText';
import { createDocument } from '../../../src/core/document';
import { HOVER_COMMANDS } from '../../../src/core/hoverCard';
import { analyzeWindow } from '../../../src/core/windowAnalysis';
import { runWritingChecks } from '../../../src/core/writingChecks';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import { definitionAt, entitiesOf, hoverAt } from '../../../src/service/features';
import { kbFromYaml } from '../helpers';

/**
 * Entities a paper names itself, as the editor features see them: hover, definition, the Entities
 * view's groups, exports and writing checks. A small KB of our own, so the names here are surely absent.
 */
const kb = kbFromYaml(`
- { id: niger, type: actor, subtype: state, name: Niger, aliases: [{ text: Niamey, kind: capital }] }
- { id: kenneth-waltz, type: actor, subtype: person, name: Kenneth Waltz, aliases: [{ text: Waltz, kind: surname }] }
`);

const TEXT = [
  '# Rivers and security',
  '',
  'Donors long relied on the LGA for data. The Liptako-Gourma Authority (LGA) was set up to develop the',
  'border region of three states, and in 2019 the LGA asked donors for more money.',
  '',
  'The Lake Volta Water Charter of 2004 bound the riparian states. Under the Lake Volta Water Charter,',
  'disputes go to a joint panel. Kenneth Waltz would have doubted it; Waltz trusted only power.',
  '',
  'Prime Minister Amara Kesselring spoke first. Kesselring then left.',
  '',
].join('\n');

const analyse = (text = TEXT, documentEntities = true): DocumentAnalysis =>
  analyzeDocument(createDocument('mem:/paper.md', text, 'markdown'), kb, { documentEntities });
const at = (needle: string, occurrence = 0): number => {
  let offset = -1;
  for (let i = 0; i <= occurrence; i++) offset = TEXT.indexOf(needle, offset + 1);
  assert.ok(offset >= 0, needle);
  return offset;
};
/** Every command link of a Markdown string, with its decoded arguments. */
const links = (markdown: string): { command: string; args: unknown[] }[] =>
  [...markdown.matchAll(/\]\(command:([\w.]+)\?([^)]*)\)/g)].map((m) => ({ command: m[1], args: JSON.parse(decodeURIComponent(m[2])) as unknown[] }));

describe('entities the paper names itself, in the editor features', () => {
  const analysis = analyse();

  it('hover: the inferred type, "not in the knowledge base", the line of introduction, the count and links', () => {
    const hover = hoverAt(analysis, kb, at('Lake Volta Water Charter', 1) + 3, { links: true })!;
    assert.ok(hover);
    assert.match(hover.markdown, /^\*\*Lake Volta Water Charter\*\* .*`treaty · treaty`/);
    assert.match(hover.markdown, /Named in this document; not in the knowledge base\. Taken for a treaty as .*head word/);
    assert.match(hover.markdown, /\*\*Introduced:\*\* line 6/);
    assert.match(hover.markdown, /Mentioned twice|Mentioned 2 times in this document/);
    const found = links(hover.markdown);
    for (const link of found) assert.ok((HOVER_COMMANDS as readonly string[]).includes(link.command), link.command);
    const introduction = at('Lake Volta Water Charter of 2004');
    assert.deepEqual(found.find((l) => l.command === 'irLens.revealRange')?.args, ['mem:/paper.md', introduction, introduction + 'Lake Volta Water Charter of 2004'.length]);
    assert.deepEqual(found.find((l) => l.command === 'irLens.findMentions')?.args, ['doc:lake-volta-water-charter']);
    assert.deepEqual(found.find((l) => l.command === 'irLens.addToKnowledgeBase')?.args, [{ type: 'treaty', subtype: 'treaty', name: 'Lake Volta Water Charter' }]);
  });

  it('hover: the "Add to Knowledge Base" link carries the acronym the paper defined; no links for other editors', () => {
    const hover = hoverAt(analysis, kb, at('LGA', 2), { links: true })!;
    assert.match(hover.markdown, /\*\*Acronym:\*\* LGA/);
    assert.deepEqual(links(hover.markdown).find((l) => l.command === 'irLens.addToKnowledgeBase')?.args, [
      { type: 'actor', subtype: 'organization', name: 'Liptako-Gourma Authority', aliases: ['LGA'] },
    ]);
    const plain = hoverAt(analysis, kb, at('LGA', 2), { links: false })!;
    assert.doesNotMatch(plain.markdown, /command:/);
    assert.match(plain.markdown, /Named in this document/);
  });

  it('hover: a bare surname says why it is the person (named in full, with the line)', () => {
    const hover = hoverAt(analysis, kb, at('Waltz trusted') + 1, { links: true })!;
    assert.match(hover.markdown, /^\*\*Kenneth Waltz\*\*/);
    assert.match(hover.markdown, /\*Why here:\* a bare surname, read as the person the paper names in full on line 7\./);
  });

  it('go to definition: a later mention jumps to where the paper introduces the entity', () => {
    const targets = definitionAt(analysis, at('Kesselring then'));
    const introduction = at('Amara Kesselring');
    assert.deepEqual(targets, [{ kind: 'document', uri: 'mem:/paper.md', span: { start: introduction, end: introduction + 'Amara Kesselring'.length } }]);
  });

  it('Entities view data: document entities carry source "document", KB ones "kb"', () => {
    const groups = entitiesOf(analysis).flatMap((g) => g.entities);
    const source = (id: string) => groups.find((g) => g.entry.id === id)?.source;
    assert.equal(source('doc:liptako-gourma-authority'), 'document');
    assert.equal(source('doc:amara-kesselring'), 'document');
    assert.equal(source('kenneth-waltz'), 'kb');
    assert.equal(groups.find((g) => g.entry.id === 'doc:liptako-gourma-authority')!.mentions.length, 4);
  });

  it('exports: "source" and stable doc: ids', () => {
    const mentions = annotateAnalysis('paper.md', analysis).mentions;
    assert.deepEqual(
      [...new Set(mentions.filter((m) => m.source === 'document').map((m) => m.id))].sort(),
      ['doc:amara-kesselring', 'doc:lake-volta-water-charter', 'doc:liptako-gourma-authority'],
    );
    assert.ok(mentions.filter((m) => m.id === 'kenneth-waltz').every((m) => m.source === 'kb'));
  });

  it('writing checks: a defined acronym is not "unknown", and its use before the definition is reported with the fix', () => {
    const findings = runWritingChecks(TEXT, analysis.prose, analysis.mentions, kb, DEFAULT_SETTINGS.checks);
    assert.ok(!findings.some((f) => f.kind === 'unknown-acronym' && f.acronym === 'LGA'), JSON.stringify(findings));
    const early = findings.find((f) => f.kind === 'acronym-before-introduction');
    assert.ok(early && early.kind === 'acronym-before-introduction');
    assert.equal(early.span.start, at('LGA'));
    assert.equal(early.fix.text, 'Liptako-Gourma Authority (LGA)');
  });

  it('the setting off: only knowledge-base entities, and acronyms are unknown again', () => {
    const off = analyse(TEXT, false);
    assert.deepEqual(off.mentions.filter((m) => m.entry.document).length, 0);
    assert.ok(off.mentions.some((m) => m.entry.id === 'kenneth-waltz'));
    const findings = runWritingChecks(TEXT, off.prose, off.mentions, kb, DEFAULT_SETTINGS.checks);
    assert.ok(findings.some((f) => f.kind === 'unknown-acronym' && f.acronym === 'LGA'));
  });

  it('a window of a large document moves introductions and reasons to whole-document offsets', () => {
    const padding = 'Filler paragraph without names.\n\n'.repeat(200);
    const text = padding + TEXT;
    const document = createDocument('mem:/big.md', text, 'markdown');
    const windowed = analyzeWindow(document, { start: padding.length, end: text.length }, kb);
    const full = analyzeDocument(document, kb);
    const view = (a: DocumentAnalysis) => a.mentions.map((m) => [m.start, m.entry.id, m.entry.document?.introduced.start, m.reason && 'at' in m.reason ? m.reason.at : undefined]);
    assert.deepEqual(view(windowed), view(full).filter(([start]) => (start as number) >= padding.length));
  });
});
