import { slugify, type KbEntry, type KnowledgeBase } from '../../kb';
import { ALIAS_ROLE } from '../../matcher';
import { findSpanIndexAt, isSpaceCode, isWordCode, occurrences, partitionPoint, successive, type Span } from '../../text';
import type { DocumentLanguage } from '../document';
import { COMPASS_WORDS, headWordOf, MEETING_WORDS, MONTHS, NAME_PARTICLES, SENTENCE_OPENERS, STATE_ADJECTIVES, isTitle } from './lexicon';
import { applyDatedIdentity } from './datedIdentity';
import { citedYear, givenNameBefore, isBareName, nameGoesOn } from './persons';
import { isUpperAt } from './nameWordScan';
import { instancesAt, seriesAtPlace } from './series';
import { isInside, paragraphAround, readStructure, type TextStructure } from './structure';
import { DOCUMENT_ENTITY_ID_PREFIX, type DocumentEntityInfo, type MentionReason, type NamedCandidate, type RecognisedEntry } from './types';
import { isCapitalised, startsSentence, wordAfter, wordBefore } from './words';

/** A match as the rules read and write it (the core's `Mention` has this shape). */
export interface RecognisedMention extends Span {
  readonly entry: RecognisedEntry;
  readonly alternatives?: readonly string[];
  /** ALIAS_ROLE bits of the alias that matched (KB matches only). */
  readonly role?: number;
  readonly reason?: MentionReason;
}

export interface RecogniseInput {
  readonly text: string;
  /** The ranges of the text that are prose (names the paper introduces are only looked for there). */
  readonly prose: readonly Span[];
  readonly language: DocumentLanguage;
  /** The matcher's raw matches, sorted, never overlapping. */
  readonly candidates: readonly RecognisedMention[];
  /** Names found by their shape (see namedCandidates.ts), sorted. */
  readonly named: readonly NamedCandidate[];
  readonly kb: KnowledgeBase;
  readonly documentEntities: boolean;
  readonly structure?: TextStructure;
  /**
   * KB names with a head word, already found over all of `candidates` (see `knownNames`): a caller that
   * passes only some candidates (an edit's region) passes these from all of them.
   */
  readonly knownNames?: readonly NamedCandidate[];
  /** Where the caller wants mentions (an edit's region): the paper's own names are looked for again only there. Default: the whole text. */
  readonly scope?: Span;
  /** Matches outside the caller's region that only decide which of the paper's own names there stand (see `arbitrate`). */
  readonly arbiters?: readonly RecognisedMention[];
  /** Where each person was last named before `candidates` begin (a caller passing an edit's region only). */
  readonly introducedBefore?: ReadonlyMap<string, number>;
}

/**
 * From the matcher's raw matches and the names found by their shape to the paper's mentions, deciding
 * in context, in document order:
 * - a blocking phrase ("magical realism") and anything in a reference list is no mention;
 * - a match inside a longer capitalised name the KB does not know is none ("Paris Hilton");
 * - a person's bare name is none where another given name stands before it or another name follows
 *   it; a bare surname counts only after the person was named in full, or in a citation;
 * - an acronym the paper spells out means what the paper says; a shared one goes to the entry whose cue
 *   word stands in the paragraph;
 * - an everyday word counts only beside another IR mention in its paragraph;
 * - a KB name with a head word is one event, treaty or actor ("the Lima summit"), a series' meeting
 *   where the KB knows it; names the paper introduces become entities of their own.
 */
