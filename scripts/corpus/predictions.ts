/** What IR Lens (and the reverse-outline baseline) predict on one corpus text, in the scorer's shapes. */
import { analyzeDocument } from '../../src/core/analysis';
import { createDocument } from '../../src/core/document';
import type { KnowledgeBase } from '../../src/kb';
import { extractArgumentOutline } from '../../src/outline/extractArgumentOutline';
import type { OutlineUnit } from '../../src/outline/types';
import type { RoledSpan, TypedSpan } from './scoring';

export function corpusEntityPredictions(file: string, text: string, kb: KnowledgeBase): TypedSpan[] {
  return analyzeDocument(createDocument(file, text), kb).mentions.map((m) => ({ start: m.start, end: m.end, type: m.entry.type }));
}

export function corpusOutlinePredictions(file: string, text: string, kb: KnowledgeBase): RoledSpan[] {
  const analysis = analyzeDocument(createDocument(file, text), kb);
  const outline = extractArgumentOutline({
    text,
    language: analysis.document.language,
    ...(analysis.markdown ? { tree: analysis.markdown.tree } : {}),
    mentions: analysis.mentions,
  });
  const flat: RoledSpan[] = [];
  const walk = (units: readonly OutlineUnit[]): void => {
    for (const u of units) {
      if (u.role !== 'section') flat.push({ start: u.start, end: u.end, role: u.role });
      walk(u.children);
    }
  };
  walk(outline);
  return flat.sort((a, b) => a.start - b.start);
}

/**
 * The plain reverse outline a writing teacher would make: the first sentence of every real paragraph
 * (blocks separated by blank lines; headings, short title or date lines and Markdown front matter left
 * out), each called a claim. Independent of IR Lens's own segmentation on purpose.
 */
export function reverseOutline(file: string, text: string): RoledSpan[] {
  const markdown = /\.md$/.test(file);
  const units: RoledSpan[] = [];
  const blocks = /(?:^|\n)[ \t]*(?=\S)([\s\S]*?)(?=\n[ \t]*\n|$)/g;
  for (let m = blocks.exec(text); m; m = blocks.exec(text)) {
    const start = m.index + m[0].indexOf(m[1]);
    const block = m[1];
    if (markdown && /^(#|---|\||!\[|<)/.test(block)) continue;
    const prose = block.replace(/^(?:[-*+]|\d+[.)])\s+/, '').replace(/\*\*/g, '');
    if (prose.replace(/\s+/g, ' ').trim().length < 40) continue;
    const offset = start + block.indexOf(prose.slice(0, 10));
    const end = /[.!?]["”’)]*(?=\s+["“‘(]?[A-Z0-9])/.exec(block.slice(offset - start));
    units.push({ start: offset, end: end ? offset + end.index + end[0].length : start + block.length, role: 'claim' });
  }
  return units;
}
