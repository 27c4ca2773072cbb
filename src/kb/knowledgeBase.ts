import { ALIAS_ROLE, buildAliasTrie, type AliasTrie, type MatchableAlias } from '../matcher';
import type { KbEntry } from './schema';

/**
 * Entries as the bundle ships them: each entry's JSON text, parsed only when the entry is first needed
 * (a paper touches a few hundred of several thousand), with the ids and types known up front.
 */
export interface PackedEntries {
  readonly ids: readonly string[];
  readonly types: readonly string[];
  /** Parses entry `index` (called once per entry). */
  readonly read: (index: number) => KbEntry;
  /** Indices of the historical states that name a successor (see `predecessorsOf`). */
  readonly historical: readonly number[];
}

/**
 * The loaded knowledge: entries by id and the alias trie the matcher runs on. The trie is built on
 * first use, so loading stays cheap until a document is analysed; packed entries are parsed one by one
 * as they are needed.
 */
export class KnowledgeBase {
  private readonly byId: ReadonlyMap<string, number>;
  private readonly ids: readonly string[];
  private readonly types: readonly string[];
  private readonly parsed: (KbEntry | undefined)[];
  private readonly read: ((index: number) => KbEntry) | undefined;
  private readonly historical: readonly number[] | undefined;
  private predecessors: Map<string, KbEntry[]> | undefined;
  private all: readonly KbEntry[] | undefined;
  private trieCache: AliasTrie | undefined;
  private aliasTexts: Set<string> | undefined;

  /** `trie`, when given, must have been built from these entries' `matchableAliases()` (the bundle ships one). */
  constructor(entries: readonly KbEntry[] | PackedEntries, trie?: AliasTrie) {
    if (isPacked(entries)) {
      this.ids = entries.ids;
      this.types = entries.types;
      this.read = entries.read;
      this.historical = entries.historical;
      this.parsed = new Array<KbEntry | undefined>(entries.ids.length).fill(undefined);
    } else {
      this.ids = entries.map((e) => e.id);
      this.types = entries.map((e) => e.type);
      this.read = undefined;
      this.historical = undefined;
      this.parsed = [...entries];
      this.all = entries;
    }
    this.byId = new Map(this.ids.map((id, index) => [id, index]));
    this.trieCache = trie;
  }

  get size(): number {
    return this.ids.length;
  }

  /** Every entry, in order (parses any not parsed yet: prefer `get` and `entryAt`). */
  get entries(): readonly KbEntry[] {
    if (!this.all) {
      for (let i = 0; i < this.ids.length; i++) this.entryAt(i);
      this.all = this.parsed as KbEntry[];
    }
    return this.all;
  }

  /** The entry at `index` (the matcher's targets index entries). */
  entryAt(index: number): KbEntry {
    return (this.parsed[index] ??= this.read!(index));
  }

  idAt(index: number): string {
    return this.ids[index];
  }

  typeAt(index: number): string {
    return this.types[index];
  }

  get(id: string): KbEntry | undefined {
    const index = this.byId.get(id);
    return index === undefined ? undefined : this.entryAt(index);
  }

  /**
   * The historical states whose `successor` is `id` ("soviet-union" and "russian-empire" for "russia"):
   * where a paper's date falls in one's `existed`, the modern name means it.
   */
  predecessorsOf(id: string): readonly KbEntry[] {
    if (!this.predecessors) {
      this.predecessors = new Map();
      const indices = this.historical ?? this.ids.map((_, i) => i);
      for (const i of indices) {
        const entry = this.entryAt(i);
        if (entry.subtype !== 'state' || !entry.successor || !entry.existed) continue;
        const list = this.predecessors.get(entry.successor) ?? [];
        list.push(entry);
        this.predecessors.set(entry.successor, list);
      }
    }
    return this.predecessors.get(id) ?? [];
  }

  /** True where some entry has exactly this name or alias (case kept). */
  hasAliasText(text: string): boolean {
    this.aliasTexts ??= new Set(this.entries.flatMap((e) => [e.name, ...e.aliases.map((a) => a.text)]));
    return this.aliasTexts.has(text);
  }

  get trie(): AliasTrie {
    return (this.trieCache ??= buildAliasTrie(this.matchableAliases()));
  }

  /**
   * Every name and alias as the matcher needs it; `target` indexes `entries`. Each carries its role for
   * the rules in context (a bare surname, an everyday word), and an entry's `notIn` phrases come as
   * blocking aliases: matched like names, so the longer phrase wins, then dropped.
   */
  matchableAliases(): MatchableAlias[] {
    const out: MatchableAlias[] = [];
    this.entries.forEach((entry, target) => {
      const isTheory = entry.type === 'theory';
      const everyday = entry.everyday === true;
      const roleOf = (kind: string | undefined, aliasEveryday: boolean | undefined): number =>
        (kind === 'surname' ? ALIAS_ROLE.surname : 0) | ((aliasEveryday ?? everyday) ? ALIAS_ROLE.everyday : 0);
      // An alias spelled like the name carries settings (case, plural) that the bare name cannot.
      if (!entry.aliases.some((a) => a.text === entry.name)) out.push({ text: entry.name, target, isTheory, role: roleOf(undefined, undefined) });
      for (const alias of entry.aliases) {
        out.push({
          text: alias.text,
          target,
          isTheory,
          case: alias.case,
          plural: alias.plural,
          capital: alias.kind === 'capital' || alias.kind === 'seat',
          preferred: alias.preferred,
          role: roleOf(alias.kind, alias.everyday),
        });
      }
      for (const phrase of entry.notIn ?? []) out.push({ text: phrase, target, isTheory, role: ALIAS_ROLE.block });
    });
    return out;
  }
}

function isPacked(entries: readonly KbEntry[] | PackedEntries): entries is PackedEntries {
  return !Array.isArray(entries);
}
