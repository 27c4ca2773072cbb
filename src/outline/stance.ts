/**
 * Stance: how strongly a sentence takes a position of its own, read from how people argue rather
 * than from announcements ("I believe", "we must", "it is a mistake to", "the real problem is",
 * "no state can"). A paragraph's main sentence is the one with the most stance, its opening sentence
 * winning ties (see paragraphClaims.ts); the strongest stance of the introduction is the implicit
 * thesis. Each signal is one family of the documented cue lexicon (src/outline/README.md).
 */

export interface StanceSignal {
  readonly family: StanceFamily;
  readonly pattern: RegExp;
  readonly strength: number;
}

export type StanceFamily = 'first-person' | 'exhortation' | 'commitment' | 'evaluation' | 'focus' | 'obligation' | 'generalisation' | 'denial';

/** The stance signals, strongest first. Patterns read the sentence's clean text; all are linear. */
export const STANCE_SIGNALS: readonly StanceSignal[] = [
  {
    family: 'first-person',
    pattern:
      /\b(?:I|[Ww]e)\s+(?:firmly\s+|strongly\s+|do\s+|still\s+|also\s+|therefore\s+)?(?:believe|think|hold|contend|maintain|submit|doubt|fear|reject|insist|recommend|urge|propose|am\s+(?:convinced|persuaded|certain|sure|confident)|are\s+(?:convinced|persuaded|certain|sure|confident)|call\s+(?:on|upon|for))\b/,
    strength: 2.5,
  },
  { family: 'exhortation', pattern: /\b(?:[Ll]et\s+us|[Ll]et's|[Ww]e\s+(?:must|should|need\s+to|have\s+to|ought\s+to|cannot|can\s+no\s+longer|will\s+not))\b/, strength: 2 },
  {
    family: 'commitment',
    pattern: /\b(?:I|[Ww]e|[Mm]y\s+(?:government|country)|[Oo]ur\s+(?:government|country|nation)|[Tt]his\s+(?:government|administration))\s+(?:will|shall|intend\s+to|are\s+determined\s+to|am\s+determined\s+to|remain\s+committed\s+to|are\s+committed\s+to)\b/,
    strength: 1.5,
  },
  {
    family: 'focus',
    pattern:
      /\b(?:[Tt]he|[Oo]ur|[Tt]his)\s+(?:real|central|key|core|fundamental|basic|main|crucial|deeper|true|first|chief|greatest|most\s+important)\s+(?:problem|question|issue|point|lesson|challenge|task|danger|reason|aim|goal|priority|threat|test)\s+(?:is|was|remains|lies)\b/,
    strength: 2.5,
  },
  {
    family: 'evaluation',
    pattern:
      /\b(?:is|are|was|were|would\s+be|remains?)\s+(?:not\s+)?(?:(?:a|an)\s+)?(?:(?:particularly|deeply|entirely|simply|clearly|utterly|profoundly|very|most|all\s+too|serious|grave|great|dangerous|costly|fundamental|tragic|common)\s+)?(?:mistake|error|illusion|fallacy|myth|delusion|folly|misreading|necessity|imperative|breach|affront|violation|wrong|right|false|naive|dangerous|misguided|mistaken|essential|crucial|vital|indispensable|untenable|unwise|wise|irresponsible|self-defeating|unacceptable|intolerable|serious|grave|unjust|unfair|illegal|illegitimate|legitimate|inadmissible|no\s+accident|no\s+coincidence)\b/,
    strength: 2,
  },
  { family: 'obligation', pattern: /\b(?:must|should|ought\s+to|needs?\s+to|has\s+to|have\s+to|cannot|can\s+not|will\s+have\s+to)\b/, strength: 1 },
  {
    family: 'generalisation',
    pattern: /\b(?:[Nn]o\s+(?:nation|state|country|government|people|power|one)|[Ee]very\s+(?:nation|state|country|government|people)|[Aa]ll\s+(?:nations|states|countries|governments|peoples)|[Nn]ever|[Aa]lways)\b/,
    strength: 1,
  },
  { family: 'denial', pattern: /\b(?:is|are|was|were)\s+not\s+(?:simply|merely|only|just)\b|\bnot\s+because\b/, strength: 1 },
];

export interface Stance {
  /** The sum of the strongest signal of each family found. */
  readonly score: number;
  /** The words of the strongest signal ("I believe", "the real problem is"), for the tooltip. */
  readonly cue?: string;
  readonly family?: StanceFamily;
}

/** Only the first part of a long sentence is read: its stance is stated early. */
const MAX_STANCE_TEXT = 300;

export function stanceOf(clean: string): Stance {
  const text = clean.length > MAX_STANCE_TEXT ? clean.slice(0, MAX_STANCE_TEXT) : clean;
  let score = 0;
  let best: { cue: string; family: StanceFamily; strength: number } | undefined;
  for (const signal of STANCE_SIGNALS) {
    const match = signal.pattern.exec(text);
    if (!match) continue;
    score += signal.strength;
    if (!best || signal.strength > best.strength) best = { cue: match[0], family: signal.family, strength: signal.strength };
  }
  return best ? { score, cue: best.cue, family: best.family } : { score: 0 };
}

/** Openings of ceremony, not argument: greetings, thanks, congratulations, honours. */
const CEREMONY =
  /^(?:(?:president|chancellor|professor|dr\.?|mr\.?|madam|excellenc(?:y|ies)|your\s+(?:excellency|excellencies|majesty|highness))\b[^.!?]{0,100},\s*(?:members|distinguished|ladies|friends|colleagues|excellencies|delegates|honou?rable|fellow)\b|it\s+is\s+with\s+(?:great\s+|deep\s+)?(?:pride|pleasure|honou?r|joy|gratitude)|(?:mr\.?|madam|madame|mister)\s+(?:president|chairman|secretary|speaker)|ladies\s+and\s+gentlemen|(?:dear\s+)?(?:friends|colleagues)\s*,|good\s+(?:morning|afternoon|evening)|thank\s+you|thanks\s+to|it\s+is\s+(?:a|an|my|our)\s+(?:great\s+)?(?:honou?r|pleasure|privilege)|i\s+am\s+(?:deeply\s+|very\s+)?(?:honou?red|pleased|delighted|grateful|glad)|(?:allow|permit)\s+me\s+(?:first\s+)?to\s+(?:congratulate|thank|welcome|greet|express)|i\s+(?:would\s+like|wish|want)\s+to\s+(?:begin|start)\s+by\s+(?:thanking|congratulating|welcoming|greeting))/i;

export function isCeremonial(clean: string): boolean {
  return CEREMONY.test(clean.trimStart());
}