export function recognise(input: RecogniseInput): RecognisedMention[] {
  const { text, kb } = input;
  const structure = input.structure ?? readStructure(text, input.language);
  const candidates = usableCandidates(input.candidates, structure);
  const own = input.named.filter((n) => isReadAsOwnName(n, structure));
  // A series' meeting ("the Vilnius summit") is a KB mention: found with or without the paper's own names.
  const known = input.knownNames ?? knownNames(text, candidates, kb, structure);
  const named = input.documentEntities ? mergedByStart(own, known) : known.filter((n) => n.series);

  // KB matches and the paper's own names: a name strictly containing KB matches is one longer name
  // ("the Windhoek Declaration"), but the KB wins where it knows the whole name or the two cross.
  const arbiters = input.arbiters ? usableCandidates(input.arbiters, structure) : [];
  const arbitrated = arbitrate(text, arbiters.length > 0 ? [...candidates, ...arbiters].sort((a, b) => a.start - b.start) : candidates, named);
  const namedKept = arbitrated.namedKept;
  const onlyArbiters = new Set(arbiters);
  const kbKept = arbiters.length > 0 ? arbitrated.kbKept.filter((c) => !onlyArbiters.has(c)) : arbitrated.kbKept;

  const documentEntities = new DocumentEntities(text, input.prose, structure, input.scope ?? { start: 0, end: text.length });
  const accepted: RecognisedMention[] = [];
  for (const n of namedKept) {
    // A series' meeting is a KB mention ("the Vilnius summit"), not an entity of the paper's own.
    if (n.series) accepted.push({ start: n.start, end: n.end, entry: n.series.entry, reason: n.series.reason });
    else documentEntities.add(n);
  }
  const expansions = acronymExpansions(namedKept, kbKept, text);

  const everyday: RecognisedMention[] = [];
  /** Where each person was last named in full (or in a title), for their bare surnames. */
  const introduced = new Map<string, number>(input.introducedBefore ?? []);

  for (const c of kbKept) {
    let mention: RecognisedMention | undefined = c;
    const role = c.role ?? 0;

    // An acronym the paper itself spells out means what the paper says.
    // Looked up before the acronym test: most matches are no acronym the paper spells out.
    const written = expansions.size > 0 ? text.slice(c.start, c.end) : '';
    const spelt = expansions.get(written);
    const expansion = spelt && isAcronymText(written) ? spelt : undefined;
    if (expansion) {
      if (expansion.entry.document) {
        documentEntities.addMention(expansion.entry, c);
        continue;
      }
      mention = { start: c.start, end: c.end, entry: expansion.entry, reason: { kind: 'expansion', at: expansion.at } };
      accepted.push(mention);
      continue;
    }

    if (isInsideLongerName(text, c, structure, kbKept)) continue;
    if (c.entry.subtype === 'state' && isPlaceQualifier(text, c, kbKept)) continue;
    // "US$9.2 million": a currency, not the state.
    if (text.charCodeAt(c.end) === 0x24) continue;

    if (c.entry.subtype === 'person' && isBareName(text, c.start, c.end, c.entry)) {
      const check = givenNameBefore(text, c.start, c.entry);
      if (check === 'other' || nameGoesOn(text, c.end)) continue;
      // Named in full ("Hans J. Morgenthau"), or with a title or role ("Professor Waltz"): an introduction.
      const titled = isTitle(wordBefore(text, c.start)?.text ?? '');
      if (role & ALIAS_ROLE.surname && check !== 'own' && !titled) {
        mention = surnameMention(text, c, kb, introduced);
        if (!mention) continue;
      }
    }

    // One exercise of a series: "Zapad 2021", "Joint Sea-2019".
    if (c.entry.type === 'event' && c.entry.instances) {
      const year = /^[ -]((?:19|20)\d\d)\b/.exec(text.slice(c.end, c.end + 6));
      if (year) mention = { start: c.start, end: c.end + year[0].length, entry: c.entry, reason: { kind: 'instance', year: Number(year[1]) } };
    }

    if (mention.alternatives && !(role & ALIAS_ROLE.surname)) mention = withCue(text, mention, kb, structure);

    if (role & ALIAS_ROLE.everyday) {
      everyday.push(mention);
      continue;
    }
    // The latest naming wins (a caller's candidates from elsewhere in the paper may come first).
    if (introduces(mention) && !((introduced.get(mention.entry.id) ?? -1) > mention.start)) introduced.set(mention.entry.id, mention.start);
    accepted.push(mention);
  }

  // Everyday words count only beside another IR mention in their paragraph.
  const strong = [...accepted, ...documentEntities.mentions()].sort((a, b) => a.start - b.start);
  for (const m of everyday) {
    const paragraph = contextAround(text, m.start, structure);
    const from = partitionPoint(strong.length, (i) => strong[i].end <= paragraph.start);
    let best: RecognisedMention | undefined;
    for (let i = from; i < strong.length && strong[i].start < paragraph.end; i++) {
      if (!best || Math.abs(strong[i].start - m.start) < Math.abs(best.start - m.start)) best = strong[i];
    }
    if (best) accepted.push({ ...m, reason: { kind: 'context', by: best.entry.name, at: best.start } });
  }

  applyDatedIdentity(text, accepted, kb, structure);
  if (input.documentEntities) accepted.push(...documentEntities.finish(accepted));
  return withoutOverlaps(accepted);
}

