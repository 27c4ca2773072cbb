import type { KnowledgeBase } from '../../kb';
import { partitionPoint, type Span } from '../../text';
import type { AnalysisOptions, Mention } from '../analysis';
import type { IrDocument } from '../document';
import { shifted } from './mentionWindow';
import { shiftNamed } from './namedWindow';
import {
  CONTEXT_REACH,
  DATELINE_LENGTH,
  introduces,
  isAcronymText,
  isReadAsOwnName,
  knownNames,
  nameKey,
  usableCandidates,
  paragraphAround,
  readStructure,
  recognise,
  entryMover,
  shiftReason,
  updateStructure,
  type NamedCandidate,
  type RecognisedEntry,
  type TextStructure,
} from '../recognition';

/** What the rules read of a whole text, kept with its analysis so the next edit updates rather than rereads it. */
export interface RecognitionFacts {
  readonly structure: TextStructure;
  /** KB names joined to a head word, over the whole text (see `knownNames`), sorted. */
  readonly knownNames: readonly NamedCandidate[];
}

/**
 * The rules in context after an edit, decided again only near it. Most rules read a paragraph or a
 * window of CONTEXT_REACH around a mention; a few read the whole paper: people named in full (their
 * later surnames), acronyms spelt out, names the paper introduces, the dateline and the reference
 * sections. Where the edit changes none of those for the text outside the region it can reach, the
 * mentions there stay as they were (moved by `delta`), and the rules run on the region with the
 * paper-wide facts from elsewhere. Otherwise `mentions` is absent and the caller decides the whole
 * paper again (with the facts returned). A property test checks the result equals a full analysis.
 */
export interface WindowInput {
  readonly document: IrDocument;
  readonly prose: readonly Span[];
  readonly candidates: readonly Mention[];
  readonly named: readonly NamedCandidate[];
  /** The previous analysis: its text, raw matches, names and mentions, and its facts where kept. */
  readonly previous: {
    readonly text: string;
    readonly candidates: readonly Mention[];
    readonly named: readonly NamedCandidate[];
    readonly mentions: readonly Mention[];
    readonly facts?: RecognitionFacts;
  };
  /** The text decided again at least (the rematched window, which covers the edit), in the new text. */
  readonly edited: Span;
  /** The edit: [start, end) of the previous text replaced by text `delta` characters longer or shorter. */
  readonly edit: { readonly start: number; readonly end: number; readonly delta: number };
  readonly kb: KnowledgeBase;
  readonly options: AnalysisOptions;
}

export interface WindowResult {
  /** The new text's facts. */
  readonly facts: RecognitionFacts;
  /** The mentions and the region decided again, unless the whole paper must be. */
  readonly resolved?: { readonly mentions: Mention[]; readonly region: Span };
}

export function resolveAround(input: WindowInput): WindowResult {
  const { document, candidates, previous, edited, edit, kb } = input;
  const { text } = document;
  const { start: editStart, delta } = edit;
  const oldStructure = previous.facts?.structure ?? readStructure(previous.text, document.language);
  const structure = updateStructure(oldStructure, previous.text, text, document.language, edit);

  // The paragraphs of the edit; the mentions whose context can reach them; the matches that context reads.
  const paragraphs = wholeParagraphs(text, structure, edited.start, Math.max(edited.start, edited.end - 1));
  const take = wholeParagraphs(text, structure, paragraphs.start - CONTEXT_REACH, paragraphs.end + CONTEXT_REACH);
  const include = wholeParagraphs(text, structure, take.start - CONTEXT_REACH, take.end + CONTEXT_REACH);
  const old = { start: include.start, end: include.end - delta };
  // Reference sections reach to the next heading: an edit of one changes what is read far away.
  const sameReferences = sameSpansMoved(structure.references, oldStructure.references, editStart, delta);

  const known = previous.facts && sameReferences ? knownNamesAround(input, structure, include, old) : knownNames(text, usableCandidates(candidates, structure), kb, structure);
  const facts: RecognitionFacts = { structure, knownNames: known };
  if (!sameReferences || include.start < DATELINE_LENGTH || old.end < old.start) return { facts };
  // What the region says that counts paper-wide (acronyms spelt out, names introduced) must change nothing outside it.
  if (!paperWideUnchanged(input, { now: structure, was: oldStructure }, include, old, take)) return { facts };

  const local = decideRegion(input, { structure, knownNames: known }, include, introductionsBefore(previous.mentions, include.start));

  // Later surnames point at the last time their person was named: the region must name the same people at the same places.
  const oldTake = { start: take.start, end: take.end - delta };
  const at = (m: Mention): number => (m.start >= editStart ? m.start + delta : m.start);
  if (!laterSurnamesUnchanged(candidates, take, namings(local, take, (m) => m.start), namings(previous.mentions, oldTake, at))) return { facts };

  // Old mentions before the region as they were, after it moved by delta; the region's from the rules.
  const moveEntry = entryMover(editStart, delta);
  const out: Mention[] = [];
  // Before the region only what points after the edit moves: a reason's offset, an introduction.
  for (const m of previous.mentions) {
    if (m.end > take.start) break;
    out.push(pointsAfter(m, editStart) ? move(m, editStart, delta, moveEntry, 0) : m);
  }
  for (const m of inside(local, take)) out.push(m);
  for (let i = partitionPoint(previous.mentions.length, (k) => previous.mentions[k].start < take.end - delta); i < previous.mentions.length; i++) {
    out.push(move(previous.mentions[i], editStart, delta, moveEntry));
  }
  return { facts, resolved: { mentions: out, region: take } };
}

