import type { EntityType } from '../../kb';

/**
 * The words the rules in context read, each list declared once (README's "How recognition works" and
 * the tests refer to these tables).
 */

/** Titles and roles that stand before a name without being part of it ("President Biden", "historian Odd Arne Westad"). */
export const TITLES = new Set(
  `president vice-president vice prime minister premier chancellor secretary general admiral marshal field colonel major captain lieutenant
  commander ambassador envoy senator congressman congresswoman representative governor mayor king queen emperor empress prince princess
  sheikh sultan emir shah ayatollah pope cardinal archbishop bishop judge justice chairman chairwoman chair director foreign defence defense
  state deputy speaker leader dr professor prof mr mrs ms sir lord lady dame chief spokesman spokeswoman spokesperson commissioner
  president-elect comrade marshal-general sergeant lieutenant-general major-general brigadier brigadier-general rear vice-admiral
  historian scholar professor analyst diplomat journalist economist strategist theorist author writer commentator researcher
  political scientist sociologist lawyer negotiator adviser advisor official officials minister-president undersecretary under-secretary
  tsar czar kaiser caliph general-secretary secretary-general`.split(/\s+/),
);

/** A title or role before a name, also written short with a full stop: "President", "Dr", "Prof.". */
export function isTitle(word: string): boolean {
  const lower = word.toLowerCase();
  return TITLES.has(lower.endsWith('.') ? lower.slice(0, -1) : lower);
}

/** Lower-case words inside names ("Bank of China", "Charles de Gaulle", "Osama bin Laden"). */
export const NAME_PARTICLES = new Set(['of', 'the', 'for', 'on', 'de', 'du', 'des', 'del', 'della', 'di', 'da', 'dos', 'do', 'la', 'le', 'van', 'von', 'der', 'den', 'al', 'el', 'bin', 'ibn', 'y', 'and']);

/**
 * Capitalised words that often open a sentence but never a name: before a match at a sentence's start,
 * they are not the start of a longer name ("Yesterday Russia said").
 */
export const SENTENCE_OPENERS = new Set(
  `the a an this that these those it its in on at by for from with without to of as and but or nor yet so then thus hence however
  moreover furthermore indeed still also even only both either neither although though while when whenever where after before since
  because if unless until once today yesterday tomorrow now here there later earlier meanwhile instead likewise similarly nevertheless
  nonetheless accordingly consequently therefore finally first second third firstly secondly thirdly lastly next unlike like despite
  according given during under over between among against toward towards within through throughout upon we i they he she you our their
  his her my your all some many most few several each every no not what which who whom whose how why such other another one two three
  thereafter overall again perhaps certainly clearly obviously surely historically traditionally recently currently initially ultimately
  notably importantly specifically generally typically usually often sometimes never always just rather quite above below beyond around
  about across along amid beside besides except following including near outside regarding since via whereas whether why`.split(/\s+/),
);

export type HeadPosition = 'end' | 'start';

/** A head word and the kind of entity a name built on it is: "X Declaration", "Treaty of X". */
export interface HeadWord {
  readonly type: EntityType;
  readonly subtype: string;
  /** Where the head stands in a name: at the end ("Windhoek Declaration"), at the start ("Treaty of X"), or both. */
  readonly at: readonly HeadPosition[];
  /** Also lower-case after a known name ("the Lima summit", "the Iran-Iraq war"). */
  readonly afterKnownName?: boolean;
}

const END: readonly HeadPosition[] = ['end'];
const BOTH: readonly HeadPosition[] = ['end', 'start'];

/**
 * The head words of names a paper introduces itself, by the entity they make. A capitalised name ending
 * in one (or, where marked, opening with one followed by "of", "on", "for" or "between") is that kind of
 * entity; where marked, the head word also counts in lower case after a name the knowledge base knows.
 */