/** How far around a mention its context may reach (an edit further away cannot change it). */
export const CONTEXT_REACH = 300;
/** Smallest context an everyday word is read in: PDF text breaks every line into a "paragraph". */
const MIN_CONTEXT = 2 * CONTEXT_REACH;

/** The paragraph around `offset`, widened to MIN_CONTEXT characters where it is shorter (never across a heading). */
function contextAround(text: string, offset: number, structure: TextStructure): Span {
  const paragraph = paragraphAround(text, offset, structure);
  if (paragraph.end - paragraph.start >= MIN_CONTEXT) return paragraph;
  let start = Math.max(0, offset - MIN_CONTEXT / 2);
  let end = Math.min(text.length, offset + MIN_CONTEXT / 2);
  const h = partitionPoint(structure.headings.length, (i) => structure.headings[i].end <= offset);
  if (h > 0) start = Math.max(start, structure.headings[h - 1].end);
  if (h < structure.headings.length && structure.headings[h].start > offset) end = Math.min(end, structure.headings[h].start);
  return { start: Math.min(start, paragraph.start), end: Math.max(end, paragraph.end) };
}

/** The KB matches that survive the paper's own names, and the names that survive the KB. */
function arbitrate(text: string, candidates: readonly RecognisedMention[], named: readonly NamedCandidate[]): { kbKept: RecognisedMention[]; namedKept: NamedCandidate[] } {
  const dropped = new Set<RecognisedMention>();
  const namedKept: NamedCandidate[] = [];
  for (const n of named) {
    const from = partitionPoint(candidates.length, (i) => candidates[i].end <= n.start);
    const inside: RecognisedMention[] = [];
    let keep = true;
    for (let i = from; i < candidates.length && candidates[i].start < n.end; i++) {
      const c = candidates[i];
      if (c.start <= n.start && c.end >= n.end) keep = false; // the KB knows the whole name
      else if (c.start >= n.start && c.end <= n.end) inside.push(c);
      else keep = false; // the two cross: the KB's reading wins
    }
    // The KB knows the name's end with its head ("Russian Eurasian Economic Union", "Security Council
    // resolution 678 (1990)"): the words before are an adjective or another name, not part of one.
    // A person the KB knows, named with a title: the KB's person ("President Barack Obama").
    // A bare surname inside is no person yet: "Ambassador Tomas Herzog" is not the KB's Herzog.
    if (n.rule === 'titled-person' && inside.some((c) => c.entry.subtype === 'person' && !((c.role ?? 0) & ALIAS_ROLE.surname))) keep = false;
    const last = inside[inside.length - 1];
    if (keep && last && n.rule !== 'acronym' && last.entry.type === n.type && /^(?:\s+of\s+\d{4}|\s*\(\d{4}\))?$/.test(text.slice(last.end, n.end))) keep = false;
    // The KB knows the name's start with its head ("Bandung Conference of April 1955"): the rest is a complement.
    const first = inside[0];
    if (keep && first && n.rule !== 'acronym' && first.start === n.start && first.entry.type === n.type) keep = false;
    // An acronym definition whose full name the KB knows is the KB entity; the definition still tells
    // what the acronym means (see acronymExpansions).
    if (!keep) {
      if (n.rule === 'acronym') namedKept.push({ ...n, start: -1, end: -1 });
      continue;
    }
    for (const c of inside) dropped.add(c);
    namedKept.push(n);
  }
  return { kbKept: candidates.filter((c) => !dropped.has(c)), namedKept };
}