/**
 * The rules in context over `include` alone, with the paper-wide facts from the whole text: the matches
 * there, the full names of acronyms spelt out elsewhere, the matches that decide the paper's names elsewhere,
 * and where each person was last named before it. Its mentions are right wherever their context lies inside
 * `include` (CONTEXT_REACH from its edges).
 */
export function decideRegion(
  input: { readonly document: IrDocument; readonly prose: readonly Span[]; readonly candidates: readonly Mention[]; readonly named: readonly NamedCandidate[]; readonly kb: KnowledgeBase; readonly options: AnalysisOptions },
  facts: RecognitionFacts,
  include: Span,
  introducedBefore: ReadonlyMap<string, number>,
): Mention[] {
  const { document, candidates, named } = input;
  const expansions = expansionCandidates(candidates, named, include, document.text, facts.structure);
  return recognise({
    knownNames: facts.knownNames,
    text: document.text,
    language: document.language,
    prose: input.prose,
    candidates: [...expansions, ...inside(candidates, include)].sort((a, b) => a.start - b.start),
    arbiters: arbiterCandidates(candidates, named, include, expansions),
    introducedBefore,
    named,
    kb: input.kb,
    documentEntities: input.options.documentEntities,
    structure: facts.structure,
    scope: include,
  });
}

/** The known names: those outside `include` as they were (moved), those inside found again. */
function knownNamesAround(input: WindowInput, structure: TextStructure, include: Span, old: Span): NamedCandidate[] {
  const previous = input.previous.facts!.knownNames;
  const fresh = knownNames(input.document.text, usableCandidates(inside(input.candidates, include), structure), input.kb, structure, include);
  const out = previous.slice(0, partitionPoint(previous.length, (i) => previous[i].start < include.start));
  for (const n of fresh) if (n.start >= include.start && n.start < include.end) out.push(n);
  for (let i = partitionPoint(previous.length, (k) => previous[k].start < old.end); i < previous.length; i++) out.push(shiftNamed(previous[i], input.edit.delta));
  return out;
}

/** Whether `now` is `was` with what lies from `from` on moved by `delta` (a span across `from` keeps its start, its end moves). */
function sameSpansMoved(now: readonly Span[], was: readonly Span[], from: number, delta: number): boolean {
  if (now.length !== was.length) return false;
  for (let i = 0; i < now.length; i++) {
    const start = was[i].start >= from ? was[i].start + delta : was[i].start;
    const end = was[i].end >= from ? was[i].end + delta : was[i].end;
    if (now[i].start !== start || now[i].end !== end) return false;
  }
  return true;
}

/** [start, end) widened to whole paragraphs. */
export function wholeParagraphs(text: string, structure: ReturnType<typeof readStructure>, start: number, end: number): Span {
  const from = Math.max(0, Math.min(start, text.length));
  const to = Math.max(0, Math.min(end, text.length));
  return { start: paragraphAround(text, from, structure).start, end: paragraphAround(text, Math.max(from, to - 1), structure).end };
}

function inside<T extends Span>(items: readonly T[], span: Span): T[] {
  const from = partitionPoint(items.length, (i) => items[i].end <= span.start);
  const out: T[] = [];
  for (let i = from; i < items.length && items[i].start < span.end; i++) if (items[i].start >= span.start && items[i].end <= span.end) out.push(items[i]);
  return out;
}

/**
 * What a stretch of text says that counts beyond it: acronyms spelt out (by a KB name or the paper's
 * own), and the names the paper introduces. Each fact with the words whose uses elsewhere it decides.
 */
interface PaperWideFact {
  readonly key: string;
  /** Where it is stated (a name's whole span: its entity's introduction). */
  readonly at: number;
  readonly end: number;
  /** The KB entry whose match states it, if one does. */
  readonly entry?: string;
  /** Texts whose uses elsewhere the fact decides (an acronym); `later`: only uses after it (a titled person's surname). */
  readonly words: readonly { readonly text: string; readonly later?: boolean }[];
  /** A name of the paper's own: its other mentions share the entity its first mention introduces. */
  readonly name?: string;
}

