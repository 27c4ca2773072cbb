import { partitionPoint } from '../text';
import type { Item, SentenceItem } from './documentItems';
import type { Candidate } from './flatUnits';
import { isCeremonial, stanceOf, type Stance } from './stance';
import type { OutlineMention, SentenceRole } from './types';

/**
 * Units from how people argue, not only from cue phrases: a paragraph that carries no claim-like
 * unit yet still makes its point in its main sentence, the one with the most stance (its opening
 * sentence on a tie, as a topic sentence). Its role comes from its content and its place. Then, where
 * the paper announces no thesis, the strongest stance of its introduction is the thesis.
 */

/** A one-sentence paragraph shorter than this needs real stance to count (a heading-like line does not). */
const MIN_WORDS = 8;
/** How much stance a short paragraph's sentence needs to count on its own. */
const MIN_SHORT_STANCE = 2;
/** The opening sentence of a paragraph is its topic sentence unless another takes a clearer position. */
const OPENING_BONUS = 2.5;
/** The introduction: the first paragraphs, up to this share of the paper (and at least two). */
const INTRODUCTION_SHARE = 0.2;
/** A paragraph this long may make more than one point: one more unit per this many sentences. */
const SENTENCES_PER_EXTRA_POINT = 3;
/** The stance a further sentence of a long paragraph needs to be a point of its own. */
const MIN_EXTRA_STANCE = 2;
/** The closing paragraphs (this share of them, at least the last), where a main sentence draws the argument together. */
const CLOSING_SHARE = 0.05;
/** Opens as a ground for what precedes it, or gives one: "Because ...", "For we ...", "... because of ...". */
const REASON = /^(?:because|since|for\s+(?:we|it|this|that|they|there|our|no|if|what|such|when|without)\b|after\s+all|the\s+reason\s+is)\b|\bbecause\b/i;
/** A view the author sets aside: "I am not referring to ...", "I do not mean that ...". */
const SET_ASIDE = /^(?:I|[Ww]e)\s+(?:am|are|do|did)\s+not\s+(?:mean|say|suggest|refer|claim|argue|believe|propose|pretend|wish)/;
/** Drawing a point together: "So, let us ...", "And so ...". */
const SUMMING = /^(?:so|and\s+so|thus|hence|therefore)\b,?/i;
/** A report of what happened: past tense with a date or a named event or treaty, and no stance. */
const PAST = /\b(?:was|were)\b|\b(?:has|have|had)\s+(?:\w+\s+)?(?:been|\w+ed|begun|grown|shown|done|made|taken|become|risen|fallen|seen|brought|built|won|led)\b|\b\w+ed\s+(?:in|on|at|by|from|over|with)\s+(?:the\s+)?(?:\d|\p{Lu})/u;
const YEAR = /\b(?:1[6-9]|20)\d\d\b/;

const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length;

export interface Paragraph {
  readonly sentences: SentenceItem[];
  readonly words: number;
}

export function addParagraphClaims(
  items: readonly Item[],
  kept: Map<SentenceItem, Candidate>,
  mentions: readonly OutlineMention[] = [],
  ignored: (item: SentenceItem) => boolean = () => false,
): void {
  const paragraphs = paragraphsOf(items);
  const namesEventOrTreaty = (s: SentenceItem): boolean => {
    for (let i = partitionPoint(mentions.length, (k) => mentions[k].start < s.start); i < mentions.length && mentions[i].start < s.end; i++) {
      if (mentions[i].entry.type === 'event' || mentions[i].entry.type === 'treaty') return true;
    }
    return false;
  };
  const introduction = introductionEnd(items, paragraphs);
  const stances = new Map<SentenceItem, Stance>();
  const stance = (s: SentenceItem): Stance => {
    let found = stances.get(s);
    if (!found) stances.set(s, (found = stanceOf(s.clean)));
    return found;
  };

  paragraphs.forEach((paragraph, index) => {
    const { sentences } = paragraph;
    if (sentences[0].inAbstract || sentences[0].block.quoted) return;
    if (sentences.some((s) => isAnchor(kept.get(s)))) return;
    const main = mainSentence(sentences, stance);
    if (!main || kept.has(main) || ignored(main)) return;
    const mainStance = stance(main);
    if (sentences.length < 2 && paragraph.words < MIN_WORDS && mainStance.score < MIN_SHORT_STANCE) return;
    const closing = index >= paragraphs.length - Math.max(1, Math.round(paragraphs.length * CLOSING_SHARE));
    const { role, why } = roleOf(main, mainStance, closing, namesEventOrTreaty(main));
    const lead = main.first ? 'the topic sentence of its paragraph' : 'the main sentence of its paragraph';
    kept.set(main, { item: main, choice: { role, cue: '', score: 1 + mainStance.score }, forced: true, local: true, why: why ? `${lead}; ${why}` : lead });

    // A long paragraph (a speech's or a PDF's run-on block) makes further points where it takes further positions.
    const extra = sentences
      .filter((s) => s !== main && !kept.has(s) && !ignored(s) && !s.cues.question && stance(s).score >= MIN_EXTRA_STANCE)
      .sort((a, b) => stance(b).score - stance(a).score || a.start - b.start)
      .slice(0, Math.floor(sentences.length / SENTENCES_PER_EXTRA_POINT));
    for (const s of extra) {
      const found = roleOf(s, stance(s), closing, namesEventOrTreaty(s));
      kept.set(s, { item: s, choice: { role: found.role, cue: '', score: 1 + stance(s).score }, forced: true, local: true, why: found.why ? `a further point of a long paragraph; ${found.why}` : 'a further point of a long paragraph' });
    }
  });

  if (![...kept.values()].some((c) => c.choice.role === 'thesis')) chooseImplicitThesis(kept, introduction, stance);
}