export const HEAD_WORDS: Readonly<Record<string, HeadWord>> = {
  // Treaties and documents
  treaty: { type: 'treaty', subtype: 'treaty', at: BOTH, afterKnownName: true },
  agreement: { type: 'treaty', subtype: 'agreement', at: BOTH, afterKnownName: true },
  accord: { type: 'treaty', subtype: 'agreement', at: BOTH, afterKnownName: true },
  accords: { type: 'treaty', subtype: 'agreement', at: BOTH, afterKnownName: true },
  convention: { type: 'treaty', subtype: 'treaty', at: BOTH },
  protocol: { type: 'treaty', subtype: 'treaty', at: BOTH },
  pact: { type: 'treaty', subtype: 'treaty', at: BOTH, afterKnownName: true },
  charter: { type: 'treaty', subtype: 'treaty', at: BOTH },
  declaration: { type: 'treaty', subtype: 'statement', at: BOTH, afterKnownName: true },
  statement: { type: 'treaty', subtype: 'statement', at: END },
  communiqué: { type: 'treaty', subtype: 'statement', at: END, afterKnownName: true },
  communique: { type: 'treaty', subtype: 'statement', at: END, afterKnownName: true },
  memorandum: { type: 'treaty', subtype: 'document', at: BOTH },
  act: { type: 'treaty', subtype: 'document', at: END },
  resolution: { type: 'treaty', subtype: 'document', at: END },
  directive: { type: 'treaty', subtype: 'document', at: END },
  statute: { type: 'treaty', subtype: 'treaty', at: BOTH },
  // Events
  summit: { type: 'event', subtype: 'event', at: END, afterKnownName: true },
  conference: { type: 'event', subtype: 'event', at: BOTH, afterKnownName: true },
  congress: { type: 'event', subtype: 'event', at: ['start'] },
  war: { type: 'event', subtype: 'event', at: END, afterKnownName: true },
  wars: { type: 'event', subtype: 'event', at: END, afterKnownName: true },
  conflict: { type: 'event', subtype: 'event', at: END, afterKnownName: true },
  crisis: { type: 'event', subtype: 'event', at: END, afterKnownName: true },
  emergency: { type: 'event', subtype: 'event', at: END },
  revolution: { type: 'event', subtype: 'event', at: END },
  uprising: { type: 'event', subtype: 'event', at: END },
  incident: { type: 'event', subtype: 'event', at: END, afterKnownName: true },
  operation: { type: 'event', subtype: 'event', at: ['start'] },
  exercise: { type: 'event', subtype: 'event', at: BOTH },
  games: { type: 'event', subtype: 'event', at: END },
  talks: { type: 'event', subtype: 'event', at: END, afterKnownName: true },
  round: { type: 'event', subtype: 'event', at: END },
  process: { type: 'event', subtype: 'event', at: END, afterKnownName: true },
  genocide: { type: 'event', subtype: 'event', at: END, afterKnownName: true },
  massacre: { type: 'event', subtype: 'event', at: END, afterKnownName: true },
  famine: { type: 'event', subtype: 'event', at: END, afterKnownName: true },
  blockade: { type: 'event', subtype: 'event', at: END, afterKnownName: true },
  invasion: { type: 'event', subtype: 'event', at: END, afterKnownName: true },
  intervention: { type: 'event', subtype: 'event', at: END, afterKnownName: true },
  coup: { type: 'event', subtype: 'event', at: END, afterKnownName: true },
  referendum: { type: 'event', subtype: 'event', at: END, afterKnownName: true },
  offensive: { type: 'event', subtype: 'event', at: END, afterKnownName: true },
  airlift: { type: 'event', subtype: 'event', at: END, afterKnownName: true },
  annexation: { type: 'event', subtype: 'event', at: END, afterKnownName: true },
  // Actors
  council: { type: 'actor', subtype: 'body', at: BOTH },
  committee: { type: 'actor', subtype: 'body', at: BOTH },
  commission: { type: 'actor', subtype: 'body', at: BOTH },
  structure: { type: 'actor', subtype: 'body', at: END },
  organisation: { type: 'actor', subtype: 'organization', at: BOTH },
  organization: { type: 'actor', subtype: 'organization', at: BOTH },
  agency: { type: 'actor', subtype: 'body', at: BOTH },
  authority: { type: 'actor', subtype: 'organization', at: BOTH },
  bank: { type: 'actor', subtype: 'organization', at: END },
  fund: { type: 'actor', subtype: 'organization', at: END },
  forum: { type: 'actor', subtype: 'organization', at: END },
  institute: { type: 'actor', subtype: 'media', at: BOTH },
  centre: { type: 'actor', subtype: 'media', at: BOTH },
  center: { type: 'actor', subtype: 'media', at: BOTH },
  party: { type: 'actor', subtype: 'body', at: END },
  ministry: { type: 'actor', subtype: 'body', at: ['start'] },
  directorate: { type: 'actor', subtype: 'body', at: BOTH },
  government: { type: 'actor', subtype: 'body', at: BOTH, afterKnownName: true },
  administration: { type: 'actor', subtype: 'body', at: END, afterKnownName: true },
  league: { type: 'actor', subtype: 'organization', at: END },
  union: { type: 'actor', subtype: 'organization', at: END },
  community: { type: 'actor', subtype: 'organization', at: END },
  secretariat: { type: 'actor', subtype: 'body', at: END },
  tribunal: { type: 'actor', subtype: 'body', at: END },
  // Doctrines
  doctrine: { type: 'theory', subtype: 'doctrine', at: END, afterKnownName: true },
  policy: { type: 'theory', subtype: 'doctrine', at: END },
  strategy: { type: 'theory', subtype: 'doctrine', at: END },
  initiative: { type: 'theory', subtype: 'doctrine', at: END },
  consensus: { type: 'theory', subtype: 'doctrine', at: END },
};