function paperWideFacts(text: string, structure: TextStructure, span: Span, candidates: readonly Mention[], named: readonly NamedCandidate[]): PaperWideFact[] {
  const facts: PaperWideFact[] = [];
  // As recognise reads them: no match in a reference list, no name of the paper's own in a heading either.
  for (const c of usableCandidates(inside(candidates, span), structure)) {
    const matched = text.slice(c.start, c.end);
    // "(IEA" spells out the name before it; "International Energy Agency (" the acronym after it.
    if (text.charCodeAt(c.start - 1) === 0x28 && isAcronymText(matched)) facts.push({ key: `x:${c.entry.id}:${matched}`, at: c.start, end: c.end, entry: c.entry.id, words: [{ text: matched }] });
    const acronym = /^\s*\(\s*([^\s()]+)/.exec(text.slice(c.end, c.end + 24));
    if (acronym && isAcronymText(acronym[1])) facts.push({ key: `x:${c.entry.id}:${matched}(${acronym[1]}`, at: c.start, end: c.end, entry: c.entry.id, words: [{ text: acronym[1] }] });
  }
  for (const n of inside(named, span)) {
    if (!isReadAsOwnName(n, structure)) continue;
    const words: { text: string; later?: boolean }[] = [];
    if (n.acronym) words.push({ text: n.acronym.text });
    if (n.rule === 'titled-person') words.push({ text: n.name.split(' ').pop()!, later: true });
    facts.push({ key: `n:${n.rule}:${n.name}:${n.acronym?.text ?? ''}`, at: n.start, end: n.end, words, name: nameKey(n.name) });
  }
  return facts;
}

/**
 * Whether the facts the edit added to or took from the region change nothing outside it: each such
 * fact is stated before the region too (the first statement decides), or nothing outside the region
 * uses its words or its name.
 */
function paperWideUnchanged(input: WindowInput, structures: { readonly now: TextStructure; readonly was: TextStructure }, include: Span, old: Span, take: Span): boolean {
  const { document, candidates, named, previous } = input;
  const { text } = document;
  const now = paperWideFacts(text, structures.now, include, candidates, named);
  const was = paperWideFacts(previous.text, structures.was, old, previous.candidates, previous.named);
  // The first statement of each fact decides: where it is, in the new text.
  const firsts = (facts: readonly PaperWideFact[], at: (offset: number) => number): Map<string, string> => {
    const out = new Map<string, string>();
    for (const f of facts) if (!out.has(f.key)) out.set(f.key, `${at(f.at)}-${at(f.end)}`);
    return out;
  };
  const nowFirst = firsts(now, (offset) => offset);
  const wasFirst = firsts(was, (offset) => (offset >= input.edit.start ? offset + input.edit.delta : offset));
  const where = (f: PaperWideFact): string => `${f.at}-${f.end}`;
  const changed = [...now.filter((f) => nowFirst.get(f.key) === where(f) && wasFirst.get(f.key) !== where(f)), ...was.filter((f) => !nowFirst.has(f.key))];
  if (changed.length === 0) return true;
  // Mentions outside `take` are kept as they were: nothing there may read the changed facts.
  const statedBefore = (f: PaperWideFact): boolean => paperWideFacts(text, structures.now, { start: 0, end: take.start }, candidatesNamed(candidates, f), namedNamed(named, f)).some((g) => g.key === f.key);
  const usedOutside = (word: { text: string; later?: boolean }): boolean => {
    const at = word.later ? -1 : text.indexOf(word.text);
    return (at >= 0 && at < take.start) || text.indexOf(word.text, take.end) >= 0;
  };
  const namedOutside = (key: string): boolean => named.some((n) => (n.end <= take.start || n.start >= take.end) && hasNameKey(n, key));
  return changed.every((f) => (!f.words.some(usedOutside) && !(f.name !== undefined && namedOutside(f.name))) || statedBefore(f));
}

/** The people named in `span` (see `introduces`), and where. */
function namings(mentions: readonly Mention[], span: Span, at: (m: Mention) => number): string[] {
  return inside(mentions, span)
    .filter(introduces)
    .map((m) => `${m.entry.id}@${at(m)}`);
}

/** Whether no person's surname after the region can read differently: the region names the same people where it did, or nobody named differently has a match after it. */
function laterSurnamesUnchanged(candidates: readonly Mention[], take: Span, now: readonly string[], was: readonly string[]): boolean {
  if (now.join() === was.join()) return true;
  const nowSet = new Set(now);
  const wasSet = new Set(was);
  const ids = new Set([...now.filter((n) => !wasSet.has(n)), ...was.filter((n) => !nowSet.has(n))].map((n) => n.slice(0, n.lastIndexOf('@'))));
  for (let i = partitionPoint(candidates.length, (k) => candidates[k].start < take.end); i < candidates.length; i++) {
    const c = candidates[i];
    if (c.entry.subtype === 'person' && (ids.has(c.entry.id) || c.alternatives?.some((id) => ids.has(id)))) return false;
  }
  return true;
}

/** Where each person was last named before `offset`, read from the mentions there (which the edit left as they were). */
function introductionsBefore(mentions: readonly Mention[], offset: number): Map<string, number> {
  const out = new Map<string, number>();
  readIntroductions(mentions, 0, offset, out);
  return out;
}

/**
 * Records in `into` where each person is named in `mentions` (sorted) from index `from` on, up to those
 * ending after `offset`; returns the index it stopped at, so a caller moving forward goes on from there.
 */
export function readIntroductions(mentions: readonly Mention[], from: number, offset: number, into: Map<string, number>): number {
  let i = from;
  for (; i < mentions.length && mentions[i].end <= offset; i++) if (introduces(mentions[i])) into.set(mentions[i].entry.id, mentions[i].start);
  return i;
}

/**
 * The matches outside the region whose facts reach into it: the full name before an acronym the paper
 * spells out. The first definition of an acronym decides (see recognise's acronymExpansions), so for each
 * acronym only the definitions up to the first that reads "Full Name (ACRONYM" with a name the KB knows count.
 */
function expansionCandidates(candidates: readonly Mention[], named: readonly NamedCandidate[], include: Span, text: string, structure: TextStructure): Mention[] {
  const out = new Set<Mention>();
  const settled = new Set<string>();
  for (const n of named) {
    // Only the definitions recognise reads (one in a heading spells out nothing).
    if (n.rule !== 'acronym' || !n.acronym || settled.has(n.acronym.text) || !isReadAsOwnName(n, structure)) continue;
    const at = partitionPoint(candidates.length, (i) => candidates[i].end <= n.acronym!.start) - 1;
    if (at < 0) continue;
    // The KB knows the whole name (so the definition is the KB entity's) and it stands right before the parenthesis.
    const full = candidates[at];
    if (full.start <= n.start && full.end >= n.end && /^\s*\(\s*$/.test(text.slice(full.end, n.acronym.start))) settled.add(n.acronym.text);
    if (outside(candidates[at], include)) out.add(candidates[at]);
  }
  return [...out];
}

/** The matches overlapping the paper's own names outside the region: they decide whether a name stands (and so what its entity is). */
function arbiterCandidates(candidates: readonly Mention[], named: readonly NamedCandidate[], include: Span, taken: readonly Mention[]): Mention[] {
  const out = new Set<Mention>();
  for (const n of named) {
    if (!outside(n, include)) continue;
    // Sorted by start: those starting inside the name, and the few before it that may reach into it.
    const from = partitionPoint(candidates.length, (k) => candidates[k].start < n.start);
    for (let i = Math.max(0, from - 8); i < candidates.length && candidates[i].start < n.end; i++) {
      if (candidates[i].end > n.start && outside(candidates[i], include)) out.add(candidates[i]);
    }
  }
  for (const c of taken) out.delete(c);
  return [...out];
}

function outside(s: Span, include: Span): boolean {
  return s.end <= include.start || s.start >= include.end;
}

/** The matches and names that could state `fact` again: those of its entity or name only. */
function candidatesNamed(candidates: readonly Mention[], fact: PaperWideFact): Mention[] {
  return fact.entry === undefined ? [] : candidates.filter((c) => c.entry.id === fact.entry);
}

function namedNamed(named: readonly NamedCandidate[], fact: PaperWideFact): NamedCandidate[] {
  return fact.name === undefined ? [] : named.filter((n) => hasNameKey(n, fact.name!));
}

/** Whether the name's key is `key` (a key drops at most "the " and spacing, so lengths far apart never match). */
function hasNameKey(n: NamedCandidate, key: string): boolean {
  return Math.abs(n.name.length - key.length) <= 4 && nameKey(n.name) === key;
}

/** Whether a mention before the edit points at something after it: a reason's offset, an introduction. */
function pointsAfter(m: Mention, from: number): boolean {
  return (m.reason !== undefined && 'at' in m.reason && m.reason.at >= from) || (m.entry.document !== undefined && m.entry.document.introduced.start >= from);
}

/**
 * A mention of the previous text in the new one: moved by `by`, and what it points at from `from` on
 * (a reason's offset, an introduction) moved by `delta`.
 */
function move(m: Mention, from: number, delta: number, moveEntry: (entry: RecognisedEntry) => RecognisedEntry, by = delta): Mention {
  const reason = m.reason && 'at' in m.reason && m.reason.at >= from ? shiftReason(m.reason, delta) : m.reason;
  return shifted(m, by, moveEntry(m.entry), reason);
}