/** For each acronym the paper spells out: what it means there, and where it is spelled out. */
function acronymExpansions(named: readonly NamedCandidate[], kb: readonly RecognisedMention[], text: string): Map<string, { entry: RecognisedEntry; at: number }> {
  const out = new Map<string, { entry: RecognisedEntry; at: number }>();
  for (const n of named) {
    if (n.rule !== 'acronym' || !n.acronym || out.has(n.acronym.text)) continue;
    if (n.start >= 0) continue; // a document entity: its acronym is handled with the entity
    // The KB knows the full name: the KB match covering it (the one just before the acronym).
    const at = partitionPoint(kb.length, (i) => kb[i].end <= n.acronym!.start) - 1;
    const full = kb[at];
    if (full && /^\s*\(\s*$/.test(text.slice(full.end, n.acronym.start))) out.set(n.acronym.text, { entry: full.entry, at: full.start });
  }
  return out;
}

/** Written as an acronym: capitals (two at least), digits, "&", dots or hyphens. */
export function isAcronymText(text: string): boolean {
  return /^[\p{Lu}][\p{Lu}\p{N}&.-]{1,10}$/u.test(text) && /\p{Lu}.*\p{Lu}/u.test(text);
}

/**
 * Whether the match is part of a longer capitalised name the KB does not know: "Paris Hilton", "the
 * Vienna Philharmonic", "Sea of Japan". Not in headings (title case proves nothing there), not across
 * titles ("US President"), sentence openers ("Yesterday Russia said") or two KB names side by side.
 */
function isInsideLongerName(text: string, c: RecognisedMention, structure: TextStructure, kb: readonly RecognisedMention[]): boolean {
  if (!isUpperAt(text, c.start)) return false; // "the Kremlin" as written in lower case, CJK names, theory terms in lower case
  // A theory term counts only where it is written as a proper name mid-sentence ("the Alliance for Progress").
  if (c.entry.type === 'theory' && startsSentence(text, c.start)) return false;
  // In headings title case proves nothing after the match ("Why Russia Matters"); before it, it still does.
  const heading = isInside(structure.headings, c.start);
  const after = wordAfter(text, c.end);
  if (!heading && after && !isKnownAt(kb, after.start) && !startsSentence(text, after.start)) {
    if (isCapitalised(after.text) && !isTitle(after.text) && !headAfterKnownName(after.text)) return true;
    // "Alliance for Progress", "Bank of China": a particle, then a capitalised word.
    if ((after.text === 'of' || after.text === 'for') && c.entry.type !== 'actor') {
      const next = wordAfter(text, after.end);
      if (next && isCapitalised(next.text) && !isKnownAt(kb, next.start) && !MONTHS.test(next.text)) return true;
    }
  }
  // "East-Pakistan": a compass word joined by a hyphen.
  const dash = text.charCodeAt(c.start - 1);
  if (dash === 0x2d || dash === 0x2010) {
    const hyphened = /(\p{L}+)[-‐]$/u.exec(text.slice(Math.max(0, c.start - 12), c.start));
    if (hyphened && COMPASS_WORDS.has(hyphened[1].toLowerCase()) && /^\p{Lu}/u.test(hyphened[1])) return true;
  }
  const before = wordBefore(text, c.start);
  if (!before || isKnownAt(kb, before.start)) return false;
  const lower = before.text.toLowerCase();
  // A title-case heading capitalises every word: "Why Russia Needs China" names two states.
  if (heading && isTitleCase(text, structure, c.start)) return false;
  if (isCapitalised(before.text)) {
    if (isTitle(before.text) || SENTENCE_OPENERS.has(lower)) return false;
    if (c.entry.subtype === 'state' && STATE_ADJECTIVES.has(lower)) return false; // "Nazi Germany"
    if (/^\p{Lu}{1,4}$/u.test(before.text)) return false; // "US" before a name is a state, not a name part
    return true;
  }
  // "Bank of China", "Sea of Japan", "University of Tokyo": a particle after a capitalised word.
  if (NAME_PARTICLES.has(lower) && lower !== 'and' && lower !== 'the') {
    const owner = wordBefore(text, before.start);
    if (owner && isCapitalised(owner.text) && !isTitle(owner.text) && !/^(?:Government|Republic|Kingdom|People|Embassy|Consulate)$/.test(owner.text)) {
      return !isKnownAt(kb, owner.start) && !SENTENCE_OPENERS.has(owner.text.toLowerCase());
    }
  }
  return false;
}

/**
 * A state's name (or capital) as part of a postal place name: "Savannah, Georgia", "Holland,
 * Michigan," "Paris, Texas". The other part is a capitalised word the KB does not know.
 */
function isPlaceQualifier(text: string, c: RecognisedMention, kb: readonly RecognisedMention[]): boolean {
  const unknownPlace = (word: { start: number; text: string } | undefined): boolean =>
    !!word && isCapitalised(word.text) && !isKnownAt(kb, word.start) && !SENTENCE_OPENERS.has(word.text.toLowerCase()) && !/ly$/.test(word.text) && !MONTHS.test(word.text);
  if (text.slice(c.start - 2, c.start) === ', ') {
    let from = c.start - 2;
    while (from > 0 && /[\p{L}'’-]/u.test(text[from - 1])) from--;
    const before = { start: from, text: text.slice(from, c.start - 2) };
    if (unknownPlace(before) && /^(?:[,.;:)]|\s*$)/.test(text.slice(c.end, c.end + 1))) return true;
  }
  if (text.startsWith(', ', c.end)) {
    const after = wordAfter(text, c.end + 1);
    if (unknownPlace(after) && /^[,.;)]/.test(text.slice(after!.end, after!.end + 1))) return true;
  }
  return false;
}

/** The heading at `offset` capitalises most of its longer words. */
function isTitleCase(text: string, structure: TextStructure, offset: number): boolean {
  const i = findSpanIndexAt(structure.headings, offset);
  if (i < 0) return false;
  const words = text.slice(structure.headings[i].start, structure.headings[i].end).match(/\p{L}{4,}/gu) ?? [];
  return words.length > 1 && words.filter((w) => isCapitalised(w)).length >= words.length * 0.6;
}

/** A capitalised head word after a known name makes one name of both: that is the named-entity rule's case, not a longer unknown name. */
function headAfterKnownName(word: string): boolean {
  return headWordOf(word) !== undefined;
}

/** A KB name stands at `offset`; a bare surname does not count (it is a person only once introduced: "Lake Chad", "Jordan Peterson"). */
function isKnownAt(kb: readonly RecognisedMention[], offset: number): boolean {
  const i = findSpanIndexAt(kb, offset);
  return i >= 0 && kb[i].start <= offset && offset < kb[i].end && !((kb[i].role ?? 0) & ALIAS_ROLE.surname);
}

/** A bare surname: the person most recently named in full before it, or the author it cites. */
function surnameMention(text: string, c: RecognisedMention, kb: KnowledgeBase, introduced: ReadonlyMap<string, number>): RecognisedMention | undefined {
  const targets = [c.entry, ...(c.alternatives ?? []).map((id) => kb.get(id)).filter((e): e is KbEntry => e?.subtype === 'person')];
  let best: KbEntry | undefined;
  let bestAt = -1;
  for (const t of targets) {
    const at = introduced.get(t.id);
    if (at !== undefined && at > bestAt) {
      best = t;
      bestAt = at;
    }
  }
  if (best) return { start: c.start, end: c.end, entry: best, reason: { kind: 'introduced', at: bestAt } };
  const year = citedYear(text, c.start, c.end);
  if (year === undefined) return undefined;
  // Two scholars of one surname: the one whose work of that year is cited.
  const byWork = targets.filter((t) => t.subtype === 'person' && t.works?.some((w) => w.year === year));
  const chosen = byWork.length === 1 ? byWork[0] : c.entry;
  const others = targets.filter((t) => t !== chosen).map((t) => t.id);
  return { start: c.start, end: c.end, entry: chosen, reason: { kind: 'citation' }, ...(others.length > 0 && byWork.length !== 1 ? { alternatives: others } : {}) };
}

/** A shared alias goes to the entry one of whose cue words stands in the paragraph. */
function withCue(text: string, c: RecognisedMention, kb: KnowledgeBase, structure: TextStructure): RecognisedMention {
  const targets = [c.entry, ...(c.alternatives ?? []).map((id) => kb.get(id)).filter((e): e is KbEntry => e !== undefined)];
  if (!targets.some((t) => t.cues && t.cues.length > 0)) return c;
  const paragraph = paragraphAround(text, c.start, structure);
  const lower = text.slice(paragraph.start, paragraph.end).toLowerCase();
  for (const t of targets) {
    for (const cue of t.cues ?? []) {
      const at = findWord(lower, cue.toLowerCase());
      if (at >= 0) {
        const others = targets.filter((o) => o !== t).map((o) => o.id);
        return { start: c.start, end: c.end, entry: t, reason: { kind: 'cue', word: cue, at: paragraph.start + at }, ...(others.length > 0 ? { alternatives: others } : {}) };
      }
    }
  }
  return c;
}

function findWord(haystack: string, word: string): number {
  for (let i = haystack.indexOf(word); i >= 0; i = haystack.indexOf(word, i + 1)) {
    if ((i === 0 || !isWordCode(haystack.charCodeAt(i - 1))) && !isWordCode(haystack.charCodeAt(i + word.length))) return i;
  }
  return -1;
}

/**
 * A KB name with a lower-case head word is one event, treaty or actor: "the Lima summit", "the Iran-Iraq
 * war", "the Biden administration" (names joined by hyphens count as one: "the Ethiopia-Somalia
 * conflict"). Where the name is a city and the KB has a series of summits held there, it is that series'
 * meeting ("the Vilnius summit" is a NATO summit); otherwise a name of the paper's own.
 */
function knownNameCandidates(text: string, candidates: readonly RecognisedMention[], kb: KnowledgeBase, structure: TextStructure): NamedCandidate[] {
  const found: NamedCandidate[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i];
    if (c.entry.type === 'theory' || c.entry.type === 'event') continue;
    // "the conference of Berlin", "the talks in Astana": the meeting held in the city.
    const link = c.entry.subtype === 'state' ? wordBefore(text, c.start) : undefined;
    const meeting = link && /^(?:of|at|in)$/.test(link.text) ? wordBefore(text, link.start) : undefined;
    if (meeting && MEETING_WORDS.has(meeting.text.toLowerCase()) && !isInside(structure.headings, c.start)) {
      found.push({ start: meeting.start, end: c.end, rule: 'known-name', type: 'event', subtype: 'event', name: text.slice(meeting.start, c.end).replace(/\s+/g, ' ') });
      continue;
    }
    // A head word follows after a space, in lower case ("the Lima summit").
    if (!isSpaceCode(text.charCodeAt(c.end))) continue;
    const head = wordAfter(text, c.end);
    if (!head || !/^\p{Ll}/u.test(head.text)) continue;
    const word = head.text.toLowerCase();
    const kind = headWordOf(word);
    if (!kind?.afterKnownName || isInside(structure.headings, c.start)) continue;
    let start = c.start;
    for (let k = i - 1; k >= 0 && /^\s*[-‐–]\s*$/.test(text.slice(candidates[k].end, start)); k--) start = candidates[k].start;
    const name = text.slice(start, head.end).replace(/\s+/g, ' ');
    const place = text.slice(c.start, c.end);
    const series = word === 'summit' && start === c.start ? seriesAtPlace(kb, place) : [];
    if (series.length === 1) {
      const instances = instancesAt(series[0], place);
      const instance = instances.length === 1 ? instances[0] : undefined;
      found.push({ start, end: head.end, rule: 'known-name', type: 'event', subtype: 'event', name, series: { entry: series[0], reason: { kind: 'instance', place, ...(instance ? { year: instance.year } : {}) } } });
      continue;
    }
    found.push({ start, end: head.end, rule: 'known-name', type: kind.type, subtype: kind.subtype, name });
  }
  return found;
}

