import type { SentenceRole } from './types';

/**
 * The lexical cue families of argumentative prose, read from one sentence's clean text. Every
 * pattern is anchored or built from literal alternatives with bounded repeats, so matching is
 * linear in the sentence; only the first `MAX_CUE_TEXT` characters are read.
 */
export type CueFamily = Exclude<SentenceRole, 'reason'>;

export interface CueHit {
  readonly role: CueFamily;
  /** The words that triggered it, as written ("Some Chinese scholars argued", "For instance"). */
  readonly cue: string;
  readonly strength: number;
  /** Found at the sentence's opening (after connectors like "However,"). */
  readonly opener: boolean;
}

/** "Secondly," "(2)", "Finally,": a sentence that opens as an item of an enumeration. */
export interface OrdinalCue {
  readonly cue: string;
  /** 1-based position; `last` for "Finally"/"Lastly". */
  readonly n: number | 'last';
}

/** "there are four reasons", "as follows": the sentence announces an enumeration. */
export interface AnnouncementCue {
  readonly cue: string;
  readonly count?: number;
}

/** Who holds an attributed position and what it is, for a counter-claim's label. */
export interface Attribution {
  readonly holder: string;
  /** Offset in the clean text where the attributed content starts. */
  readonly contentStart: number;
}

export interface SentenceCues {
  readonly hits: readonly CueHit[];
  readonly ordinal?: OrdinalCue;
  readonly announcement?: AnnouncementCue;
  readonly attribution?: Attribution;
  readonly endsWithColon: boolean;
}

export interface CueContext {
  /** The sentence has footnote markers. */
  readonly hasNotes: boolean;
  /** The sentence lies in a section headed "Conclusion" or the like. */
  readonly inConclusion: boolean;
}

export const MAX_CUE_TEXT = 400;

/** Discourse connectors stripped before looking for an opening cue ("However, it is clear that"). */
const CONNECTOR =
  /^(?:(?:and|but|yet|so|or)\s+|(?:however|moreover|furthermore|nevertheless|nonetheless|meanwhile|besides|additionally|in addition|still|then|now|rather|instead|again|also|here|similarly|likewise|at the same time|on the other hand|by contrast|in contrast|in turn|generally speaking|strictly speaking|historically|simultaneously|first and foremost)\s*,\s*)/i;
const TAG = /^\[[^\]]{1,30}\]\s*/;

/** Strips leading connectors; returns how many characters they took. */
export function connectorLength(text: string): number {
  let at = 0;
  const tag = TAG.exec(text);
  if (tag) at = tag[0].length;
  for (let i = 0; i < 3; i++) {
    const match = CONNECTOR.exec(text.slice(at, at + 40));
    if (!match) break;
    at += match[0].length;
  }
  return at;
}

// ---- Enumerations --------------------------------------------------------------------------------

const ORDINAL_WORDS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
const ORDINAL =
  /^(?:(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)(ly)?(\s+of\s+all)?(\s*,)?|(finally\s*,|lastly\b|last\s+but\s+not\s+least\b)|in\s+the\s+(first|second|third|fourth|fifth)\s+place\b|(to\s+begin\s+with)\b|\((\d{1,2}|[a-h]|i{1,3}|iv|vi{0,3}|ix|x)\)|(\d{1,2}|[a-h])\))/i;
const ROMAN: Readonly<Record<string, number>> = { i: 1, ii: 2, iii: 3, iv: 4, v: 5, vi: 6, vii: 7, viii: 8, ix: 9, x: 10 };

/** The enumeration marker a sentence opens with, if any. */
export function findOrdinal(text: string): OrdinalCue | undefined {
  const lead = /^(?:and\s+)?/i.exec(text)?.[0].length ?? 0;
  const match = ORDINAL.exec(text.slice(lead, lead + 40));
  if (!match) return undefined;
  const cue = match[0].replace(/\s*,$/, '').trim();
  if (match[1]) {
    // "First," "Firstly", "First of all", but not "First World War" or "Second, larger wave" misreads.
    if (!match[2] && !match[3] && !match[4]) return undefined;
    return { cue, n: ORDINAL_WORDS.indexOf(match[1].toLowerCase()) + 1 };
  }
  if (match[5]) return { cue, n: 'last' };
  if (match[6]) return { cue, n: ORDINAL_WORDS.indexOf(match[6].toLowerCase()) + 1 };
  if (match[7]) return { cue, n: 1 };
  const mark = (match[8] ?? match[9]).toLowerCase();
  return { cue, n: markerNumber(mark) };
}

