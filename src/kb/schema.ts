/**
 * The knowledge-base schema: what one entry of a KB file (bundled or a user's) may hold.
 *
 * A KB file is a YAML or JSON list of entries. The minimal entry is `{ id, type, name }`.
 * Facts are flat fields on the entry; which facts are allowed depends on `type`/`subtype`
 * (see `FACT_FIELDS`). Dates are ISO 8601 strings: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
 */

export const ENTITY_TYPES = ['actor', 'treaty', 'theory', 'event'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const SUBTYPES = {
  actor: ['state', 'organization', 'person', 'body', 'media'],
  treaty: ['treaty', 'agreement', 'statement', 'document'],
  theory: ['theory', 'concept', 'doctrine'],
  event: ['event'],
} as const satisfies Record<EntityType, readonly string[]>;

export type Subtype<T extends EntityType = EntityType> = (typeof SUBTYPES)[T][number];

/**
 * How an alias's letter case must appear in the text.
 * - `exact`: character for character (acronyms, inner capitals: SCO, U.S., McFaul);
 * - `proper`: as written, or the whole mention in capitals (China, CHINA);
 * - `insensitive`: any case (theory terms), plural forms included unless `plural: false`.
 */
export const CASE_RULES = ['exact', 'proper', 'insensitive'] as const;
export type CaseRule = (typeof CASE_RULES)[number];

/**
 * `capital` marks a capital-city metonym ("Beijing" for China's government); the matcher drops
 * it where the city is plainly a place ("in Beijing", "Moscow-based").
 */
export const ALIAS_KINDS = ['name', 'capital'] as const;
export type AliasKind = (typeof ALIAS_KINDS)[number];

export interface Alias {
  readonly text: string;
  /** BCP 47 language tag of the alias, e.g. `ru`, `zh`, `fr`; absent for English. */
  readonly lang?: string;
  /** Overrides the case rule derived from the entry type and the alias's shape. */
  readonly case?: CaseRule;
  /** Set to false to stop the matcher adding a plural form to an insensitive alias. */
  readonly plural?: boolean;
  readonly kind?: AliasKind;
  /** Where several entries claim this alias, the one marked `preferred` wins. */
  readonly preferred?: boolean;
}

export interface Role {
  readonly title: string;
  /** Entity id of the state or organisation the role belongs to, where there is one. */
  readonly of?: string;
  readonly from?: string;
  readonly to?: string;
}

export interface Work {
  readonly title: string;
  readonly year?: number;
}

export interface Sources {
  /** Wikidata QID such as `Q148`; only where certain. */
  readonly wikidata?: string;
  readonly url?: string;
}

/** Facts by type and subtype. Every fact is optional: a missing fact beats a wrong one. */
export interface StateFacts {
  readonly officialName?: string;
  readonly capital?: string;
  readonly iso2?: string;
  readonly iso3?: string;
  /** Date of admission to the United Nations. */
  readonly unMemberSince?: string;
  readonly unStatus?: 'member' | 'observer' | 'non-member';
}

export interface OrganizationFacts {
  readonly founded?: string;
  readonly dissolved?: string;
  readonly headquarters?: string;
  /** Member entity ids. */
  readonly members?: readonly string[];
}

export interface PersonFacts {
  readonly born?: string;
  readonly died?: string;
  /** Entity id of the person's state. */
  readonly nationality?: string;
  readonly roles?: readonly Role[];
  readonly works?: readonly Work[];
}

export interface BodyFacts {
  readonly founded?: string;
  /** Entity id of the state or organisation the body belongs to. */
  readonly parent?: string;
}

export interface MediaFacts {
  readonly founded?: string;
  /** Entity id of the state where the outlet or think tank is based. */
  readonly country?: string;
  readonly headquarters?: string;
}

export interface TreatyFacts {
  readonly signed?: string;
  readonly signedAt?: string;
  /** Party entity ids. */
  readonly parties?: readonly string[];
  readonly inForce?: string;
  readonly status?: 'in force' | 'expired' | 'terminated' | 'superseded' | 'not binding' | 'not in force';
}

export interface TheoryFacts {
  readonly tradition?: string;
  /** Person entity ids, or plain names where the KB has no entry. */
  readonly originators?: readonly string[];
  readonly keyWork?: Work & { readonly author?: string };
}

export interface EventFacts {
  readonly start?: string;
  readonly end?: string;
  readonly place?: string;
  /** Participant entity ids. */
  readonly participants?: readonly string[];
}

interface EntryBase {
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly Alias[];
  readonly summary?: string;
  /** The entity's role in the China-Russia alliance debate (seeded entries). */
  readonly context?: string;
  readonly related: readonly string[];
  readonly sources?: Sources;
  /** Where the entry was defined: file path and 1-based line. */
  readonly source?: EntrySource;
}

export interface EntrySource {
  readonly file: string;
  readonly line: number;
}

export type KbEntry =
  | (EntryBase & { readonly type: 'actor'; readonly subtype: 'state' } & StateFacts)
  | (EntryBase & { readonly type: 'actor'; readonly subtype: 'organization' } & OrganizationFacts)
  | (EntryBase & { readonly type: 'actor'; readonly subtype: 'person' } & PersonFacts)
  | (EntryBase & { readonly type: 'actor'; readonly subtype: 'body' } & BodyFacts)
  | (EntryBase & { readonly type: 'actor'; readonly subtype: 'media' } & MediaFacts)
  | (EntryBase & { readonly type: 'treaty'; readonly subtype: Subtype<'treaty'> } & TreatyFacts)
  | (EntryBase & { readonly type: 'theory'; readonly subtype: Subtype<'theory'> } & TheoryFacts)
  | (EntryBase & { readonly type: 'event'; readonly subtype: 'event' } & EventFacts);

type FieldKind = 'string' | 'date' | 'id' | 'ids' | 'roles' | 'works' | 'work' | 'strings' | 'enum';

export interface FieldSpec {
  readonly kind: FieldKind;
  readonly values?: readonly string[];
}

/** The fact fields each subtype may carry, and how each is validated. */
export const FACT_FIELDS: Readonly<Record<string, Readonly<Record<string, FieldSpec>>>> = {
  state: {
    officialName: { kind: 'string' },
    capital: { kind: 'string' },
    iso2: { kind: 'string' },
    iso3: { kind: 'string' },
    unMemberSince: { kind: 'date' },
    unStatus: { kind: 'enum', values: ['member', 'observer', 'non-member'] },
  },
  organization: {
    founded: { kind: 'date' },
    dissolved: { kind: 'date' },
    headquarters: { kind: 'string' },
    members: { kind: 'ids' },
  },
  person: {
    born: { kind: 'date' },
    died: { kind: 'date' },
    nationality: { kind: 'id' },
    roles: { kind: 'roles' },
    works: { kind: 'works' },
  },
  body: { founded: { kind: 'date' }, parent: { kind: 'id' } },
  media: { founded: { kind: 'date' }, country: { kind: 'id' }, headquarters: { kind: 'string' } },
  treaty: {
    signed: { kind: 'date' },
    signedAt: { kind: 'string' },
    parties: { kind: 'ids' },
    inForce: { kind: 'date' },
    status: { kind: 'enum', values: ['in force', 'expired', 'terminated', 'superseded', 'not binding', 'not in force'] },
  },
  theory: {
    tradition: { kind: 'string' },
    originators: { kind: 'strings' },
    keyWork: { kind: 'work' },
  },
  event: {
    start: { kind: 'date' },
    end: { kind: 'date' },
    place: { kind: 'string' },
    participants: { kind: 'ids' },
  },
};

/** Which FACT_FIELDS table applies to an entry. */
export function factTableFor(type: EntityType, subtype: string): Readonly<Record<string, FieldSpec>> {
  if (type === 'actor') return FACT_FIELDS[subtype] ?? {};
  return FACT_FIELDS[type] ?? {};
}

export const COMMON_FIELDS = ['id', 'type', 'subtype', 'name', 'aliases', 'summary', 'context', 'related', 'sources'] as const;

/** ISO 8601 calendar date at year, month or day precision (years before 1000 are zero-padded). */
export const ISO_DATE = /^-?\d{4}(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;
