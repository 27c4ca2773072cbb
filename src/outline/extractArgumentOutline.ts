import { parseMarkdown } from '../core/markdownRegions';
import type { Span } from '../core/ranges';
import type { Block, ListPosition, ParagraphBlock } from './blocks';
import { findCues, type OrdinalCue, type SentenceCues } from './cues';
import { findDirectives, type Directive } from './directives';
import { findInlineEnumeration, resolveSeries, type InlineEnumeration, type SeriesMember } from './enumerations';
import { entitiesIn } from './entities';
import { buildHierarchy, FORCED_SCORE, limitLeaves, type FlatUnit, type TreeNode } from './hierarchy';
import { makeLabel, MAX_LABEL_LENGTH, shorten } from './labels';
import { markdownBlocks, markdownDirectives } from './markdownBlocks';
import { plainTextBlocks } from './plainTextBlocks';
import { applyBudget, chooseRole, type RoleChoice } from './roles';
import { BACK_MATTER, isConclusionHeading } from './sections';
import { sentenceText } from './sentenceText';
import { splitSentences } from './sentences';
import type { OutlineInput, OutlineMention, OutlineRole, OutlineUnit, SentenceRole } from './types';

/**
 * The argument outline of a document: its sections, and the sentences that carry the argument
 * (thesis, claims, reasons, counter-claims, evidence, conclusions), nested as a reader would
 * follow them. Pure and linear in the text: blocks -> sentences -> cues -> roles -> tree.
 *
 *     extractArgumentOutline({ text, language: 'plaintext', mentions: analysis.mentions })
 */
export function extractArgumentOutline(input: OutlineInput): OutlineUnit[] {
  const { text } = input;
  let blocks: Block[];
  let directives: Directive[];
  if (input.language === 'markdown') {
    const tree = input.tree ?? parseMarkdown(text);
    directives = markdownDirectives(text, tree);
    blocks = markdownBlocks(text, tree);
  } else {
    directives = findDirectives(text);
    blocks = plainTextBlocks(text, directives);
  }
  const items = readItems(text, blocks);
  const flat = chooseUnits(text, items, directives);
  return toOutline(limitLeaves(buildHierarchy(flat.map((f) => f.unit))), flat, input.mentions);
}

// ---- Items: sections and sentences in document order ----------------------------------------------

interface SectionItem extends Span {
  readonly kind: 'section';
  readonly depth: number;
  readonly title: string;
}

interface SentenceItem extends Span {
  readonly kind: 'sentence';
  /** Position among the sentences. */
  readonly index: number;
  readonly block: ParagraphBlock;
  readonly notes: readonly Span[];
  readonly clean: string;
  readonly paragraph: number;
  readonly section: number;
  readonly first: boolean;
  readonly last: boolean;
  readonly cues: SentenceCues;
  /** In an abstract: it summarises the paper, so only its thesis is kept. */
  readonly inAbstract: boolean;
  /** An item of a list that an announcement introduced: its marker counts as an ordinal. */
  readonly ordinal?: OrdinalCue;
}

type Item = SectionItem | SentenceItem;