/** A mention of a person that later bare surnames may refer back to: named in full, with a title, or by a surname so introduced. */
export function introduces(mention: RecognisedMention): boolean {
  return mention.entry.subtype === 'person' && !(mention.reason && mention.reason.kind !== 'introduced');
}

/** Whether the rules read a name the paper introduces: not in a heading (title case proves nothing there), not in a reference list. */
export function isReadAsOwnName(n: Span, structure: TextStructure): boolean {
  return !isInside(structure.headings, n.start) && !isInside(structure.references, n.start);
}

/** The matches the rules read: not blocking phrases ("magical realism"), nothing in a reference list. */
export function usableCandidates(candidates: readonly RecognisedMention[], structure: TextStructure): RecognisedMention[] {
  return candidates.filter((c) => !((c.role ?? 0) & ALIAS_ROLE.block) && !isInside(structure.references, c.start));
}

/** The KB names joined to a head word ("the Lima summit", "the Iran-Iraq war"), and series' meetings at places the KB does not name. */
export function knownNames(text: string, candidates: readonly RecognisedMention[], kb: KnowledgeBase, structure: TextStructure, scope: Span = { start: 0, end: text.length }): NamedCandidate[] {
  return [...knownNameCandidates(text, candidates, kb, structure), ...placeSummitCandidates(text, candidates, kb, structure, scope)].sort((a, b) => a.start - b.start);
}

