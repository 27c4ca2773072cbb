import { connectorLength } from './connectors';
import type { Attribution, HitSink } from './cueTypes';

/**
 * Counter-claim cues: positions the author attributes to others in order to answer them.
 */
export const GROUP_NOUNS = new Set([
  'scholars', 'scholar', 'analysts', 'analyst', 'observers', 'observer', 'critics', 'critic', 'commentators', 'experts',
  'pundits', 'realists', 'neorealists', 'liberals', 'constructivists', 'idealists', 'writers', 'authors', 'researchers',
  'skeptics', 'sceptics', 'advocates', 'supporters', 'proponents', 'opponents', 'theorists', 'historians',
  'economists', 'detractors', 'hawks', 'doves', 'optimists', 'pessimists', 'others', 'officials', 'politicians',
  'strategists', 'academics', 'specialists', 'sinologists', 'voices', 'camp', 'school',
]);
export const QUANTIFIERS = new Set(['some', 'many', 'several', 'other', 'certain', 'most', 'few', 'numerous', 'various', 'one']);
const QUANTIFIER_SUBJECTS = new Set(['some', 'many', 'others']);
export const REPORT_VERBS = new Set([
  'argue', 'argues', 'argued', 'claim', 'claims', 'claimed', 'insist', 'insists', 'insisted', 'believe', 'believes',
  'believed', 'contend', 'contends', 'contended', 'maintain', 'maintains', 'maintained', 'suggest', 'suggests',
  'suggested', 'assert', 'asserts', 'asserted', 'think', 'thinks', 'thought', 'hold', 'holds', 'held', 'warn',
  'warns', 'warned', 'consider', 'considers', 'considered', 'point', 'points', 'pointed', 'deem', 'deems', 'deemed',
  'predict', 'predicts', 'predicted', 'fear', 'fears', 'feared', 'allege', 'alleges', 'alleged', 'posit', 'posits',
  'posited', 'say', 'says', 'said', 'conclude', 'concludes', 'concluded', 'clarify', 'clarifies', 'clarified',
  'object', 'objects', 'objected', 'counter', 'counters', 'countered', 'doubt', 'doubts', 'doubted', 'dismiss',
  'dismisses', 'dismissed', 'reject', 'rejects', 'rejected', 'favour', 'favor', 'favours', 'favors',
  'reply', 'replies', 'replied', 'respond', 'responds', 'responded', 'retort', 'retorts', 'retorted', 'complain',
  'complains', 'complained', 'charge', 'charges', 'charged', 'protest', 'protests', 'protested',
]);
/** A cheap test before tokenizing: does any reporting verb's stem occur at all? */
const REPORT_VERB_HINT = /\b(?:argu|claim|insist|believ|contend|maintain|suggest|assert|think|thought|hold|held|warn|consider|point|deem|predict|fear|alleg|posit|say|said|conclud|clarif|object|counter|doubt|dismiss|reject|favou?r|repl|respond|retort|complain|charge|protest)/i;
const NOT_A_HOLDER = new Set(['this', 'that', 'it', 'which', 'what', 'there', 'here', 'the', 'a', 'an', 'table', 'figure', 'i', 'we']);
export const IMPERSONAL =
  /^it\s+(?:is|has\s+been|was|could\s+be|might\s+be|may\s+be|can\s+be)\s+(?:often\s+|commonly\s+|widely\s+|frequently\s+|sometimes\s+|generally\s+|usually\s+|also\s+|long\s+|repeatedly\s+|increasingly\s+)?(?:argued|claimed|believed|assumed|said|suggested|held|thought|supposed|asserted|contended|objected|maintained|alleged|feared)\b/i;
export const HYPOTHETICAL = /^(?:one|some|many|others|critics|sceptics|skeptics)\s+(?:might|could|may|would|will)\s+(?:argue|object|claim|say|contend|counter|respond|insist)\b/i;
/** Conceding the other side's point before answering it. */
export const CONCESSION =
  /^(?:it\s+is\s+true\s+that|admittedly|granted\s*,|to\s+be\s+sure|it\s+must\s+be\s+admitted\s+that|it\s+cannot\s+be\s+denied\s+that|(?:that|this)\s+may\s+(?:well\s+)?be\s+(?:true|so|right)|there\s+is\s+(?:some\s+)?truth\s+in)/i;
const VIEWPOINT =
  /^(?:in\s+the\s+(?:opinion|eyes|view|mind|minds)\s+of|from\s+the\s+(?:perspectives?|viewpoints?|point\s+of\s+view|standpoint)\s+of|in\s+(?:their|his|her)\s+(?:opinion|view|eyes))\s*([^,]{0,60}),\s*/i;

/** Whose view a viewpoint frame reports: others (scholars, the media), not a capital's interests. */
const VIEW_HOLDER =
  /\b(?:scholars?|analysts?|observers?|critics?|commentators|experts?|pundits?|realists|liberals|theorists|historians|media|press|countries|governments|elites?|circles|community|west|westerners|advocates|supporters|proponents|opponents|skeptics|sceptics|their|his|her)\b/i;

/**
 * Positions attributed to others: "Some Chinese scholars argued that", "Critics point out",
 * "It is often argued", "In the eyes of western media", "Zhang considers that".
 */
