import type { CueFamily, CueHit, SentenceCues } from './cues';
import type { SentenceRole } from './types';

/**
 * From a sentence's cues to at most one role, and from a paragraph's candidates to the few worth
 * showing: the outline should read like an argument, not like the text again.
 */
export interface RoleChoice {
  readonly role: SentenceRole;
  readonly cue: string;
  readonly score: number;
  readonly hit?: CueHit;
}

export interface ParagraphPosition {
  readonly first: boolean;
  readonly last: boolean;
}

/** Below this score a cue is too weak to make a unit on its own. */
export const MIN_SCORE = 2;
/**
 * Evidence needs an explicit marker ("For instance", "statistics show") or two signals together
 * (a figure and a date, a citation, a quotation with its source and a footnote).
 */
export const MIN_EVIDENCE_SCORE = 3.25;
/**
 * Per paragraph, besides structural units: two units at most, of which one claim-like unit (claim,
 * conclusion, thesis), one piece of evidence and one counter-claim; a paragraph without any
 * claim-like unit shows one leaf only.
 */
export const PARAGRAPH_BUDGET = { total: 2, anchor: 1, evidence: 1, counterclaim: 1 } as const;

const PRIORITY: readonly CueFamily[] = ['thesis', 'conclusion', 'counterclaim', 'evidence', 'claim'];
/** A thesis cue ("I will argue") outranks everything found around it. */
const THESIS_BONUS = 0.5;

export function chooseRole(cues: SentenceCues, position: ParagraphPosition): RoleChoice | undefined {
  let best: RoleChoice | undefined;
  for (const hit of cues.hits) {
    // A question asserts nothing: it can report a view or cite a source, but not claim.
    if (cues.question && (hit.role === 'thesis' || hit.role === 'claim' || hit.role === 'conclusion')) continue;
    let score = hit.strength + (hit.opener ? 0.5 : 0);
    if (hit.role === 'thesis') score += THESIS_BONUS;
    // A claim cue matters in a paragraph's topic sentence; a "Therefore" at either end of one.
    if (hit.role === 'claim') score += position.first ? 0.5 : -1;
    if (hit.role === 'conclusion' && hit.opener && (position.first || position.last)) score += 0.5;
    const better = !best || score > best.score || (score === best.score && PRIORITY.indexOf(hit.role) < PRIORITY.indexOf(best.role as CueFamily));
    if (better) best = { role: hit.role, cue: hit.cue, score, hit };
  }
  if (!best) return undefined;
  return best.score >= (best.role === 'evidence' ? MIN_EVIDENCE_SCORE : MIN_SCORE) ? best : undefined;
}

export interface BudgetCandidate {
  readonly choice: RoleChoice;
  /** Structural units (reasons, theses, directives, numbered items) are always kept. */
  readonly forced: boolean;
}

/**
 * Keeps the structural candidates of one paragraph and the best others within PARAGRAPH_BUDGET.
 * Returns the indices kept, in their original order.
 */
export function applyBudget(candidates: readonly BudgetCandidate[]): number[] {
  const kept = new Set<number>();
  const order = candidates
    .map((c, i) => ({ c, i }))
    .filter(({ c }) => !c.forced)
    .sort((a, b) => b.c.choice.score - a.c.choice.score || a.i - b.i);
  const left: Record<keyof typeof PARAGRAPH_BUDGET, number> = { ...PARAGRAPH_BUDGET };
  for (const { c, i } of order) {
    const kind = isLeaf(c.choice.role) ? (c.choice.role as 'evidence' | 'counterclaim') : 'anchor';
    if (left[kind] <= 0 || left.total <= 0) continue;
    left[kind]--;
    left.total--;
    kept.add(i);
  }
  const hasAnchor = candidates.some((c, i) => (c.forced || kept.has(i)) && !isLeaf(c.choice.role));
  if (!hasAnchor && kept.size > 1) {
    const best = order.find(({ i }) => kept.has(i))!.i;
    kept.clear();
    kept.add(best);
  }
  candidates.forEach((c, i) => c.forced && kept.add(i));
  return [...kept].sort((a, b) => a - b);
}

function isLeaf(role: SentenceRole): boolean {
  return role === 'evidence' || role === 'counterclaim';
}