function readItems(text: string, blocks: readonly Block[]): Item[] {
  const items: Item[] = [];
  let section = -1;
  let inConclusion = false;
  let inAbstract = false;
  let backMatterDepth = 0;
  let paragraph = 0;
  let sentenceCount = 0;
  let announcedList = false;
  let lastSentence: SentenceItem | undefined;
  for (const block of blocks) {
    if (block.kind === 'heading') {
      const title = sentenceText(text, [block], [], block.start, block.end);
      if (backMatterDepth > 0 && block.depth > backMatterDepth) continue;
      backMatterDepth = BACK_MATTER.test(title.replace(/^[\d.\sIVX]+(?=\p{L})/u, '')) ? block.depth : 0;
      if (backMatterDepth > 0) continue;
      section = items.length;
      inConclusion = isConclusionHeading(title);
      inAbstract = /^(?:abstract|summary|résumé|аннотация)$/i.test(title.trim());
      items.push({ kind: 'section', start: block.start, end: block.end, depth: block.depth, title });
      continue;
    }
    if (backMatterDepth > 0) continue;
    const sentences = splitSentences(text, block.pieces, block.notes);
    if (block.list?.index === 1) announcedList = !!lastSentence && (lastSentence.cues.endsWithColon || !!lastSentence.cues.announcement);
    else if (!block.list) announcedList = false;
    sentences.forEach((s, i) => {
      const clean = sentenceText(text, block.pieces, s.notes, s.start, s.end);
      if (clean.length === 0) return;
      const cues = findCues(clean, { hasNotes: s.notes.length > 0, inConclusion });
      const listOrdinal = i === 0 && block.list && announcedList ? listItemOrdinal(block.list) : undefined;
      const item: SentenceItem = {
        kind: 'sentence',
        index: sentenceCount++,
        start: s.start,
        end: s.end,
        block,
        notes: s.notes,
        clean,
        paragraph,
        section,
        first: i === 0,
        last: i === sentences.length - 1,
        cues,
        inAbstract,
        ...(listOrdinal ? { ordinal: listOrdinal } : cues.ordinal ? { ordinal: cues.ordinal } : {}),
      };
      items.push(item);
      lastSentence = item;
    });
    paragraph++;
  }
  return items;
}

function listItemOrdinal(list: ListPosition): OrdinalCue {
  return { cue: list.marker, n: list.index };
}

// ---- Choosing the units -----------------------------------------------------------------------------

interface FlatEntry {
  readonly unit: FlatUnit;
  /** How to label it: a section's title, or a sentence's clean text and the cue to strip. */
  readonly label: () => string;
}

interface Candidate {
  readonly item: SentenceItem;
  readonly choice: RoleChoice;
  readonly forced: boolean;
  readonly directiveCue?: string;
  readonly series?: SeriesMember;
  readonly enumeration?: InlineEnumeration;
  /** The objection this sentence answers. */
  readonly replyTo?: SentenceItem;
}