export function findCounterclaim(sentence: string, open: number, hit: HitSink): Attribution | undefined {
  const rest = sentence.slice(open);
  const impersonal = IMPERSONAL.exec(rest) ?? HYPOTHETICAL.exec(rest);
  if (impersonal) {
    hit('counterclaim', impersonal[0], 3, true);
    return { holder: '', contentStart: open + impersonal[0].length + thatLength(rest.slice(impersonal[0].length)) };
  }
  const concession = CONCESSION.exec(rest);
  if (concession) {
    hit('counterclaim', concession[0].replace(/\s*,$/, ''), 2, true);
    return undefined;
  }
  const view = VIEWPOINT.exec(rest);
  if (view && VIEW_HOLDER.test(view[1] || view[0])) {
    hit('counterclaim', view[0].replace(/,\s*$/, ''), 2, true);
    const after = open + view[0].length;
    return { holder: view[1].trim(), contentStart: after + connectorLength(sentence.slice(after)) };
  }
  if (!REPORT_VERB_HINT.test(sentence)) return undefined;
  const words = tokenize(sentence);
  const first = firstWordAfter(words, open);
  for (let v = 1; v < Math.min(words.length, 40); v++) {
    const verb = words[v].lower;
    if (!REPORT_VERBS.has(verb)) continue;
    const pointOut = verb.startsWith('point');
    if (pointOut && words[v + 1]?.lower !== 'out') continue;
    const verbEnd = words[pointOut ? v + 1 : v].end;
    const that = /^\s*,?\s*that\b\s*/i.exec(sentence.slice(verbEnd, verbEnd + 8));
    // Without "that" the content is not a clause of its own ("insist on the necessity"): no holder split.
    const report: Report = { sentence, words, verb: v, verbEnd, first, open, contentStart: that ? verbEnd + that[0].length : -1 };
    const found = groupHolder(report, hit) ?? namedHolder(report, !!that, hit);
    if (found) return found === NO_SPLIT ? undefined : found;
  }
  return undefined;
}

/** A reporting verb in its sentence, as the holder finders need it. */
interface Report {
  readonly sentence: string;
  readonly words: readonly Word[];
  /** Index of the verb among the words. */
  readonly verb: number;
  readonly verbEnd: number;
  /** Index of the first word after the sentence's connectors, and where they end. */
  readonly first: number;
  readonly open: number;
  /** Where the reported clause starts (after "that"), or -1. */
  readonly contentStart: number;
}

/** Found a counter-claim, but its label keeps the whole sentence. */
const NO_SPLIT: Attribution = { holder: '', contentStart: -1 };

/** A group of others before the verb: "some (Chinese) scholars argue", "critics point out", "others claim". */
function groupHolder(r: Report, hit: HitSink): Attribution | undefined {
  const { words, verb: v, first } = r;
  for (let g = v - 1; g >= Math.max(0, v - 7); g--) {
    const word = words[g].lower;
    if (word === 'i' || word === 'we') return undefined;
    const bare = QUANTIFIER_SUBJECTS.has(word) && g === v - 1;
    if (!bare && !GROUP_NOUNS.has(word)) continue;
    let from = g;
    for (let q = g - 1; q >= Math.max(0, g - 4); q--) if (QUANTIFIERS.has(words[q].lower)) from = q;
    // Without a quantifier the group must be the subject at the sentence's start ("Critics argue").
    if (!bare && from === g && g > first + 3) continue;
    const atStart = from <= first + 1 || g <= first + 3;
    hit('counterclaim', r.sentence.slice(words[from].start, r.verbEnd), 3, atStart);
    if (r.contentStart < 0) return NO_SPLIT;
    // The holder without an adverb before the verb ("scholars strongly insist").
    let h = v;
    while (h > 1 && /^\p{Ll}+ly$/u.test(words[h - 1].text)) h--;
    const holderStart = atStart ? words[first].start : words[from].start;
    return { holder: r.sentence.slice(holderStart, words[h].start).trim(), contentStart: r.contentStart };
  }
  return undefined;
}

/** A named holder: "Zhang considers that"; "He claims" continues an attribution already shown. */
function namedHolder(r: Report, that: boolean, hit: HitSink): Attribution | undefined {
  const subject = r.words[r.verb - 1];
  if (!subject || NOT_A_HOLDER.has(subject.lower)) return undefined;
  const pronoun = /^(?:he|she|they)$/.test(subject.lower);
  if (!pronoun && !/^\p{Lu}/u.test(subject.text)) return undefined;
  if (!that && !/s$/.test(r.words[r.verb].lower)) return undefined;
  hit('counterclaim', r.sentence.slice(subject.start, r.verbEnd), pronoun ? 1.25 : 1.5, subject.start <= r.open + 1);
  if (pronoun || r.contentStart < 0) return NO_SPLIT;
  return { holder: subject.text, contentStart: r.contentStart };
}

interface Word {
  readonly text: string;
  readonly lower: string;
  readonly start: number;
  readonly end: number;
}

const WORD = /[\p{L}][\p{L}'’-]*/gu;

function tokenize(sentence: string): Word[] {
  const words: Word[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(sentence); m; m = WORD.exec(sentence)) {
    words.push({ text: m[0], lower: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length });
    if (words.length >= 60) break;
  }
  return words;
}

function firstWordAfter(words: readonly Word[], offset: number): number {
  const i = words.findIndex((w) => w.start >= offset);
  return i < 0 ? 0 : i;
}

/** Length of a following " that" (with its spaces), or of the spaces alone. */
function thatLength(after: string): number {
  return /^\s*(?:,\s*)?(?:that\b\s*)?/i.exec(after)?.[0].length ?? 0;
}
