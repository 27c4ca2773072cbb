import type { EntityType, KbEntry } from '../../kb';
import type { Span } from '../../text';

/**
 * Why a match that needed context was accepted, for the hover's one-line explanation. Offsets are
 * UTF-16 offsets into the document.
 */
export type MentionReason =
  /** A bare surname: the paper named the person in full here before. */
  | { readonly kind: 'introduced'; readonly at: number }
  /** A bare surname in a citation ("Waltz (1979)"). */
  | { readonly kind: 'citation' }
  /** An everyday word counted as IR usage: another IR mention in the same paragraph. */
  | { readonly kind: 'context'; readonly by: string; readonly at: number }
  /** An acronym the paper spells out itself. */
  | { readonly kind: 'expansion'; readonly at: number }
  /** A shared acronym decided by one of the entry's cue words nearby. */
  | { readonly kind: 'cue'; readonly word: string; readonly at: number }
  /** One meeting or exercise of a series ("the Vilnius summit", "Zapad 2021"). */
  | { readonly kind: 'instance'; readonly year?: number; readonly place?: string }
  /** A modern state's name read as the state of the paper's date ("Moscow" in 1962: the Soviet Union). */
  | { readonly kind: 'dated'; readonly year: number };

/** How a name the paper introduces itself was found (document entities). */
export type NamedRule = 'acronym' | 'head-word' | 'known-name' | 'numbered' | 'titled-person';

/** What IR Lens knows of an entity the paper names but the knowledge base lacks. */
export interface DocumentEntityInfo {
  /** Where the paper first names it. */
  readonly introduced: Span;
  readonly rule: NamedRule;
  readonly acronym?: string;
}

/** A KB entry, or an entity of the paper's own (`document` set, id `doc:...`), shaped like one. */
export type RecognisedEntry = KbEntry & { readonly document?: DocumentEntityInfo };

/** A name found by its shape, before the knowledge base and the rest of the paper have had their say. */
export interface NamedCandidate extends Span {
  readonly rule: NamedRule;
  readonly type: EntityType;
  readonly subtype: string;
  /** The name as written, spaces collapsed (a titled person's name without the title). */
  readonly name: string;
  /** For "Full Name (ACR)" and "ACR (Full Name)": the acronym and where it stands. */
  readonly acronym?: { readonly text: string } & Span;
  /** A meeting of a KB series ("the Vilnius summit"): a KB mention, not an entity of the paper's own. */
  readonly series?: { readonly entry: KbEntry; readonly reason: MentionReason };
}

/**
 * Moves the introductions of the paper's own entities that lie at or after `from` by `by`, one copy per
 * entity, so that its mentions still share one entry. KB entries pass through.
 */
export function entryMover(from: number, by: number): (entry: RecognisedEntry) => RecognisedEntry {
  const copies = new Map<RecognisedEntry, RecognisedEntry>();
  return (entry) => {
    if (!entry.document || entry.document.introduced.start < from) return entry;
    let copy = copies.get(entry);
    if (!copy) {
      const { introduced } = entry.document;
      copy = { ...entry, document: { ...entry.document, introduced: { start: introduced.start + by, end: introduced.end + by } } };
      copies.set(entry, copy);
    }
    return copy;
  };
}

/** The reason with its offsets moved by `by` (a window's mentions into the whole document). */
export function shiftReason(reason: MentionReason, by: number): MentionReason {
  return 'at' in reason ? { ...reason, at: reason.at + by } : reason;
}

/** How each rule finds a name the paper introduces, for the hover card. */
export const NAMED_RULE_TEXT: Readonly<Record<NamedRule, string>> = {
  acronym: 'spelt out with its acronym, as in "Full Name (ACRONYM)"',
  'head-word': 'a capitalised name with a head word such as Treaty, Declaration, Summit, War or Council',
  'known-name': 'a name the knowledge base knows, joined to a head word, as in "the Tashkent Declaration"',
  numbered: 'a numbered document or exercise, as in "Resolution 242" or "Zapad 2021"',
  'titled-person': 'a person introduced with a title or role, as in "Prime Minister Jacinda Ardern"',
};

/** Ids of entities a paper names itself start with this ("doc:windhoek-declaration"); KB ids never do. */
export const DOCUMENT_ENTITY_ID_PREFIX = 'doc:';

export function isDocumentEntityId(id: string): boolean {
  return id.startsWith(DOCUMENT_ENTITY_ID_PREFIX);
}

/** Where an entity comes from: the knowledge base, or the paper's own naming of it. */
export type EntitySource = 'kb' | 'document';

export function sourceOf(entry: RecognisedEntry): EntitySource {
  return entry.document ? 'document' : 'kb';
}
