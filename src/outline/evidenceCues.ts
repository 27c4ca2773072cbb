import type { CueContext, HitSink } from './cueTypes';

/**
 * Evidence cues: explicit markers ("For instance", "According to", "statistics show"), or weaker
 * signals that count together (citations, figures, quotations with their source, footnotes, dates).
 */
export const EVIDENCE_OPENER =
  /^(?:for\s+(?:instance|example)|according\s+to|e\.\s?g\.|as\s+an\s+example|to\s+illustrate|by\s+way\s+of\s+(?:example|illustration)|as\s+evidence|data\s+from|a\s+(?:recent\s+)?(?:survey|poll|study|report)\s+(?:by|from|of))\b/i;
export const EVIDENCE_AS_AUTHOR =
  /^As\s+(?:[\p{Lu}][\p{L}'’.-]*\s+){1,4}(?:points?\s+out|pointed\s+out|notes?|noted|observes?|observed|shows?|showed|writes?|wrote|puts\s+it|states?|stated|reports?|reported|remarks?|remarked|explains?|explained|reminds\s+us)\b/u;
const STATISTICS =
  /\b(?:statistics|data|figures|surveys?|polls?|studies|evidence|estimates|numbers)\s+(?:show|shows|showed|suggest|suggests|suggested|indicate|indicates|indicated|reveal|reveals|revealed|demonstrate|demonstrates|confirm|confirms)\b/i;
const FIGURE = /\d[\d,.]*\s?(?:%|per\s?cent\b|percent\b)|[$€£¥]\s?\d|\b\d[\d,.]*\s+(?:billion|million|trillion)\b/i;
/** "(Walt 1987)", "(Keohane and Nye, 2001: 24)"; a numeric "[12]" counts like a footnote. */
const CITATION = /\([\p{Lu}][\p{L}'’-]+(?:\s+(?:and|&)\s+[\p{Lu}][\p{L}'’-]+|\s+et\s+al\.)?,?\s+(?:1[89]|20)\d\d[a-z]?(?:[:,]\s?(?:p\.\s?)?\d+(?:[-–]\d+)?)?\)/u;
const NUMERIC_CITATION = /\[\d{1,3}(?:[,–-]\s?\d{1,3})*\]/;
const QUOTATION = /[“"«„]([^”"»“]{30,})[”"»“]/;
/** Someone's words reported as such ("states that «...»", "wrote: “...”"). */
const REPORTED_SPEECH = /\b(?:states?|stated|said|says|wrote|writes|declared|declares|proclaimed|stressed|emphasi[sz]ed|put\s+it|in\s+the\s+words\s+of)\b/i;
const YEAR = /\b(?:1[89]|20)\d\d\b/;

/** Author-year and numeric citations in a sentence's clean text. */
export function countCitations(sentence: string): number {
  return [...sentence.matchAll(CITATION_ALL)].length + [...sentence.matchAll(NUMERIC_CITATION_ALL)].length;
}
const CITATION_ALL = new RegExp(CITATION.source, 'gu');
const NUMERIC_CITATION_ALL = new RegExp(NUMERIC_CITATION.source, 'g');

/** Adds the weaker signals up; an explicit marker is found by the caller (see cues.ts). */
export function findInnerEvidence(sentence: string, context: CueContext, hit: HitSink): void {
  const statistics = STATISTICS.exec(sentence);
  if (statistics) {
    hit('evidence', statistics[0], 3.5, false);
    return;
  }
  let strength = 0;
  let cue = '';
  const take = (found: RegExpExecArray | null, weight: number): void => {
    if (!found) return;
    strength += weight;
    if (!cue) cue = found[0].length > 40 ? `${found[0].slice(0, 39)}…` : found[0];
  };
  take(CITATION.exec(sentence), 2.75);
  take(NUMERIC_CITATION.exec(sentence), 1);
  take(FIGURE.exec(sentence), 2.75);
  const quotation = QUOTATION.exec(sentence);
  if (quotation) {
    take(quotation, quotation[1].length >= 60 ? 2 : 1.25);
    if (REPORTED_SPEECH.test(sentence.slice(0, quotation.index))) strength += 1.25;
  }
  if (context.hasNotes) {
    strength += 1;
    cue ||= 'footnote';
  }
  if (strength > 0) take(YEAR.exec(sentence), 0.5);
  if (strength > 0) hit('evidence', cue, Math.min(strength, 3.5), false);
}