/**
 * A paragraph's main sentence: the one taking the clearest position, its opening (topic) sentence on
 * a near tie; never a question, a fragment or a courtesy. Undefined for a paragraph of those only.
 */
export function mainSentence(sentences: readonly SentenceItem[], stance: (s: SentenceItem) => Stance = (s) => stanceOf(s.clean)): SentenceItem | undefined {
  let main: SentenceItem | undefined;
  let best = -Infinity;
  for (const s of sentences) {
    if (s.cues.question || wordCount(s.clean) < 5 || isCeremonial(s.clean)) continue;
    const score = stance(s).score + (s.first ? OPENING_BONUS : 0);
    if (score > best) {
      best = score;
      main = s;
    }
  }
  return main;
}

function isAnchor(candidate: Candidate | undefined): boolean {
  const role = candidate?.choice.role;
  return role === 'claim' || role === 'thesis' || role === 'conclusion' || role === 'reason';
}

/**
 * A main sentence's role, from its content and its place: a view set aside is a counter-claim, a
 * report of what happened (figures, a citation, or past tense with a date or a named event) evidence,
 * a ground a reason, a summing-up or the paper's end a conclusion; any other position a claim.
 */
function roleOf(item: SentenceItem, stance: Stance, closing: boolean, namesEvent: boolean): { role: SentenceRole; why: string } {
  const text = item.clean;
  const position = stance.cue ? `takes a position ("${stance.cue}")` : '';
  if (SET_ASIDE.test(text)) return { role: 'counterclaim', why: `sets a view aside ("${SET_ASIDE.exec(text)![0]}")` };
  const evidence = Math.max(0, ...item.cues.hits.filter((h) => h.role === 'evidence').map((h) => h.strength));
  if (evidence >= 2.5 && stance.score < 1) return { role: 'evidence', why: 'reports facts (figures, a citation or a quotation)' };
  // A paragraph's opening report is its topic (a historian's claim); a later one supports it.
  if (!item.first && stance.score < 1 && PAST.test(text) && (YEAR.test(text) || namesEvent)) return { role: 'evidence', why: 'reports what happened (past tense, with a date or a named event or treaty)' };
  const reason = REASON.exec(text);
  if (reason) return { role: 'reason', why: `gives a ground ("${reason[0].trim()}")` };
  if ((item.inConclusion || closing) && (stance.score > 0 || item.last)) {
    const where = closing ? 'closes the paper' : 'stands in the conclusion';
    return { role: 'conclusion', why: position ? `${where} and ${position}` : where };
  }
  if (SUMMING.test(text) && stance.score > 0) return { role: 'conclusion', why: `draws the point together ("${SUMMING.exec(text)![0].replace(/,$/, '')}")` };
  return { role: 'claim', why: position };
}

/** The paper's implicit thesis: the claim of the introduction that takes the clearest position. */
function chooseImplicitThesis(kept: Map<SentenceItem, Candidate>, introductionEnd: number, stance: (s: SentenceItem) => Stance): void {
  let best: Candidate | undefined;
  let bestScore = 0;
  for (const candidate of kept.values()) {
    if (candidate.choice.role !== 'claim' || candidate.item.start >= introductionEnd || candidate.item.inAbstract) continue;
    const score = stance(candidate.item).score;
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  if (!best || bestScore < 1) return;
  const cue = stance(best.item).cue ?? '';
  kept.set(best.item, { ...best, choice: { ...best.choice, role: 'thesis' }, forced: true, why: `the clearest position taken in the introduction ("${cue}"): the paper's implicit thesis` });
}

export function paragraphsOf(items: readonly Item[]): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let current: SentenceItem[] = [];
  const close = (): void => {
    if (current.length > 0) paragraphs.push({ sentences: current, words: current.reduce((n, s) => n + wordCount(s.clean), 0) });
    current = [];
  };
  for (const item of items) {
    if (item.kind !== 'sentence') continue;
    if (current.length > 0 && current[0].paragraph !== item.paragraph) close();
    current.push(item);
  }
  close();
  return paragraphs;
}

/**
 * Where the introduction ends: at the first heading after the text has begun (a title and an
 * "Introduction" heading come before it), or after the first share of paragraphs, whichever is first.
 */
function introductionEnd(items: readonly Item[], paragraphs: readonly Paragraph[]): number {
  const count = Math.max(2, Math.ceil(paragraphs.length * INTRODUCTION_SHARE));
  const byShare = count < paragraphs.length ? paragraphs[count].sentences[0].start : Infinity;
  const firstSentence = items.findIndex((i) => i.kind === 'sentence');
  const nextSection = firstSentence < 0 ? undefined : items.slice(firstSentence).find((i) => i.kind === 'section');
  return Math.min(byShare, nextSection ? nextSection.start : Infinity);
}
