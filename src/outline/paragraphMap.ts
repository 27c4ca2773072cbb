import type { Span } from '../text';
import { escapeMarkdown } from '../text';
import { makeLabel, MAX_LABEL_LENGTH, shorten } from './labels';
import { mainSentence, paragraphsOf } from './paragraphClaims';
import { readDocument } from './readDocument';
import type { OutlineInput } from './types';

/**
 * The paragraph map (a "reverse outline"): one line per paragraph, its main sentence, under the
 * sections, so that no part of the paper is invisible. Where the argument outline is selective, the
 * map is complete: a paragraph of questions or courtesies shows its first sentence.
 */
export type ParagraphMapEntry =
  | (Span & { readonly kind: 'section'; readonly depth: number; readonly label: string })
  | (Span & { readonly kind: 'paragraph'; readonly main: Span; readonly label: string; readonly sentences: number });

export function paragraphMap(input: Pick<OutlineInput, 'text' | 'language' | 'tree'>): ParagraphMapEntry[] {
  const { items } = readDocument(input);
  const paragraphs = paragraphsOf(items);
  const entries: ParagraphMapEntry[] = [];
  let next = 0;
  for (const item of items) {
    if (item.kind === 'section') {
      entries.push({ kind: 'section', start: item.start, end: item.end, depth: item.depth, label: shorten(item.title.trim(), MAX_LABEL_LENGTH) });
      continue;
    }
    const paragraph = paragraphs[next];
    if (!paragraph || paragraph.sentences[0] !== item) continue;
    next++;
    const { sentences } = paragraph;
    const main = mainSentence(sentences) ?? sentences[0];
    entries.push({
      kind: 'paragraph',
      start: sentences[0].start,
      end: sentences[sentences.length - 1].end,
      main: { start: main.start, end: main.end },
      label: makeLabel({ text: main.clean }),
      sentences: sentences.length,
    });
  }
  return entries;
}

/** The map as Markdown: sections as list items, each paragraph's main sentence under its section. */
export function paragraphMapToMarkdown(entries: readonly ParagraphMapEntry[]): string {
  const lines: string[] = [];
  let depth = 0;
  for (const entry of entries) {
    if (entry.kind === 'section') {
      depth = Math.max(0, entry.depth - 1);
      lines.push(`${'  '.repeat(depth)}- **${escapeMarkdown(entry.label)}**`);
      depth++;
    } else {
      lines.push(`${'  '.repeat(depth)}- ${escapeMarkdown(entry.label)}`);
    }
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}
