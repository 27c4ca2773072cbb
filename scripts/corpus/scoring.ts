/**
 * Scores IR Lens against the hand-made gold of the development corpus (test/corpus-gold/). Pure functions:
 * the gold, the predictions and the text go in, precision/recall/F1 come out.
 */

export interface Span {
  readonly start: number;
  readonly end: number;
}

export type EntityType = 'actor' | 'treaty' | 'theory' | 'event';
export const ENTITY_TYPES: readonly EntityType[] = ['actor', 'treaty', 'theory', 'event'];

export interface TypedSpan extends Span {
  readonly type: EntityType;
}

export interface Counts {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
}

export interface Scores extends Counts {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

export function scores({ tp, fp, fn }: Counts): Scores {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

export function addCounts(a: Counts, b: Counts): Counts {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn };
}

export const ZERO: Counts = { tp: 0, fp: 0, fn: 0 };

/** The gold file of one entity text, as written by scripts/corpus/anchorGold.ts. */
export interface EntityGold {
  readonly text: string;
  readonly sha256: string;
  readonly mentions: readonly (readonly [number, number, EntityType, string, string])[];
}

export function goldMentions(gold: EntityGold): TypedSpan[] {
  return gold.mentions.map(([start, end, type]) => ({ start, end, type }));
}

export type MatchMode = 'exact' | 'overlap';

/**
 * Per-type counts of predicted against gold mentions. `exact`: same start, end and type. `overlap`:
 * the spans share a character and the types agree, one-to-one (each gold mention matches at most one
 * prediction). Both lists sorted by start.
 */
export function scoreMentions(gold: readonly TypedSpan[], predicted: readonly TypedSpan[], mode: MatchMode): Record<EntityType, Counts> {
  const result = Object.fromEntries(ENTITY_TYPES.map((t) => [t, { ...ZERO }])) as Record<EntityType, { tp: number; fp: number; fn: number }>;
  const used = new Set<number>();
  for (const p of predicted) {
    let hit = -1;
    for (let g = 0; g < gold.length; g++) {
      if (used.has(g) || gold[g].type !== p.type) continue;
      const ok = mode === 'exact' ? gold[g].start === p.start && gold[g].end === p.end : gold[g].start < p.end && p.start < gold[g].end;
      if (ok) {
        hit = g;
        break;
      }
    }
    if (hit >= 0) {
      used.add(hit);
      result[p.type].tp++;
    } else {
      result[p.type].fp++;
    }
  }
  gold.forEach((g, i) => {
    if (!used.has(i)) result[g.type].fn++;
  });
  return result;
}

// ---- Outlines ------------------------------------------------------------------------------------

export type OutlineRole = 'thesis' | 'claim' | 'reason' | 'counterclaim' | 'evidence' | 'conclusion';

export interface RoledSpan extends Span {
  readonly role: OutlineRole;
}

export interface OutlineGold {
  readonly text: string;
  readonly sha256: string;
  readonly units: readonly (RoledSpan & { readonly id: string; readonly supports?: string; readonly answers?: string })[];
}

export interface OutlineScore {
  readonly position: Scores;
  readonly roles: Scores;
}

/** Two units are the same place in the text when they overlap by at least half of the shorter one. */
export function samePlace(a: Span, b: Span): boolean {
  const overlap = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  return overlap > 0 && overlap * 2 >= Math.min(a.end - a.start, b.end - b.start);
}

/**
 * Position and role-aware scores of a predicted outline (sections left out) against the gold. Matching
 * is one-to-one: each gold unit takes the first unmatched prediction at the same place, preferring one
 * with the same role.
 */
export function scoreOutline(gold: readonly RoledSpan[], predicted: readonly RoledSpan[]): OutlineScore {
  const used = new Set<number>();
  let position = 0;
  let roles = 0;
  for (const g of gold) {
    const candidates = predicted.map((p, i) => ({ p, i })).filter(({ p, i }) => !used.has(i) && samePlace(g, p));
    const pick = candidates.find(({ p }) => p.role === g.role) ?? candidates[0];
    if (!pick) continue;
    used.add(pick.i);
    position++;
    if (pick.p.role === g.role) roles++;
  }
  return {
    position: scores({ tp: position, fp: predicted.length - position, fn: gold.length - position }),
    roles: scores({ tp: roles, fp: predicted.length - roles, fn: gold.length - roles }),
  };
}

export function percent(x: number): string {
  return `${(100 * x).toFixed(1)}`;
}