/**
 * "The Hangzhou summit" where the KB knows no Hangzhou but has a series that met there: the place is
 * the one to three capitalised words before "summit" that name an instance's place.
 */
function placeSummitCandidates(text: string, candidates: readonly RecognisedMention[], kb: KnowledgeBase, structure: TextStructure, scope: Span): NamedCandidate[] {
  const found: NamedCandidate[] = [];
  const summit = /\bsummit\b/g;
  summit.lastIndex = scope.start;
  for (let match = summit.exec(text); match && match.index < scope.end; match = summit.exec(text)) {
    if (isInside(structure.headings, match.index)) continue;
    let start = match.index;
    const words: { start: number; text: string }[] = [];
    for (let w = wordBefore(text, start); w && words.length < 3 && isCapitalised(w.text); w = wordBefore(text, w.start)) words.unshift(w);
    for (let k = 0; k < words.length; k++) {
      start = words[k].start;
      const place = text.slice(start, words[words.length - 1].start + words[words.length - 1].text.length);
      const series = seriesAtPlace(kb, place.replace(/\s+/g, ' '));
      if (series.length !== 1) continue;
      // Where the place is a KB name, knownNameCandidates has it already.
      if (hasMatchAt(candidates, start, start + place.length)) break;
      const instances = instancesAt(series[0], place);
      const reason: MentionReason = { kind: 'instance', place, ...(instances.length === 1 ? { year: instances[0].year } : {}) };
      found.push({ start, end: match.index + match[0].length, rule: 'known-name', type: 'event', subtype: 'event', name: text.slice(start, match.index + match[0].length).replace(/\s+/g, ' '), series: { entry: series[0], reason } });
      break;
    }
  }
  return found;
}

