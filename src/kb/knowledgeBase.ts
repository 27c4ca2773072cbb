import { ALIAS_ROLE, buildAliasTrie, type AliasTrie, type MatchableAlias } from '../matcher';
import type { KbEntry } from './schema';

/**
 * The loaded knowledge: entries by id and the alias trie the matcher runs on. The trie is built on
 * first use, so loading stays cheap until a document is analysed.
 */
export class KnowledgeBase {
  private readonly byId: ReadonlyMap<string, KbEntry>;
  private trieCache: AliasTrie | undefined;
  private aliasTexts: Set<string> | undefined;

  /** `trie`, when given, must have been built from these entries' `matchableAliases()` (the bundle ships one). */
  constructor(
    readonly entries: readonly KbEntry[],
    trie?: AliasTrie,
  ) {
    this.byId = new Map(entries.map((e) => [e.id, e]));
    this.trieCache = trie;
  }

  get size(): number {
    return this.entries.length;
  }

  get(id: string): KbEntry | undefined {
    return this.byId.get(id);
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