/** 1-based value of an enumeration mark: "2" -> 2, "b" -> 2, "iii" -> 3. */
export function markerNumber(mark: string): number {
  const lower = mark.toLowerCase();
  if (/^\d+$/.test(lower)) return Number(lower);
  if (lower in ROMAN) return ROMAN[lower];
  return lower.charCodeAt(0) - 96;
}

const COUNT_WORDS: Readonly<Record<string, number>> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7 };
const ANNOUNCE_LIST =
  /\b(?:(the\s+following)|(two|three|four|five|six|seven|several|a\s+few|a\s+number\s+of|multiple)(?:\s+(?:main|key|major|principal|basic|central|important|interrelated|distinct|separate|related|further))?)\s+(?:reasons|factors|arguments|grounds|considerations|causes|explanations|propositions|claims|points|lessons|objections|premises|respects)\b/i;
const ANNOUNCE_FOLLOWS = /\b(?:(two|three|four|five|six|seven)\s*,\s*)?as\s+follows\b/i;

export function findAnnouncement(text: string): AnnouncementCue | undefined {
  const follows = ANNOUNCE_FOLLOWS.exec(text);
  if (follows) {
    const count = /\b(two|three|four|five|six|seven)\b/i.exec(text.slice(Math.max(0, follows.index - 30), follows.index + follows[0].length));
    return { cue: follows[0], ...(count ? { count: COUNT_WORDS[count[1].toLowerCase()] } : {}) };
  }
  const list = ANNOUNCE_LIST.exec(text);
  if (!list) return undefined;
  const count = list[2] ? COUNT_WORDS[list[2].toLowerCase()] : undefined;
  return { cue: list[0], ...(count ? { count } : {}) };
}

// ---- Thesis --------------------------------------------------------------------------------------

const THESIS = [
  /\b(?:I|[Ww]e)\s+(?:will\s+|would\s+|shall\s+|also\s+|further\s+|therefore\s+|thus\s+)?(?:(?:want|wish|intend|aim|seek|try|hope|propose|set\s+out)\s+to\s+)?(?:argue|contend|maintain|propose|submit|suggest|show|demonstrate|claim|posit)\b/,
  /\b(?:[Tt]his|[Tt]he\s+present|[Oo]ur|[Mm]y)\s+(?:paper|article|essay|study|chapter|thesis|dissertation|analysis|contribution|book|report|note)\s+(?:argues|contends|maintains|claims|presents|proposes|advances|defends|shows|demonstrates|suggests|holds|posits|develops)\b/,
  /\b(?:[Tt]he|[Mm]y|[Oo]ur)\s+(?:main\s+|central\s+|primary\s+|overall\s+)?(?:aim|purpose|goal|objective|argument|thesis|contention|claim)\s+(?:of|in)\s+(?:this|the\s+present)\s+(?:paper|article|essay|study|chapter|thesis)\s+is\b/,
  /\b(?:[Mm]y|[Oo]ur)\s+(?:main\s+|central\s+|core\s+)?(?:argument|thesis|claim|contention)\s+is\b/,
];

// ---- Conclusion ----------------------------------------------------------------------------------

/** Summing up the argument so far: closes an open "Firstly ... Finally" series. */
const CONCLUSION_CLOSING =
  /^(?:in\s+sum|in\s+summary|to\s+sum\s+up|summing\s+up|to\s+summari[sz]e|in\s+conclusion|to\s+conclude|all\s+in\s+all|in\s+the\s+final\s+analysis|on\s+balance|taken\s+together|overall\s*,|it\s+can\s+(?:thus\s+|therefore\s+|then\s+)?be\s+concluded|we\s+can\s+(?:thus\s+|therefore\s+)?conclude|this\s+leads\s+(?:me|us)\s+to\s+conclude)\b/i;
