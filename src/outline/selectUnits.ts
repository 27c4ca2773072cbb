import type { Directive } from './directives';
import type { Item, SentenceItem } from './documentItems';
import { findInlineEnumeration, resolveSeries, type SeriesMember } from './enumerations';
import { pushCandidate, type Candidate, type FlatEntry } from './flatUnits';
import { FORCED_SCORE } from './hierarchy';
import { MAX_LABEL_LENGTH, shorten } from './labels';
import { addParagraphClaims } from './paragraphClaims';
import { promoteIllustratedClaims, promoteReplies } from './promotions';
import { applyBudget, chooseRole, type RoleChoice } from './roles';
import type { OutlineMention } from './types';

/**
 * Which sentences become units, and as what: directives first, then enumeration series, then cue
 * roles within each paragraph's budget, then the promotions.
 */
export function chooseUnits(text: string, allItems: readonly Item[], directives: readonly Directive[], mentions: readonly OutlineMention[] = []): FlatEntry[] {
  const directiveAt = matchDirectives(allItems, directives);
  const items = withoutIgnoredSections(allItems, directiveAt);
  const sentences = items.filter((i): i is SentenceItem => i.kind === 'sentence');
  const series = resolveSeries(
    sentences.map((s) => ({
      ...(s.ordinal ? { ordinal: s.ordinal } : {}),
      ...(s.cues.announcement ? { announcement: s.cues.announcement } : {}),
      endsWithColon: s.cues.endsWithColon,
      section: s.section,
      paragraph: s.paragraph,
    })),
  );
  const announcers = new Set<number>();
  for (const member of series.values()) if (member.announcer !== undefined) announcers.add(member.announcer);

  // Candidates, paragraph by paragraph, then the paragraph budget.
  const kept = new Map<SentenceItem, Candidate>();
  let group: Candidate[] = [];
  const flushGroup = (): void => {
    for (const index of applyBudget(group)) kept.set(group[index].item, group[index]);
    group = [];
  };
  let currentParagraph = -1;
  let objectionSeen = false;
  for (const item of sentences) {
    if (item.paragraph !== currentParagraph) {
      flushGroup();
      currentParagraph = item.paragraph;
      objectionSeen = false;
    }
    const member = series.get(item.index);
    const announcer = member?.announcer !== undefined ? sentences[member.announcer] : undefined;
    const candidate = candidateFor(text, item, member, announcers.has(item.index), directiveAt.get(item), announcer);
    // "Thus" after an objection in the same paragraph carries the objection on, not the author's case.
    const reported = objectionSeen && candidate?.choice.role === 'conclusion' && !candidate.forced && (candidate.choice.hit?.strength ?? 0) < 2;
    if (candidate && !reported) group.push(candidate);
    if (candidate?.choice.role === 'counterclaim' || item.cues.hits.some((h) => h.role === 'counterclaim' && h.strength >= 3)) objectionSeen = true;
  }
  flushGroup();
  promoteIllustratedClaims(sentences, kept);
  promoteReplies(sentences, kept);
  addParagraphClaims(items, kept, mentions, (item) => directiveAt.get(item)?.kind === 'ignore');
  for (const [item, candidate] of kept) if (directiveAt.get(item)?.kind === 'supported') kept.set(item, { ...candidate, supported: true });

  const flat: FlatEntry[] = [];
  const flatIndex = new Map<SentenceItem, number>();
  for (const item of items) {
    if (item.kind === 'section') {
      const title = shorten(item.title.trim(), MAX_LABEL_LENGTH);
      flat.push({
        unit: { role: 'section', cue: '', start: item.start, end: item.end, depth: item.depth, paragraph: -1, strong: false, topic: false, score: FORCED_SCORE },
        label: () => title,
      });
      continue;
    }
    const candidate = kept.get(item);
    if (!candidate) continue;
    flatIndex.set(item, flat.length);
    pushCandidate(text, candidate, flat, candidate.replyTo && flatIndex.get(candidate.replyTo));
  }
  return flat;
}

/** `<!-- irLens: ignore -->` before a heading drops the section with everything under it. */
function withoutIgnoredSections(items: readonly Item[], directiveAt: ReadonlyMap<Item, Directive>): Item[] {
  const kept: Item[] = [];
  let ignoredDepth = 0;
  for (const item of items) {
    if (item.kind === 'section') {
      if (ignoredDepth > 0 && item.depth > ignoredDepth) continue;
      ignoredDepth = directiveAt.get(item)?.kind === 'ignore' ? item.depth : 0;
    }
    if (ignoredDepth === 0) kept.push(item);
  }
  return kept;
}

/** Each directive applies to the first section or sentence starting at or after its end. */
function matchDirectives(items: readonly Item[], directives: readonly Directive[]): Map<Item, Directive> {
  const matched = new Map<Item, Directive>();
  let i = 0;
  for (const directive of [...directives].sort((a, b) => a.start - b.start)) {
    while (i < items.length && items[i].start < directive.end) i++;
    if (i < items.length && !matched.has(items[i])) matched.set(items[i], directive);
  }
  return matched;
}

/** An announcement of grounds ("for three reasons:", "because:"): the items that follow are reasons. */
const ANNOUNCES_GROUNDS = /\b(?:reasons?|grounds|because|why|explanations?|causes?|factors)\b/i;

function candidateFor(
  text: string,
  item: SentenceItem,
  member: SeriesMember | undefined,
  announcer: boolean,
  directive: Directive | undefined,
  announcedBy: SentenceItem | undefined,
): Candidate | undefined {
  if (directive?.kind === 'ignore') return undefined;
  const position = { first: item.first, last: item.last };
  const found = chooseRole(item.cues, position);
  if (directive?.kind === 'role') {
    const role = directive.role === 'section' ? 'claim' : directive.role;
    const choice: RoleChoice = { role, cue: found?.cue ?? '', score: FORCED_SCORE };
    return { item, choice, forced: true, directiveCue: `irLens: ${directive.role}` };
  }
  if (member) {
    // "Firstly ... Secondly" in prose gives grounds; the items of a list give grounds only when the
    // sentence before announces them as such, and are otherwise the points (commitments) it lists.
    const listed = item.block.list !== undefined && !(announcedBy && ANNOUNCES_GROUNDS.test(announcedBy.clean));
    return { item, choice: { role: listed ? 'claim' : 'reason', cue: member.cue, score: FORCED_SCORE }, forced: true, series: member };
  }
  let choice = found;
  if (item.inAbstract && choice?.role !== 'thesis') choice = undefined;
  let forced = false;
  if (announcer) {
    forced = true;
    if (!choice || choice.role === 'evidence') choice = { role: 'claim', cue: item.cues.announcement?.cue ?? '', score: FORCED_SCORE };
  }
  if (item.block.quoted && item.first && !choice) choice = { role: 'evidence', cue: '>', score: 2.5 };
  const enumeration = /\(1\)|\b1\)|\(a\)|\(i\)/.test(item.clean) ? findInlineEnumeration(text, item.start, item.end) : undefined;
  if (enumeration) {
    forced = true;
    choice ??= { role: 'claim', cue: '', score: FORCED_SCORE };
  }
  if (!choice) return undefined;
  return { item, choice, forced, ...(enumeration ? { enumeration } : {}) };
}