function chooseUnits(text: string, allItems: readonly Item[], directives: readonly Directive[]): FlatEntry[] {
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
  for (const item of sentences) {
    if (item.paragraph !== currentParagraph) {
      flushGroup();
      currentParagraph = item.paragraph;
    }
    const candidate = candidateFor(text, item, series.get(item.index), announcers.has(item.index), directiveAt.get(item));
    if (candidate) group.push(candidate);
  }
  flushGroup();
  promoteIllustratedClaims(sentences, kept);
  promoteReplies(sentences, kept);
  addFallbackClaims(items, kept);

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

function candidateFor(text: string, item: SentenceItem, member: SeriesMember | undefined, announcer: boolean, directive: Directive | undefined): Candidate | undefined {
  if (directive?.kind === 'ignore') return undefined;
  const position = { first: item.first, last: item.last };
  const found = chooseRole(item.cues, position);
  if (directive?.kind === 'role') {
    const role = directive.role === 'section' ? 'claim' : directive.role;
    const choice: RoleChoice = { role, cue: found?.cue ?? '', score: FORCED_SCORE };
    return { item, choice, forced: true, directiveCue: `irLens: ${directive.role}` };
  }
  if (member) return { item, choice: { role: 'reason', cue: member.cue, score: FORCED_SCORE }, forced: true, series: member };
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

const EXAMPLE_CUE = /^(?:for\s+(?:instance|example)|e\.\s?g\.|to\s+illustrate)/i;

/**
 * "For instance, ..." illustrates the sentence before it: where that sentence has a claim cue, even
 * one too weak to count alone, it becomes the claim the example supports.
 */
function promoteIllustratedClaims(sentences: readonly SentenceItem[], kept: Map<SentenceItem, Candidate>): void {
  for (let i = 1; i < sentences.length; i++) {
    const example = kept.get(sentences[i]);
    if (!example || example.choice.role !== 'evidence' || !EXAMPLE_CUE.test(example.choice.cue)) continue;
    const before = sentences[i - 1];
    if (before.paragraph !== sentences[i].paragraph || kept.has(before)) continue;
    const hit = before.cues.hits.find((h) => h.role === 'claim' || h.role === 'conclusion');
    if (hit) kept.set(before, { item: before, choice: { role: 'claim', cue: hit.cue, score: hit.strength, hit }, forced: false });
  }
}

/** The author's answer to an objection: "But ...", "That is fair, but ...", "This view ...". */
const REPLY =
  /^(?:but|yet|however|nevertheless|nonetheless|still|even\s+so|that\s+is\s+(?:fair|true)|this\s+(?:is|may\s+be)\s+(?:true|fair|a\s+serious)|(?:this|that|such\s+a)\s+(?:view|argument|objection|reading|claim|critique|criticism|position)\b|the\s+(?:objection|argument|critique|criticism)\s+(?:loses|fails|ignores|overlooks|misses|rests))/i;

/** The sentence right after a counter-claim that answers it becomes a claim (the reply). */
function promoteReplies(sentences: readonly SentenceItem[], kept: Map<SentenceItem, Candidate>): void {
  for (let i = 0; i + 1 < sentences.length; i++) {
    const objection = kept.get(sentences[i]);
    const after = sentences[i + 1];
    if (!objection || objection.choice.role !== 'counterclaim' || after.paragraph !== sentences[i].paragraph) continue;
    const existing = kept.get(after);
    if (existing && existing.choice.role !== 'evidence') continue;
    const reply = REPLY.exec(after.clean);
    if (reply) kept.set(after, { item: after, choice: { role: 'claim', cue: reply[0], score: 2 }, forced: true, replyTo: sentences[i] });
  }
}

/** A section whose paragraphs carry no cue at all still shows its topic sentence. */
function addFallbackClaims(items: readonly Item[], kept: Map<SentenceItem, Candidate>): void {
  let firstSentence: SentenceItem | undefined;
  let hasUnit = false;
  let hasSection = false;
  const close = (): void => {
    if (firstSentence && !hasUnit) kept.set(firstSentence, { item: firstSentence, choice: { role: 'claim', cue: '', score: 0 }, forced: true });
  };
  for (const item of items) {
    if (item.kind === 'section') {
      if (hasSection || firstSentence) close();
      hasSection = true;
      firstSentence = undefined;
      hasUnit = false;
      continue;
    }
    firstSentence ??= item;
    if (kept.has(item)) hasUnit = true;
  }
  close();
}

function pushCandidate(text: string, candidate: Candidate, flat: FlatEntry[], replyTo: number | undefined): void {
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

// ---- The public tree ----------------------------------------------------------------------------------

function toOutline(roots: readonly TreeNode[], flat: readonly FlatEntry[], mentions: readonly OutlineMention[]): OutlineUnit[] {
  const labelOf = new Map<FlatUnit, () => string>();
  for (const entry of flat) labelOf.set(entry.unit, entry.label);
  const sorted = isSorted(mentions) ? mentions : [...mentions].sort((a, b) => a.start - b.start);
  const convert = (node: TreeNode, level: number): OutlineUnit => ({
    role: node.role,
    level,
    start: node.unit.start,
    end: node.unit.end,
    label: labelOf.get(node.unit)?.() ?? '',
    cue: node.unit.cue,
    entities: entitiesIn(sorted, node.unit.start, node.unit.end),
    children: node.children.map((child) => convert(child, level + 1)),
  });
  return roots.map((root) => convert(root, 0));
}

function isSorted(mentions: readonly OutlineMention[]): boolean {
  for (let i = 1; i < mentions.length; i++) if (mentions[i].start < mentions[i - 1].start) return false;
  return true;
}