/** Summing up a paragraph or a reason ("In one word", "In short"). */
const CONCLUSION_LOCAL = /^(?:in\s+a\s+word|in\s+one\s+word|in\s+short|in\s+brief|to\s+put\s+it\s+(?:briefly|simply))\b/i;
const CONCLUSION_MEDIUM =
  /^(?:therefore|thus|hence|consequently|accordingly|as\s+a\s+(?:result|consequence)|it\s+follows\s+that|for\s+all\s+(?:these\s+reasons|this|that)|for\s+these\s+reasons)\b/i;
const CONCLUSION_RECAP =
  /^(?:this|the\s+present)\s+(?:paper|article|study|essay|chapter)\s+(?:has\s+)?(?:introduced|introduces|examined|examines|analy[sz]ed|analy[sz]es|shown|shows|demonstrated|demonstrates|argued|argues|explored|explores|discussed|discusses|reviewed|reviews|traced|traces)\b/i;

// ---- Counter-claims ------------------------------------------------------------------------------

const GROUP_NOUNS = new Set([
  'scholars', 'scholar', 'analysts', 'analyst', 'observers', 'observer', 'critics', 'critic', 'commentators', 'experts',
  'pundits', 'realists', 'neorealists', 'liberals', 'constructivists', 'idealists', 'writers', 'authors', 'researchers',
  'skeptics', 'sceptics', 'advocates', 'supporters', 'proponents', 'opponents', 'theorists', 'historians',
  'economists', 'detractors', 'hawks', 'doves', 'optimists', 'pessimists', 'others', 'officials', 'politicians',
  'strategists', 'academics', 'specialists', 'sinologists', 'voices', 'camp', 'school',
]);
const QUANTIFIERS = new Set(['some', 'many', 'several', 'other', 'certain', 'most', 'few', 'numerous', 'various', 'one']);
const QUANTIFIER_SUBJECTS = new Set(['some', 'many', 'others']);
const REPORT_VERBS = new Set([
  'argue', 'argues', 'argued', 'claim', 'claims', 'claimed', 'insist', 'insists', 'insisted', 'believe', 'believes',
  'believed', 'contend', 'contends', 'contended', 'maintain', 'maintains', 'maintained', 'suggest', 'suggests',
  'suggested', 'assert', 'asserts', 'asserted', 'think', 'thinks', 'thought', 'hold', 'holds', 'held', 'warn',
  'warns', 'warned', 'consider', 'considers', 'considered', 'point', 'points', 'pointed', 'deem', 'deems', 'deemed',
  'predict', 'predicts', 'predicted', 'fear', 'fears', 'feared', 'allege', 'alleges', 'alleged', 'posit', 'posits',
  'posited', 'say', 'says', 'said', 'conclude', 'concludes', 'concluded', 'clarify', 'clarifies', 'clarified',
  'object', 'objects', 'objected', 'counter', 'counters', 'countered', 'doubt', 'doubts', 'doubted', 'dismiss',
  'dismisses', 'dismissed', 'reject', 'rejects', 'rejected', 'favour', 'favor', 'favours', 'favors',
]);
/** A cheap test before tokenizing: does any reporting verb's stem occur at all? */
const REPORT_VERB_HINT = /\b(?:argu|claim|insist|believ|contend|maintain|suggest|assert|think|thought|hold|held|warn|consider|point|deem|predict|fear|alleg|posit|say|said|conclud|clarif|object|counter|doubt|dismiss|reject|favou?r)/i;
const NOT_A_HOLDER = new Set(['this', 'that', 'it', 'which', 'what', 'there', 'here', 'the', 'a', 'an', 'table', 'figure', 'i', 'we']);
const IMPERSONAL =
  /^it\s+(?:is|has\s+been|was|could\s+be|might\s+be|may\s+be|can\s+be)\s+(?:often\s+|commonly\s+|widely\s+|frequently\s+|sometimes\s+|generally\s+|usually\s+|also\s+|long\s+|repeatedly\s+|increasingly\s+)?(?:argued|claimed|believed|assumed|said|suggested|held|thought|supposed|asserted|contended|objected|maintained|alleged|feared)\b/i;
