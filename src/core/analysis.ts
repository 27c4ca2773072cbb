import type { KnowledgeBase } from '../kb';
import { matchAliases } from '../matcher';
import type { Span } from '../text';
import type { IrDocument } from './document';
import { markdownRegions, type MarkdownRegions } from './markdownRegions';
import { findNamedCandidates, recognise, type NamedCandidate, type RecognisedMention, type TextStructure } from './recognition';

/**
 * One recognised mention: [start, end) in UTF-16 offsets of the document's text, its entity (a KB entry,
 * or one the paper names itself: `entry.document` is then set), the other entries a shared alias may
 * mean, and why a match that needed context was accepted.
 */
export type Mention = RecognisedMention;

/** How the analysis reads a document; the editor's settings. */
export interface AnalysisOptions {
  /** Also recognise treaties, events, bodies and people the paper names itself. */
  readonly documentEntities: boolean;
}

export const DEFAULT_ANALYSIS_OPTIONS: AnalysisOptions = { documentEntities: true };

export interface DocumentAnalysis {
  readonly document: IrDocument;
  /** Sorted by start; never overlapping. */
  readonly mentions: readonly Mention[];
  /** The matcher's raw matches (before the rules in context), kept so an edit can update them. */
  readonly candidates: readonly Mention[];
  /** Names found by their shape (before the rules in context), kept likewise. */
  readonly named: readonly NamedCandidate[];
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

/** The matcher's raw matches in the prose ranges, each with its alias's role. */
export function findMentions(text: string, prose: readonly Span[], kb: KnowledgeBase): Mention[] {
  const matches = matchAliases(text, prose, kb.trie);
  const mentions: Mention[] = new Array(matches.length);
  for (let i = 0; i < matches.length; i++) {
    const alternatives = matches.alternatives.get(i);
    const entry = kb.entryAt(matches.target[i]);
    const role = matches.role[i];
    const base = { start: matches.start[i], end: matches.end[i], entry };
    mentions[i] = alternatives
      ? role !== 0
        ? { ...base, alternatives: alternatives.map((t) => kb.idAt(t)), role }
        : { ...base, alternatives: alternatives.map((t) => kb.idAt(t)) }
      : role !== 0
        ? { ...base, role }
        : base;
  }
  return mentions;
}

/** The mentions of a document from its raw matches and names: the rules in context (see recognition/). */
export function resolveMentions(
  document: IrDocument,
  prose: readonly Span[],
  candidates: readonly Mention[],
  named: readonly NamedCandidate[],
  kb: KnowledgeBase,
  options: AnalysisOptions,
  /** The text's structure and known names where the caller has them already. */
  facts?: { readonly structure: TextStructure; readonly knownNames: readonly NamedCandidate[] },
): Mention[] {
  return recognise({ text: document.text, language: document.language, prose, candidates, named, kb, documentEntities: options.documentEntities, ...(facts ? { structure: facts.structure, knownNames: facts.knownNames } : {}) });
}

/** Full analysis of one document: its prose ranges and every mention in them. */
export function analyzeDocument(document: IrDocument, kb: KnowledgeBase, options: AnalysisOptions = DEFAULT_ANALYSIS_OPTIONS): DocumentAnalysis {
  const { prose, markdown } = proseRanges(document);
  return { ...recogniseInProse(document, prose, kb, options), prose, ...(markdown ? { markdown } : {}) };
}

/**
 * The mentions in the given prose ranges of a text, by the same rules as a document's analysis (for
 * texts that are not an editor's document: the preview's rendered prose, papers not open).
 */
export function recogniseInProse(
  document: IrDocument,
  prose: readonly Span[],
  kb: KnowledgeBase,
  options: AnalysisOptions = DEFAULT_ANALYSIS_OPTIONS,
): { readonly document: IrDocument; readonly mentions: Mention[]; readonly candidates: Mention[]; readonly named: NamedCandidate[] } {
  const candidates = findMentions(document.text, prose, kb);
  const named = findNamedCandidates(document.text, prose);
  return { document, mentions: resolveMentions(document, prose, candidates, named, kb, options), candidates, named };
}
