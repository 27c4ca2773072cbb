import type { KnowledgeBase } from '../../kb';
import type { Span } from '../../text';
import type { AnalysisOptions, Mention } from '../analysis';
import type { IrDocument } from '../document';
import { CONTEXT_REACH, knownNames, readStructure, usableCandidates, type NamedCandidate } from '../recognition';
import { decideRegion, readIntroductions, wholeParagraphs, type RecognitionFacts } from './resolveWindow';

export interface RegionsInput {
  readonly document: IrDocument;
  readonly prose: readonly Span[];
  readonly candidates: readonly Mention[];
  readonly named: readonly NamedCandidate[];
  readonly kb: KnowledgeBase;
  readonly options: AnalysisOptions;
  /** Characters decided per step (whole paragraphs, so a step may take more). */
  readonly regionSize: number;
}

/**
 * The rules in context over a whole text in steps, region after region (each call yields between
 * them): the paper-wide facts (structure, known names, every match and name) are read once, and each
 * region is decided with the matches its context can read, as `resolveAround` decides an edit's region.
 * The result equals `recognise` over the whole text (a property test checks it).
 */
export function* resolveInRegions(input: RegionsInput): Generator<number, { mentions: Mention[]; facts: RecognitionFacts }> {
  const { document, candidates, kb } = input;
  const { text } = document;
  const structure = readStructure(text, document.language);
  yield 0;
  const facts: RecognitionFacts = { structure, knownNames: knownNames(text, usableCandidates(candidates, structure), kb, structure) };
  yield 0;
  const mentions: Mention[] = [];
  // Where each person was last named before the region, read on as the regions go (both move forward only).
  const introduced = new Map<string, number>();
  let read = 0;
  for (let start = 0; start < text.length; ) {
    const paragraphs = wholeParagraphs(text, structure, start, Math.min(text.length, start + input.regionSize));
    // A region always moves on, even where a paragraph's bounds read oddly.
    const take = { start, end: paragraphs.end > start ? paragraphs.end : Math.min(text.length, start + input.regionSize) };
    const include = wholeParagraphs(text, structure, take.start - CONTEXT_REACH, take.end + CONTEXT_REACH);
    read = readIntroductions(mentions, read, include.start, introduced);
    const local = decideRegion(input, facts, include, introduced);
    for (const m of local) if (m.start >= take.start && m.start < take.end) mentions.push(m);
    start = take.end;
    if (start < text.length) yield start;
  }
  return { mentions, facts };
}
