import type { KnowledgeBase, KbEntry } from '../kb';
import { matchAliases } from '../matcher';
import type { Span } from '../text';
import type { IrDocument } from './document';
import { markdownRegions, type MarkdownRegions } from './markdownRegions';

/** One recognised mention: [start, end) in UTF-16 offsets of the document's text. */
export interface Mention extends Span {
  readonly entry: KbEntry;
  /** Ids of other entries that share this alias, when the entry won by preference. */
  readonly alternatives?: readonly string[];
}

export interface DocumentAnalysis {
  readonly document: IrDocument;
  /** Sorted by start; never overlapping. */
  readonly mentions: readonly Mention[];
  /** Markdown structure; undefined for plain text. */
  readonly markdown?: MarkdownRegions;
  readonly prose: readonly Span[];
  /** Set when only this part of a large document was analysed (see windowAnalysis.ts). */
  readonly window?: Span;
}

/** Ranges of the document that hold prose: all of a plain-text file, or Markdown minus code, HTML, URLs. */
export function proseRanges(document: IrDocument): { prose: readonly Span[]; markdown?: MarkdownRegions } {
  if (document.language === 'plaintext') return { prose: [{ start: 0, end: document.text.length }] };
  const markdown = markdownRegions(document.text);
  return { prose: markdown.prose, markdown };
}

export function findMentions(text: string, prose: readonly Span[], kb: KnowledgeBase): Mention[] {
  const entries = kb.entries;
  const matches = matchAliases(text, prose, kb.trie);
  const mentions: Mention[] = new Array(matches.length);
  for (let i = 0; i < matches.length; i++) {
    const alternatives = matches.alternatives.get(i);
    const entry = entries[matches.target[i]];
    mentions[i] = alternatives
      ? { start: matches.start[i], end: matches.end[i], entry, alternatives: alternatives.map((t) => entries[t].id) }
      : { start: matches.start[i], end: matches.end[i], entry };
  }
  return mentions;
}

/** Full analysis of one document: its prose ranges and every mention in them. */
export function analyzeDocument(document: IrDocument, kb: KnowledgeBase): DocumentAnalysis {
  const { prose, markdown } = proseRanges(document);
  return { document, mentions: findMentions(document.text, prose, kb), prose, ...(markdown ? { markdown } : {}) };
}
