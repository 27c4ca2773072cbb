import { CONCLUSION_CLOSING, CONCLUSION_LOCAL, CONCLUSION_MEDIUM, THESIS } from './cues';
import { CONCESSION, GROUP_NOUNS, HYPOTHETICAL, IMPERSONAL, QUANTIFIERS, REPORT_VERBS } from './counterclaimCues';
import { ANNOUNCE_LIST, ORDINAL } from './enumerationCues';
import { EVIDENCE_OPENER } from './evidenceCues';

/**
 * The cue phrases the outline reads, by the editor scope that colours them: the one source of the
 * TextMate discourse grammar (scripts/generate/discourseGrammar.ts writes it from these patterns).
 * Patterns anchored at a sentence start (`^`) are matched anywhere in the editor, after a non-letter.
 */
export const DISCOURSE_CUES = {
  thesis: THESIS,
  reason: [ORDINAL, ANNOUNCE_LIST],
  counterclaim: [IMPERSONAL, HYPOTHETICAL, CONCESSION, groupReport()],
  evidence: [EVIDENCE_OPENER],
  conclusion: [CONCLUSION_CLOSING, CONCLUSION_LOCAL, CONCLUSION_MEDIUM],
} as const satisfies Record<string, readonly RegExp[]>;

export type DiscourseScope = keyof typeof DISCOURSE_CUES;

/** "Some scholars argue", "many critics contend": a quantifier, a group of holders and a reporting verb, from the outline's own word lists. */
function groupReport(): RegExp {
  const alternation = (words: ReadonlySet<string>): string => [...words].sort((a, b) => b.length - a.length || a.localeCompare(b)).join('|');
  return new RegExp(`\\b(?:${alternation(QUANTIFIERS)})\\s+(?:${alternation(GROUP_NOUNS)})\\s+(?:${alternation(REPORT_VERBS)})\\b`, 'i');
}