/** Whether a match spans exactly [start, end) (matches sorted by start). */
function hasMatchAt(candidates: readonly RecognisedMention[], start: number, end: number): boolean {
  for (let i = partitionPoint(candidates.length, (k) => candidates[k].start < start); i < candidates.length && candidates[i].start === start; i++) {
    if (candidates[i].end === end) return true;
  }
  return false;
}

/** The paper's own entities: one per name (or acronym), with every mention of it. */
class DocumentEntities {
  private readonly byKey = new Map<string, { entry: RecognisedEntry; mentions: RecognisedMention[] }>();
  private readonly byAcronym = new Map<string, RecognisedEntry>();
  private readonly persons: { entry: RecognisedEntry; surname: string; after: number }[] = [];

  constructor(
    private readonly text: string,
    private readonly prose: readonly Span[],
    private readonly structure: TextStructure,
    /** Where other uses are looked for: the whole text, or the region a caller decides again. */
    private readonly scope: Span,
  ) {}

  add(n: NamedCandidate): void {
    if (n.start < 0) return; // an acronym definition of a KB name
    const key = nameKey(n.name);
    let record = this.byKey.get(key) ?? (n.acronym ? this.byKey.get(nameKey(n.acronym.text)) : undefined);
    if (!record) {
      const info: DocumentEntityInfo = { introduced: { start: n.start, end: n.end }, rule: n.rule, ...(n.acronym ? { acronym: n.acronym.text } : {}) };
      const entry = {
        id: `${DOCUMENT_ENTITY_ID_PREFIX}${slugify(n.name) || 'entity'}`,
        type: n.type,
        subtype: n.subtype,
        name: n.name,
        aliases: n.acronym ? [{ text: n.acronym.text }] : [],
        related: [],
        document: info,
      } as unknown as RecognisedEntry;
      record = { entry, mentions: [] };
      this.byKey.set(key, record);
      if (n.rule === 'titled-person') this.persons.push({ entry, surname: n.name.split(' ').pop()!, after: n.end });
    }
    if (this.inScope(n)) record.mentions.push({ start: n.start, end: n.end, entry: record.entry });
    if (n.acronym) {
      this.byAcronym.set(n.acronym.text, record.entry);
      this.byKey.set(nameKey(n.acronym.text), record);
    }
  }

  /** A KB match of a defined acronym, read as the paper's own entity. */
  addMention(entry: RecognisedEntry, at: Span): void {
    if (this.inScope(at)) this.byKey.get(nameKey(entry.name))?.mentions.push({ start: at.start, end: at.end, entry, reason: { kind: 'expansion', at: entry.document!.introduced.start } });
  }

  /**
   * Mentions are kept only where they reach into `scope`: every name of the paper still files its
   * entity (the first naming decides it), but a caller deciding one region reads mentions there only,
   * and a mention per name of the whole paper cost every edit time and memory.
   */
  private inScope(span: Span): boolean {
    return span.end > this.scope.start && span.start < this.scope.end;
  }

  mentions(): RecognisedMention[] {
    const seen = new Set<RecognisedEntry>();
    const out: RecognisedMention[] = [];
    for (const { entry, mentions } of this.byKey.values()) {
      if (seen.has(entry)) continue;
      seen.add(entry);
      out.push(...mentions);
    }
    return out;
  }

