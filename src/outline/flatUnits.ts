import type { SentenceItem } from './documentItems';
import type { InlineEnumeration, SeriesMember } from './enumerations';
import { FORCED_SCORE, type FlatUnit } from './hierarchy';
import { makeLabel } from './labels';
import type { RoleChoice } from './roles';
import { sentenceText } from './sentenceText';
import type { OutlineRole, SentenceRole } from './types';

/**
 * From a chosen sentence to the flat unit(s) the hierarchy nests: one unit, or a head clause and
 * its numbered items. Labels are computed later, only for the units that make it into the tree.
 */

/** A unit in document order, and how to label it once it is known to stay. */
export interface FlatEntry {
  readonly unit: FlatUnit;
  /** How to label it: a section's title, or a sentence's clean text and the cue to strip. */
  readonly label: () => string;
}

/** A sentence chosen to become a unit, with the role it will have and why. */
export interface Candidate {
  readonly item: SentenceItem;
  readonly choice: RoleChoice;
  readonly forced: boolean;
  readonly directiveCue?: string;
  readonly series?: SeriesMember;
  readonly enumeration?: InlineEnumeration;
  /** The objection this sentence answers. */
  readonly replyTo?: SentenceItem;
  /** Why it has its role, where the cue alone does not say (the tooltip shows it). */
  readonly why?: string;
  /** Chosen from its paragraph alone, not by a cue (see paragraphClaims.ts). */
  readonly local?: boolean;
  /** The author accepts it without evidence (`<!-- irLens: supported -->`). */
  readonly supported?: boolean;
}

/** Appends the candidate's unit, or its head clause and numbered items, to `flat`. */
export function pushCandidate(text: string, candidate: Candidate, flat: FlatEntry[], replyTo: number | undefined): void {
  const { item, choice } = candidate;
  const role: SentenceRole = choice.role;
  const strong = role === 'conclusion' && (choice.hit?.strength ?? 0) >= 2.5;
  const cue = candidate.directiveCue ?? choice.cue;
  const base = {
    role,
    cue,
    depth: 0,
    paragraph: item.paragraph,
    strong,
    topic: item.first,
    score: candidate.forced ? FORCED_SCORE : choice.score,
    ...(replyTo !== undefined ? { replyTo } : {}),
    sentence: item.index,
    ...(candidate.why ? { why: candidate.why } : {}),
    ...(candidate.local ? { local: true } : {}),
    ...(candidate.supported ? { supported: true } : {}),
    ...(candidate.series
      ? { series: { id: candidate.series.series, first: candidate.series.first, ...(candidate.series.announcer !== undefined ? { announcer: candidate.series.announcer } : {}) } }
      : {}),
  };
  const attribution = role === 'counterclaim' ? item.cues.attribution : undefined;
  const enumeration = candidate.enumeration;
  if (!enumeration) {
    flat.push({
      unit: { ...base, start: item.start, end: item.end },
      label: () => makeLabel({ text: item.clean, cue: candidate.series?.cue ?? choice.cue, ...(attribution ? { attribution } : {}) }),
    });
    return;
  }
  const head = enumeration.head;
  const headIndex = flat.length;
  flat.push({
    unit: { ...base, start: head.start, end: head.end },
    label: () => makeLabel({ text: sentenceText(text, item.block.pieces, item.notes, head.start, head.end), cue: choice.cue }),
  });
  const itemRole: OutlineRole = role === 'conclusion' ? 'conclusion' : item.cues.announcement ? 'reason' : 'claim';
  for (const part of enumeration.items) {
    flat.push({
      unit: { role: itemRole, cue: part.cue, depth: 0, paragraph: item.paragraph, strong: false, topic: false, score: FORCED_SCORE, itemOf: headIndex, start: part.start, end: part.end },
      label: () => makeLabel({ text: sentenceText(text, item.block.pieces, item.notes, part.start, part.end), cue: part.cue }),
    });
  }
}