const HYPOTHETICAL = /^(?:one|some|many|others|critics|sceptics|skeptics)\s+(?:might|could|may|would|will)\s+(?:argue|object|claim|say|contend|counter|respond|insist)\b/i;
/** Conceding the other side's point before answering it. */
const CONCESSION = /^(?:it\s+is\s+true\s+that|admittedly|granted\s*,|to\s+be\s+sure|it\s+must\s+be\s+admitted\s+that|it\s+cannot\s+be\s+denied\s+that)/i;
const VIEWPOINT =
  /^(?:in\s+the\s+(?:opinion|eyes|view|mind|minds)\s+of|from\s+the\s+(?:perspectives?|viewpoints?|point\s+of\s+view|standpoint)\s+of|in\s+(?:their|his|her)\s+(?:opinion|view|eyes))\s*([^,]{0,60}),\s*/i;

/** Whose view a viewpoint frame reports: others (scholars, the media), not a capital's interests. */
const VIEW_HOLDER =
  /\b(?:scholars?|analysts?|observers?|critics?|commentators|experts?|pundits?|realists|liberals|theorists|historians|media|press|countries|governments|elites?|circles|community|west|westerners|advocates|supporters|proponents|opponents|skeptics|sceptics|their|his|her)\b/i;

// ---- Evidence ------------------------------------------------------------------------------------

const EVIDENCE_OPENER =
  /^(?:for\s+(?:instance|example)|according\s+to|e\.\s?g\.|as\s+an\s+example|to\s+illustrate|by\s+way\s+of\s+(?:example|illustration)|as\s+evidence|data\s+from|a\s+(?:recent\s+)?(?:survey|poll|study|report)\s+(?:by|from|of))\b/i;