const HEAD_WORD_MAP = new Map(Object.entries(HEAD_WORDS));
/** Head words' lengths: most words are ruled out before they are lower-cased (the keys are ASCII, so lower-casing keeps a match's length). */
const HEAD_WORD_LENGTHS = new Set([...HEAD_WORD_MAP.keys()].map((k) => k.length));

/** Words already looked up, as written (a paper repeats its capitalised words; lower-casing each again cost more than the lookup). */
const headWordCache = new Map<string, HeadWord | null>();

/** The head word `word` is, whatever its case. */
export function headWordOf(word: string): HeadWord | undefined {
  if (!HEAD_WORD_LENGTHS.has(word.length)) return undefined;
  let head = headWordCache.get(word);
  if (head === undefined) {
    if (headWordCache.size >= 50_000) headWordCache.clear();
    head = HEAD_WORD_MAP.get(word.toLowerCase()) ?? null;
    headWordCache.set(word, head);
  }
  return head ?? undefined;
}

/** Words after "Treaty", "Conference"... that open the rest of a name: "Treaty of X", "Convention on Y". */
export const HEAD_LINKS = new Set(['of', 'on', 'for', 'between', 'against', 'concerning', 'regarding']);

/** Reference and bibliography sections: their headings. Nothing in such a section is recognised. */
export const REFERENCE_HEADINGS = /^(?:references?|bibliography|works cited|literature cited|literature|sources|cited works|further reading|see also|external links|notes and references|citations)$/i;

/**
 * Political adjectives that stand before a state's name without making a new name: "Nazi Germany",
 * "Tsarist Russia", "Mainland China" are the state.
 */
export const STATE_ADJECTIVES = new Set(
  `nazi fascist imperial tsarist czarist soviet communist nationalist republican socialist democratic mainland continental
  metropolitan colonial postcolonial post-colonial independent modern contemporary ancient medieval wartime postwar post-war
  prewar pre-war interwar weimar wilhelmine vichy free red white greater`.split(/\s+/),
);

/** Words before a head word that name no particular thing: "Each State Party", "Political Party", "Any Party". */
export const GENERIC_MODIFIERS = new Set(['state', 'states', 'any', 'each', 'every', 'other', 'contracting', 'high', 'all', 'such', 'third', 'member', 'political', 'new', 'old', 'same', 'relevant', 'national', 'local', 'federal', 'central', 'provincial', 'regional']);

/** Compass words that make a region of a state's name: "East Pakistan", "East-Pakistan". */
export const COMPASS_WORDS = new Set(['east', 'west', 'north', 'south', 'eastern', 'western', 'northern', 'southern', 'central', 'upper', 'lower', 'greater']);

/** Nouns after which a city is where a meeting was held: "the conference of Berlin", "the talks in Astana". */
export const MEETING_WORDS = new Set(['conference', 'conferences', 'summit', 'summits', 'meeting', 'meetings', 'talks', 'negotiations', 'congress', 'conferees']);

/** Month names: "Conference of April 1955" is a date after a name, not part of it. */
export const MONTHS = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/;
