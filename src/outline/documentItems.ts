import type { Span } from '../text';
import type { Block, ListPosition, ParagraphBlock } from './blocks';
import { findCues, type OrdinalCue, type SentenceCues } from './cues';
import { BACK_MATTER, isConclusionHeading } from './sections';
import { sentenceText } from './sentenceText';
import { splitSentences } from './sentences';

/**
 * The document as the outline reads it: sections and sentences in order, each sentence with its
 * clean text, its place in its paragraph and section, and its cues. Back matter (References,
 * Notes) is left out.
 */

export interface SectionItem extends Span {
  readonly kind: 'section';
  readonly depth: number;
  readonly title: string;
}

export interface SentenceItem extends Span {
  readonly kind: 'sentence';
  /** Position among the sentences. */
  readonly index: number;
  readonly block: ParagraphBlock;
  readonly notes: readonly Span[];
  readonly clean: string;
  readonly paragraph: number;
  readonly section: number;
  readonly first: boolean;
  readonly last: boolean;
  readonly cues: SentenceCues;
  /** In an abstract: it summarises the paper, so only its thesis is kept. */
  readonly inAbstract: boolean;
  /** In a section headed "Conclusion" or the like. */
  readonly inConclusion: boolean;
  /** An item of a list that an announcement introduced: its marker counts as an ordinal. */
  readonly ordinal?: OrdinalCue;
}

export type Item = SectionItem | SentenceItem;

/** Reads the blocks into items: one pass, one segmentation and one cue reading per sentence. */
export function readItems(text: string, blocks: readonly Block[]): Item[] {
  const items: Item[] = [];
  let section = -1;
  let inConclusion = false;
  let inAbstract = false;
  let backMatterDepth = 0;
  let paragraph = 0;
  let sentenceCount = 0;
  let announcedList = false;
  let lastSentence: SentenceItem | undefined;
  for (const block of blocks) {
    if (block.kind === 'heading') {
      const title = sentenceText(text, [block], [], block.start, block.end);
      if (backMatterDepth > 0 && block.depth > backMatterDepth) continue;
      backMatterDepth = BACK_MATTER.test(title.replace(/^[\d.\sIVX]+(?=\p{L})/u, '')) ? block.depth : 0;
      if (backMatterDepth > 0) continue;
      section = items.length;
      inConclusion = isConclusionHeading(title);
      inAbstract = /^(?:abstract|summary|résumé|аннотация)$/i.test(title.trim());
      items.push({ kind: 'section', start: block.start, end: block.end, depth: block.depth, title });
      continue;
    }
    if (backMatterDepth > 0) continue;
    const sentences = splitSentences(text, block.pieces, block.notes);
    if (block.list?.index === 1) announcedList = !!lastSentence && (lastSentence.cues.endsWithColon || !!lastSentence.cues.announcement);
    else if (!block.list) announcedList = false;
    sentences.forEach((s, i) => {
      const clean = sentenceText(text, block.pieces, s.notes, s.start, s.end);
      if (clean.length === 0) return;
      const cues = findCues(clean, { hasNotes: s.notes.length > 0, inConclusion });
      const listOrdinal = i === 0 && block.list && announcedList ? listItemOrdinal(block.list) : undefined;
      const item: SentenceItem = {
        kind: 'sentence',
        index: sentenceCount++,
        start: s.start,
        end: s.end,
        block,
        notes: s.notes,
        clean,
        paragraph,
        section,
        first: i === 0,
        last: i === sentences.length - 1,
        cues,
        inAbstract,
        inConclusion,
        ...(listOrdinal ? { ordinal: listOrdinal } : cues.ordinal ? { ordinal: cues.ordinal } : {}),
      };
      items.push(item);
      lastSentence = item;
    });
    paragraph++;
  }
  return items;
}

function listItemOrdinal(list: ListPosition): OrdinalCue {
  return { cue: list.marker, n: list.index };
}
