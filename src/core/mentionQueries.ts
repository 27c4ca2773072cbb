import type { Mention } from './analysis';
import { canonicalForm } from './matcher/aliasForms';
import { findSpanIndexAt } from './ranges';

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

/**
 * Where the document introduces an entity: the first "Full Name (ACRONYM)" pair, else the first
 * mention written as the entry's full name. Example: in "the SCO ... the Shanghai Cooperation
 * Organisation (SCO)" it is the full name, not the earlier bare acronym.
 */
export function findIntroduction(text: string, mentions: readonly Mention[], entryId: string): Mention | undefined {
  const own = mentionsOf(mentions, entryId);
  if (own.length === 0) return undefined;
  for (let i = 0; i + 1 < own.length; i++) {
    const between = text.slice(own[i].end, own[i + 1].start);
    if (/^\s*\(\s*$/.test(between) && text.charAt(own[i + 1].end) === ')') return own[i];
  }
  const name = canonicalForm(own[0].entry.name).toLowerCase();
  return own.find((m) => canonicalForm(text.slice(m.start, m.end)).toLowerCase() === name);
}
