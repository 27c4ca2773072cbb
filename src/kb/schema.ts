/**
 * The knowledge-base schema, defined once. A KB file (bundled or a user's) is a YAML or JSON list of
 * entries; the minimal entry is `{ id, type, name }`. From the TypeBox definitions below come:
 * - the TypeScript types (`KbEntry`, `Alias`, ...);
 * - the loader's checks and messages (`validateEntry.ts` checks each field with its schema and reports
 *   the field's `errorMessage`);
 * - the JSON Schema editors use for `*.irkb.yaml` / `*.irkb.json` (`jsonSchema.ts`, written to
 *   `src/kb/irkb.schema.json` by `npm run generate`);
 * - the field table of `src/kb/data/FORMAT.md` (also by `npm run generate`).
 * A unit test fails when a generated file is stale.
 */
import { Kind, Type, TypeRegistry, type Static, type TObject, type TSchema } from '@sinclair/typebox';

// ---- Value kinds that YAML writes loosely -----------------------------------------------------------

/** Control characters are stripped from text; line breaks and tabs are kept. */
// eslint-disable-next-line no-control-regex
export const CONTROL_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
/** ISO 8601 calendar date at year, month or day precision (years before 1000 are zero-padded). */
export const ISO_DATE = /^-?\d{4}(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;
export const ID_PATTERN = /^[\p{L}\p{N}][\p{L}\p{N}._-]*$/u;

export const LIMITS = {
  aliasLength: 200,
  aliasesPerEntry: 500,
  textLength: 5000,
} as const;

/** Text as the loader keeps it: a number is taken as its digits, control characters go, ends are trimmed. */
export function cleanText(value: unknown): string | undefined {
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') return undefined;
  // Every control character, not only the first: CONTROL_CHARS has no /g (it is also used with .test()).
  const text = value.replace(new RegExp(CONTROL_CHARS.source, 'g'), '').trim();
  return text === '' ? undefined : text;
}

/** A date as the loader keeps it: ISO text; a bare year written as a number becomes text. */
export function cleanDate(value: unknown): string | undefined {
  const text = typeof value === 'number' && Number.isInteger(value) ? String(value).padStart(4, '0') : value;
  if (typeof text !== 'string' || !ISO_DATE.test(text)) return undefined;
  const [y, m, d] = text.replace(/^-/, '').split('-').map(Number);
  if (d !== undefined && d > new Date(Date.UTC(y, m, 0)).getUTCDate()) return undefined;
  return text;
}

const TEXT_KIND = 'IrText';
const DATE_KIND = 'IrDate';
const ID_KIND = 'IrId';
TypeRegistry.Set(TEXT_KIND, (schema: { maxLength?: number }, value) => {
  const text = cleanText(value);
  return text !== undefined && text.length <= (schema.maxLength ?? LIMITS.textLength);
});
TypeRegistry.Set(DATE_KIND, (_, value) => cleanDate(value) !== undefined);
TypeRegistry.Set(ID_KIND, (_, value) => typeof value === 'string' && value.length <= 100 && ID_PATTERN.test(value));

/** Extra keywords every field schema may carry: editors show them, the loader reports `errorMessage`. */
interface FieldOptions {
  readonly description: string;
  /** What the loader and editors say when the value is wrong (after "<field>: "). */
  readonly errorMessage?: string;
}

/** Text: a string (or a number, taken as its digits), trimmed, at most `maxLength` characters. */
function text(options: FieldOptions & { readonly maxLength?: number }): TSchema & { static: string } {
  return Type.Unsafe<string>({ [Kind]: TEXT_KIND, type: ['string', 'number'], minLength: 1, errorMessage: 'must be text', ...options });
}

function date(options: FieldOptions): TSchema & { static: string } {
  return Type.Unsafe<string>({
    [Kind]: DATE_KIND,
    type: ['string', 'integer'],
    pattern: ISO_DATE.source,
    errorMessage: 'must be an ISO 8601 date such as "1945", "1945-06" or "1945-06-26"',
    ...options,
  });
}

function id(options: FieldOptions): TSchema & { static: string } {
  // The JSON Schema pattern is a looser ASCII form of ID_PATTERN (editors' regular expressions lack \p{L}).
  return Type.Unsafe<string>({ [Kind]: ID_KIND, type: 'string', pattern: '^[^\\s,:\\[\\]{}]+$', errorMessage: 'must be an entry id', ...options });
}

function ids(options: FieldOptions): TSchema & { static: string[] } {
  return Type.Array(id({ description: 'An entry id.' }), { errorMessage: 'must be a list of entry ids', ...options }) as never;
}

function oneOf<const T extends readonly string[]>(values: T, options: FieldOptions): TSchema & { static: T[number] } {
  return Type.Union(
    values.map((v) => Type.Literal(v)),
    { errorMessage: `must be one of ${values.join(', ')}`, ...options },
  ) as never;
}

// ---- Types and subtypes -----------------------------------------------------------------------------

export const ENTITY_TYPES = ['actor', 'treaty', 'theory', 'event'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const SUBTYPES = {
  actor: ['state', 'organization', 'person', 'body', 'media'],
  treaty: ['treaty', 'agreement', 'statement', 'document'],
  theory: ['theory', 'concept', 'doctrine'],
  event: ['event'],
} as const satisfies Record<EntityType, readonly string[]>;

export type Subtype<T extends EntityType = EntityType> = (typeof SUBTYPES)[T][number];

/** The subtype an entry gets when it names none. */
export const DEFAULT_SUBTYPE = {
  actor: 'organization',
  treaty: 'document',
  theory: 'concept',
  event: 'event',
} as const satisfies { readonly [T in EntityType]: Subtype<T> };

export const ENTITY_TYPE_DESCRIPTIONS: Readonly<Record<EntityType, string>> = {
  actor: 'States, organisations, state bodies, media and think tanks, people.',
  treaty: 'Treaties, agreements, joint statements and official documents.',
  theory: 'Theories, concepts and doctrines.',
  event: 'Wars, crises, conferences, summits and other named events.',
};

// ---- Aliases ------------------------------------------------------------------------------------------

/**
 * How an alias's letter case must appear in the text.
 * - `exact`: character for character (acronyms, inner capitals: SCO, U.S., McFaul);
 * - `proper`: as written, or the whole mention in capitals (China, CHINA);
 * - `insensitive`: any case (theory terms), plural forms included unless `plural: false`.
 */
export const CASE_RULES = ['exact', 'proper', 'insensitive'] as const;
export type CaseRule = (typeof CASE_RULES)[number];

/**
 * What kind of name an alias is:
 * - `name`: the entity's own name (the default);
 * - `capital`: a capital city standing for its state's government ("Beijing stated");
 * - `seat`: another place standing for a body or organisation seated there ("Foggy Bottom", "Turtle Bay");
 * - `surname`: a person's bare surname (or one syllable of a Chinese, Korean or Vietnamese name), which
 *   stands for the person only after the document has named them in full or cited them.
 * Capitals and seats are not the entity where the text uses them as places ("in Beijing").
 */
export const ALIAS_KINDS = ['name', 'capital', 'seat', 'surname'] as const;
export type AliasKind = (typeof ALIAS_KINDS)[number];

const AliasObject = Type.Object(
  {
    text: Type.Unsafe<string>({
      type: 'string',
      minLength: 1,
      maxLength: LIMITS.aliasLength,
      description: 'The alias as written: a name, an acronym, a name in another language.',
    }),
    lang: Type.Optional(Type.String({
      pattern: '^[a-z]{2,3}(-[A-Za-z0-9]+)*$',
      description: 'BCP 47 language tag of the alias, e.g. ru, zh, fr; absent for English.',
      errorMessage: 'must be a language tag such as ru or zh',
    })),
    case: Type.Optional(oneOf(CASE_RULES, { description: 'Overrides the case rule derived from the entry type and the alias\'s shape.' })),
    plural: Type.Optional(Type.Boolean({ description: 'false stops the matcher adding a plural form to a theory alias.', errorMessage: 'must be true or false' })),
    kind: Type.Optional(oneOf(ALIAS_KINDS, { description: 'name (default), capital, seat or surname: see FORMAT.md.' })),
    preferred: Type.Optional(Type.Boolean({ description: 'Where several entries claim this alias, the one marked preferred wins.', errorMessage: 'must be true or false' })),
    everyday: Type.Optional(
      Type.Boolean({
        description: 'An everyday word, or a name mostly used for something else outside IR: it counts only in an IR context.',
        errorMessage: 'must be true or false',
      }),
    ),
  },
  { additionalProperties: false },
);
type AliasObjectStatic = Static<typeof AliasObject>;
export const ALIAS_KEYS = Object.keys(AliasObject.properties) as readonly (keyof AliasObjectStatic)[];
export const ALIAS_SCHEMA = AliasObject;

export type Alias = Readonly<AliasObjectStatic>;

const AliasField = Type.Unsafe<Alias>({
  type: 'array',
  items: { anyOf: [{ type: 'string', minLength: 1, maxLength: LIMITS.aliasLength }, AliasObject] },
  description: 'Other names: strings, or objects {text, lang, case, plural, kind, preferred, everyday}.',
});

// ---- Fields every entry may have ------------------------------------------------------------------------

const Role = Type.Object(
  {
    title: text({ description: 'The office, e.g. "Minister of Foreign Affairs".' }),
    of: Type.Optional(id({ description: 'Id of the state or organisation the role belongs to.' })),
    from: Type.Optional(date({ description: 'Start of the role.' })),
    to: Type.Optional(date({ description: 'End of the role.' })),
  },
  { additionalProperties: false },
);
const Work = Type.Object(
  {
    title: text({ description: 'Title of the work.' }),
    year: Type.Optional(Type.Integer({ minimum: -3000, maximum: 2100, description: 'Year of first publication.' })),
    author: Type.Optional(text({ description: 'Author, where the entry is not the author.' })),
  },
  { additionalProperties: false },
);
const Sources = Type.Object(
  {
    wikidata: Type.Optional(Type.String({ pattern: '^Q[1-9]\\d*$', description: 'Wikidata QID such as Q148; only where certain.', errorMessage: 'must be a QID such as Q148' })),
    url: Type.Optional(Type.String({ pattern: '^https://\\S+$', description: 'An https:// address of a source.', errorMessage: 'must be an https:// address' })),
  },
  { additionalProperties: false },
);

/** Fields of every entry besides id, type, subtype, name and aliases (which the loader reads first). */
export const COMMON_FIELDS = {
  summary: text({ description: 'One to three neutral sentences in your own words.', errorMessage: 'must be text' }),
  context: text({ description: "The entity's role in the China-Russia alliance debate (seed entries)." }),
  related: ids({ description: 'Ids of related entries.', errorMessage: 'must be a list of ids' }),
  sources: Type.Unsafe<Static<typeof Sources>>({ ...Sources, description: 'Where the facts come from.', errorMessage: 'must be a mapping such as { wikidata: Q148 }' }),
  everyday: Type.Boolean({
    description: "The entry's name is an everyday word: its name and aliases count only in an IR context (an alias may say everyday: false).",
    errorMessage: 'must be true or false',
  }),
  notIn: Type.Array(text({ description: 'A phrase.' }), {
    description: 'Phrases that contain a name of the entry but are not about it ("magical realism"): never a mention.',
    errorMessage: 'must be a list of phrases',
  }),
  cues: Type.Array(text({ description: 'A word.' }), {
    description: 'Words that, near a name several entries share, point to this entry ("energy" for the International Energy Agency).',
    errorMessage: 'must be a list of words',
  }),
} satisfies Record<string, TSchema>;

// ---- Facts by subtype ---------------------------------------------------------------------------------

const STATE_FACTS = {
  officialName: text({ description: 'The official long name.' }),
  capital: text({ description: 'The capital city.' }),
  iso2: text({ description: 'ISO 3166-1 alpha-2 code.' }),
  iso3: text({ description: 'ISO 3166-1 alpha-3 code.' }),
  unMemberSince: date({ description: 'Admission to the United Nations.' }),
  unStatus: oneOf(['member', 'observer', 'non-member'] as const, { description: 'Standing at the United Nations.' }),
  existed: Type.Object(
    { from: Type.Optional(date({ description: 'First year.' })), to: Type.Optional(date({ description: 'Last year.' })) },
    { additionalProperties: false, description: 'For a historical state: when it existed, as {from, to}.', errorMessage: 'must be { from, to } with ISO dates' },
  ),
  successor: id({ description: 'Id of the state that succeeded it.' }),
};
const ORGANIZATION_FACTS = {
  founded: date({ description: 'Founding date.' }),
  dissolved: date({ description: 'Date of dissolution.' }),
  headquarters: text({ description: 'Seat of the organisation.' }),
  members: ids({ description: 'Member entity ids.' }),
  membersAsOf: date({ description: 'The date on which the member list was right.' }),
};
const PERSON_FACTS = {
  born: date({ description: 'Date of birth.' }),
  died: date({ description: 'Date of death.' }),
  nationality: id({ description: "Id of the person's state." }),
  roles: Type.Array(Role, { description: 'Offices held: {title, of, from, to}.', errorMessage: 'must be a list of { title, of, from, to } with ISO dates' }),
  works: Type.Array(Work, { description: 'Key works: {title, year}.', errorMessage: 'must be a list of { title, year }' }),
};
const BODY_FACTS = {
  founded: date({ description: 'Founding date.' }),
  dissolved: date({ description: 'Date of dissolution.' }),
  parent: id({ description: 'Id of the state or organisation the body belongs to.' }),
};
const MEDIA_FACTS = {
  founded: date({ description: 'Founding date.' }),
  country: id({ description: 'Id of the state where the outlet or think tank is based.' }),
  headquarters: text({ description: 'City where it is based.' }),
};
export const TREATY_STATUSES = ['in force', 'expired', 'terminated', 'superseded', 'not binding', 'not in force'] as const;
const TREATY_FACTS = {
  signed: date({ description: 'Date of signature (or adoption).' }),
  signedAt: text({ description: 'Place of signature.' }),
  parties: ids({ description: 'Party entity ids.' }),
  signatories: ids({ description: 'Ids of the people who signed it.' }),
  inForce: date({ description: 'Entry into force.' }),
  status: oneOf(TREATY_STATUSES, { description: 'Legal status today.' }),
};
const THEORY_FACTS = {
  tradition: text({ description: 'School or tradition, e.g. realism, liberalism, constructivism.' }),
  originators: Type.Array(text({ description: 'A person id or name.' }), {
    description: 'Person ids, or plain names where the KB has no entry.',
    errorMessage: 'must be a list of names or ids',
  }),
  keyWork: Type.Unsafe<Static<typeof Work>>({ ...Work, description: 'The work that introduced it: {title, year, author}.', errorMessage: 'must be { title, year, author }' }),
};
const Instance = Type.Object(
  {
    year: Type.Integer({ minimum: 1000, maximum: 2100, description: 'Year of this instance.' }),
    place: Type.Optional(text({ description: 'City or venue.' })),
    start: Type.Optional(date({ description: 'First day.' })),
    end: Type.Optional(date({ description: 'Last day.' })),
  },
  { additionalProperties: false },
);
const EVENT_FACTS = {
  start: date({ description: 'Start date.' }),
  end: date({ description: 'End date.' }),
  place: text({ description: 'Where it took place.' }),
  participants: ids({ description: 'Participant entity ids.' }),
  instances: Type.Array(Instance, {
    description: 'For a series (summits, exercises): its instances {year, place, start, end}; "CITY summit" and "NAME YEAR" resolve to them.',
    errorMessage: 'must be a list of { year, place, start, end }',
  }),
};

/** The fact fields each subtype may carry, with their schemas. */
export const FACT_FIELDS = {
  state: STATE_FACTS,
  organization: ORGANIZATION_FACTS,
  person: PERSON_FACTS,
  body: BODY_FACTS,
  media: MEDIA_FACTS,
  treaty: TREATY_FACTS,
  agreement: TREATY_FACTS,
  statement: TREATY_FACTS,
  document: TREATY_FACTS,
  theory: THEORY_FACTS,
  concept: THEORY_FACTS,
  doctrine: THEORY_FACTS,
  event: EVENT_FACTS,
} as const satisfies { readonly [S in Subtype]: Record<string, TSchema> };

/** Which fact fields apply to an entry. */
export function factFieldsFor(subtype: Subtype): Readonly<Record<string, TSchema>> {
  return FACT_FIELDS[subtype];
}

/** The schema of one field an entry of this subtype may hold (common fields and facts), if any. */
export function fieldSchema(subtype: Subtype, key: string): TSchema | undefined {
  return Object.hasOwn(COMMON_FIELDS, key) ? COMMON_FIELDS[key as keyof typeof COMMON_FIELDS] : Object.hasOwn(FACT_FIELDS[subtype], key) ? factFieldsFor(subtype)[key] : undefined;
}

/** The fields the loader reads before any other (they decide whether there is an entry at all). */
export const CORE_FIELDS = {
  id: id({ description: 'Unique id: kebab-case, letters, digits, ".", "_" and "-".' }),
  type: oneOf(ENTITY_TYPES, { description: 'actor, treaty, theory or event.' }),
  subtype: Type.String({ description: 'Depends on type; see the table of subtypes.' }),
  name: text({ description: 'The name a reader knows the entity by.' }),
  aliases: AliasField,
} satisfies Record<string, TSchema>;

// ---- The entry type -----------------------------------------------------------------------------------

type FactSchemas<S extends Subtype> = (typeof FACT_FIELDS)[S];
type Facts<S extends Subtype> = { readonly [K in keyof FactSchemas<S>]?: FactSchemas<S>[K] extends TSchema ? Static<FactSchemas<S>[K]> : never };
type Common = { readonly [K in keyof typeof COMMON_FIELDS]?: Static<(typeof COMMON_FIELDS)[K]> };

export interface EntrySource {
  readonly file: string;
  readonly line: number;
}

interface EntryBase extends Omit<Common, 'related'> {
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly Alias[];
  readonly related: readonly string[];
  /** Where the entry was defined: file path and 1-based line. */
  readonly source?: EntrySource;
}

type EntryOf<T extends EntityType> = { [S in Subtype<T>]: EntryBase & { readonly type: T; readonly subtype: S } & Facts<S> }[Subtype<T>];

/** One entry of the knowledge base, as the loader returns it (text trimmed, dates as ISO text). */
export type KbEntry = { [T in EntityType]: EntryOf<T> }[EntityType];

export type Role = Static<typeof Role>;
export type Work = Static<typeof Work>;
export type Sources = Static<typeof Sources>;
export type SeriesInstance = Static<typeof Instance>;

/** The object schemas nested in facts, for the JSON Schema's definitions and FORMAT.md. */
export const NESTED_SCHEMAS: Readonly<Record<string, TObject>> = { alias: AliasObject, role: Role, work: Work, sources: Sources, instance: Instance };
