import { canonicalForm } from '../matcher';
import { findSpanIndexAt, type Span } from '../text';
import type { Mention } from './analysis';

/**
 * The mention covering `offset`, by binary search over the sorted mentions. With `inclusiveEnd`
 * a cursor just after a word counts (go to definition); hovers use the strict form.
 */
export function mentionAt(mentions: readonly Mention[], offset: number, options: { inclusiveEnd: boolean }): Mention | undefined {
  const index = findSpanIndexAt(mentions, offset);
  if (index < 0) return undefined;
  const mention = mentions[index];
  if (offset < mention.end || (options.inclusiveEnd && offset === mention.end)) return mention;
  return undefined;
}

export function mentionsOf(mentions: readonly Mention[], entryId: string): Mention[] {
  return mentions.filter((m) => m.entry.id === entryId);
}

/** Mentions grouped by entity id, each group in document order (a Map keeps first-mention order). */
export function groupByEntity(mentions: readonly Mention[]): Map<string, Mention[]> {
  const groups = new Map<string, Mention[]>();
  for (const m of mentions) {
    const list = groups.get(m.entry.id);
    if (list) list.push(m);
    else groups.set(m.entry.id, [m]);
  }
  return groups;
}

/** True where `second` is written in brackets right after `first`: "Full Name (ACRONYM)". */
export function isIntroductionPair(text: string, first: Span, second: Span): boolean {
  return /^\s*\(\s*$/.test(text.slice(first.end, second.start)) && text.charAt(second.end) === ')';
}

/**
 * Where the document introduces an entity: the first "Full Name (ACRONYM)" pair, else the first
 * mention written as the entry's full name. Example: in "the SCO ... the Shanghai Cooperation
 * Organisation (SCO)" it is the full name, not the earlier bare acronym.
 */
export function findIntroduction(text: string, mentions: readonly Mention[], entryId: string): Mention | undefined {
  const own = mentionsOf(mentions, entryId);
  if (own.length === 0) return undefined;
  for (let i = 0; i + 1 < own.length; i++) {
    if (isIntroductionPair(text, own[i], own[i + 1])) return own[i];
  }
  const name = canonicalForm(own[0].entry.name).toLowerCase();
  return own.find((m) => canonicalForm(text.slice(m.start, m.end)).toLowerCase() === name);
}