  /** Every mention: the names found, the acronyms' other uses, the bare surnames of titled people (those in `scope`). */
  finish(kbMentions: readonly RecognisedMention[]): RecognisedMention[] {
    const out = this.mentions();
    const taken = new Occupied([...kbMentions, ...out]);
    const { text, scope } = this;
    const add = (m: RecognisedMention): void => {
      out.push(m);
      taken.add(m);
    };
    const usable = (i: number, end: number): boolean =>
      !(i > 0 && isWordCode(text.charCodeAt(i - 1))) && !isWordCode(text.charCodeAt(end)) && isInside(this.prose, i) && isInside(this.prose, end - 1) && !isInside(this.structure.references, i) && !taken.overlaps(i, end);
    const found = occurrences(text, [...this.byAcronym.keys(), ...this.persons.map((p) => p.surname)], scope.start, scope.end);
    for (const [acronym, entry] of this.byAcronym) {
      for (const i of successive(found.get(acronym) ?? [], acronym.length, scope.start)) {
        const end = i + acronym.length;
        if (usable(i, end)) add({ start: i, end, entry });
      }
    }
    for (const { entry, surname, after } of this.persons) {
      for (const i of successive(found.get(surname) ?? [], surname.length, Math.max(after, scope.start))) {
        const end = i + surname.length;
        if (!usable(i, end)) continue;
        const before = wordBefore(text, i);
        if (before && isCapitalised(before.text) && !isTitle(before.text) && !startsSentence(text, before.start) && !SENTENCE_OPENERS.has(before.text.toLowerCase())) continue;
        if (nameGoesOn(text, end)) continue;
        add({ start: i, end, entry, reason: { kind: 'introduced', at: entry.document!.introduced.start } });
      }
    }
    return out;
  }
}

/** Spans taken by mentions: the given ones (which may overlap) and those added (which never do). */
class Occupied {
  private readonly given: readonly Span[];
  /** The largest end among given[0..i]. */
  private readonly reach: number[] = [];
  private readonly added: Span[] = [];

  constructor(spans: readonly Span[]) {
    this.given = [...spans].sort((a, b) => a.start - b.start);
    let max = -1;
    for (const s of this.given) this.reach.push((max = Math.max(max, s.end)));
  }

  overlaps(start: number, end: number): boolean {
    const k = partitionPoint(this.given.length, (i) => this.given[i].start < end) - 1;
    if (k >= 0 && this.reach[k] > start) return true;
    const j = partitionPoint(this.added.length, (i) => this.added[i].start < end) - 1;
    return j >= 0 && this.added[j].end > start;
  }

  add(span: Span): void {
    this.added.splice(partitionPoint(this.added.length, (i) => this.added[i].start < span.start), 0, span);
  }
}

/** Names compared as the paper's own entities compare them: case, a leading "the" and hyphens aside. */
export function nameKey(name: string): string {
  let key = nameKeys.get(name);
  if (key === undefined) {
    if (nameKeys.size >= 20_000) nameKeys.clear();
    key = name.toLowerCase().replace(/^the\s+/, '').replace(/[\s‐–-]+/g, ' ').trim();
    nameKeys.set(name, key);
  }
  return key;
}

/** Keys already made: every edit files the paper's names again, and a paper repeats its names. */
const nameKeys = new Map<string, string>();

/** Two lists sorted by start as one, `a`'s first where two start together (what a stable sort of a then b gives). */
function mergedByStart<T extends Span>(a: readonly T[], b: readonly T[]): T[] {
  const out: T[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) out.push(b[j].start < a[i].start ? b[j++] : a[i++]);
  while (i < a.length) out.push(a[i++]);
  while (j < b.length) out.push(b[j++]);
  return out;
}

/** Sorted, and where two overlap the longer stays (KB first on a tie). */
function withoutOverlaps(mentions: RecognisedMention[]): RecognisedMention[] {
  mentions.sort((a, b) => a.start - b.start || b.end - a.end || Number(Boolean(a.entry.document)) - Number(Boolean(b.entry.document)));
  const out: RecognisedMention[] = [];
  for (const m of mentions) {
    const last = out[out.length - 1];
    if (!last || m.start >= last.end) out.push(m);
    else if (m.end - m.start > last.end - last.start && m.start === last.start) out[out.length - 1] = m;
  }
  return out;
}