const EVIDENCE_AS_AUTHOR =
  /^As\s+(?:[\p{Lu}][\p{L}'’.-]*\s+){1,4}(?:points?\s+out|pointed\s+out|notes?|noted|observes?|observed|shows?|showed|writes?|wrote|puts\s+it|states?|stated|reports?|reported|remarks?|remarked|explains?|explained|reminds\s+us)\b/u;
const STATISTICS =
  /\b(?:statistics|data|figures|surveys?|polls?|studies|evidence|estimates|numbers)\s+(?:show|shows|showed|suggest|suggests|suggested|indicate|indicates|indicated|reveal|reveals|revealed|demonstrate|demonstrates|confirm|confirms)\b/i;
const FIGURE = /\d[\d,.]*\s?(?:%|per\s?cent\b|percent\b)|[$€£¥]\s?\d|\b\d[\d,.]*\s+(?:billion|million|trillion)\b/i;
const CITATION = /\([\p{Lu}][\p{L}'’-]+(?:\s+(?:and|&)\s+[\p{Lu}][\p{L}'’-]+|\s+et\s+al\.)?,?\s+(?:1[89]|20)\d\d[a-z]?(?:[:,]\s?(?:p\.\s?)?\d+(?:[-–]\d+)?)?\)|\[\d{1,3}(?:[,–-]\s?\d{1,3})*\]/u;
const QUOTATION = /[“"«„]([^”"»“]{30,})[”"»“]/;
/** Someone's words reported as such ("states that «...»", "wrote: “...”"). */
const REPORTED_SPEECH = /\b(?:states?|stated|said|says|wrote|writes|declared|declares|proclaimed|stressed|emphasi[sz]ed|put\s+it|in\s+the\s+words\s+of)\b/i;
const YEAR = /\b(?:1[89]|20)\d\d\b/;

// ---- Claims --------------------------------------------------------------------------------------

const CLAIM_OPENER_STRONG =
  /^(?:obviously|clearly|evidently|undoubtedly|certainly|surely|in\s+other\s+words|most\s+importantly|above\s+all|crucially|it\s+must\s+be\s+(?:emphasi[sz]ed|stressed|noted|underlined|recogni[sz]ed|acknowledged|borne\s+in\s+mind|taken\s+into\s+account)|let\s+(?:me|us)\s+(?:emphasi[sz]e|stress|note|be\s+clear)|what\s+is\s+(?:most\s+|more\s+|really\s+|particularly\s+)?(?:important|crucial|clear|striking|certain|significant|remarkable|needed|necessary|missing|at\s+stake))\b/i;
const CLAIM_OPENER_WEAK = /^(?:indeed|in\s+fact|of\s+course|importantly|significantly|notably|truly|in\s+reality|actually)\b/i;
const CLAIM_IT_IS =
  /\bit\s+is\s+(?:\w+\s+)?(?:clear|obvious|evident|apparent|undeniable|certain|plain|important|crucial|critical|essential|necessary|vital|imperative|noteworthy|worth\s+noting|beyond\s+doubt|not\s+imperative|difficult\s+to\s+(?:see|deny|imagine))\b/i;
const CLAIM_MODAL = /\b(?:must|should|ought\s+to|cannot|can\s+not|need\s+to|has\s+to|have\s+to)\b/i;
const CLAIM_ADVERB = /\b(?:obviously|clearly|undoubtedly|apparently|evidently|certainly|inevitably|definitely|necessarily|undeniably)\b/i;

/** Every cue in one sentence. `text` is the sentence's clean text (see sentenceText). */
export function findCues(text: string, context: CueContext): SentenceCues {
  const sentence = text.length > MAX_CUE_TEXT ? text.slice(0, MAX_CUE_TEXT) : text;
  const open = connectorLength(sentence);
  const rest = sentence.slice(open);
  const hits: CueHit[] = [];
  const hit = (role: CueFamily, cue: string, strength: number, opener: boolean): void => {
    hits.push({ role, cue: cue.trim(), strength, opener });
  };

  for (const pattern of THESIS) {
    const m = pattern.exec(sentence);
    if (m) {
      hit(context.inConclusion ? 'conclusion' : 'thesis', m[0], 3, m.index <= open);
      break;
    }
  }

  const closing = CONCLUSION_CLOSING.exec(rest);
  if (closing) hit('conclusion', closing[0].replace(/\s*,$/, ''), 3, true);
  const local = CONCLUSION_LOCAL.exec(rest);
  if (local) hit('conclusion', local[0], 2, true);
  // "Thus," in mid-paragraph is a step in reasoning; at a paragraph's end it concludes (see roles.ts).
  const medium = CONCLUSION_MEDIUM.exec(rest);
  if (medium) hit('conclusion', medium[0], 1.25, true);
  if (context.inConclusion) {
    const recap = CONCLUSION_RECAP.exec(rest);
    if (recap) hit('conclusion', recap[0], 2.5, true);
  }

  const attribution = findCounterclaim(sentence, open, hit);

  const example = EVIDENCE_OPENER.exec(rest) ?? EVIDENCE_AS_AUTHOR.exec(rest);
  if (example) hit('evidence', example[0], 3, true);
  else findInnerEvidence(sentence, context, hit);

  const claimOpener = CLAIM_OPENER_STRONG.exec(rest);
  if (claimOpener) hit('claim', claimOpener[0], 2, true);
  else {
    const weak = CLAIM_OPENER_WEAK.exec(rest);
    if (weak) hit('claim', weak[0], 0.75, true);
  }
  const itIs = CLAIM_IT_IS.exec(sentence);
  if (itIs) hit('claim', itIs[0], 2, itIs.index <= open);
  else {
    const modal = CLAIM_MODAL.exec(sentence);
    const adverb = claimOpener ? null : CLAIM_ADVERB.exec(sentence);
    if (modal && adverb) hit('claim', `${adverb[0]} … ${modal[0]}`, 1.5, false);
    else if (modal) hit('claim', modal[0], 1, false);
    else if (adverb) hit('claim', adverb[0], 1, false);
  }

  const ordinal = findOrdinal(rest) ?? findOrdinal(sentence);
  const announcement = findAnnouncement(sentence);
  return {
    hits,
    ...(ordinal ? { ordinal } : {}),
    ...(announcement ? { announcement } : {}),
    ...(attribution ? { attribution } : {}),
    endsWithColon: /:\s*$/.test(text),
  };
}

/**
 * Positions attributed to others: "Some Chinese scholars argued that", "Critics point out",
 * "It is often argued", "In the eyes of western media", "Zhang considers that".
 */
function findCounterclaim(
  sentence: string,
  open: number,
  hit: (role: CueFamily, cue: string, strength: number, opener: boolean) => void,
): Attribution | undefined {
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
  const limit = Math.min(words.length, 40);
  for (let v = 1; v < limit; v++) {
    const verb = words[v].lower;
    if (!REPORT_VERBS.has(verb)) continue;
    if ((verb === 'point' || verb === 'points' || verb === 'pointed') && words[v + 1]?.lower !== 'out') continue;
    const verbEnd = words[verb.startsWith('point') ? v + 1 : v].end;
    const that = /^\s*,?\s*that\b\s*/i.exec(sentence.slice(verbEnd, verbEnd + 8));
    // Without "that" the content is not a clause of its own ("insist on the necessity"): no holder split.
    const content = that ? verbEnd + that[0].length : -1;
    const holderEnd = (v0: number): number => {
      let h = v0;
      while (h > 1 && /^\p{Ll}+ly$/u.test(words[h - 1].text)) h--;
      return words[h].start;
    };
    // A group of others: "some (Chinese) scholars argue", "critics point out", "others claim".
    const first = firstWordAfter(words, open);
    for (let g = v - 1; g >= Math.max(0, v - 7); g--) {
      const word = words[g].lower;
      if (word === 'i' || word === 'we') break;
      const bare = QUANTIFIER_SUBJECTS.has(word) && g === v - 1;
      if (!bare && !GROUP_NOUNS.has(word)) continue;
      let from = g;
      for (let q = g - 1; q >= Math.max(0, g - 4); q--) if (QUANTIFIERS.has(words[q].lower)) from = q;
      // Without a quantifier the group must be the subject at the sentence's start ("Critics argue").
      if (!bare && from === g && g > first + 3) continue;
      const atStart = from <= first + 1 || g <= first + 3;
      const holderStart = atStart ? words[first].start : words[from].start;
      hit('counterclaim', sentence.slice(words[from].start, verbEnd), 3, atStart);
      return content < 0 ? undefined : { holder: sentence.slice(holderStart, holderEnd(v)).trim(), contentStart: content };
    }
    // A named holder: "Zhang considers that", "He claims that".
    const subject = words[v - 1];
    const named = subject && !NOT_A_HOLDER.has(subject.lower) && (/^\p{Lu}/u.test(subject.text) || /^(?:he|she|they)$/.test(subject.lower));
    if (named && (that || /s$/.test(verb))) {
      hit('counterclaim', sentence.slice(subject.start, verbEnd), 1.5, subject.start <= open + 1);
      return content < 0 ? undefined : { holder: subject.text, contentStart: content };
    }
  }
  return undefined;
}

function findInnerEvidence(sentence: string, context: CueContext, hit: (role: CueFamily, cue: string, strength: number, opener: boolean) => void): void {
  const statistics = STATISTICS.exec(sentence);
  if (statistics) {
    hit('evidence', statistics[0], 3, false);
    return;
  }
  let strength = 0;
  let cue = '';
  const take = (found: RegExpExecArray | null, weight: number): void => {
    if (!found) return;
    strength += weight;
    if (!cue) cue = found[0].length > 40 ? `${found[0].slice(0, 39)}…` : found[0];
  };
  take(CITATION.exec(sentence), 2);
  take(FIGURE.exec(sentence), 2.5);
  const quotation = QUOTATION.exec(sentence);
  if (quotation) {
    take(quotation, quotation[1].length >= 60 ? 2.5 : 1.5);
    if (REPORTED_SPEECH.test(sentence.slice(0, quotation.index))) strength += 0.75;
  }
  if (context.hasNotes) {
    strength += 1;
    cue ||= 'footnote';
  }
  if (strength > 0) take(YEAR.exec(sentence), 0.5);
  if (strength > 0) hit('evidence', cue, Math.min(strength, 3), false);
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
