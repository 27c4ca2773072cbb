import {
  canonicalForm,
  defaultCaseFor,
  endsWithCjk,
  foldedForm,
  pluralOf,
  startsWithCjk,
  type MatchCase,
} from './aliasForms';
import { buildDoubleArray, labelTable, stepState, type DoubleArray } from './doubleArray';
import { decodeIntArray, encodeIntArray } from './arrayCodec';
import { buildFilter, firstWordHash } from './firstWordFilter';

/** One alias as the matcher needs it; `target` is the index of its entry in the caller's list. */
export interface MatchableAlias {
  readonly text: string;
  readonly target: number;
  readonly isTheory: boolean;
  readonly case?: MatchCase;
  readonly plural?: boolean;
  /** A place standing for an actor (a capital, a seat): not the actor where the text uses it as a place. */
  readonly capital?: boolean;
  readonly preferred?: boolean;
  /** What the recognition rules need to know of the alias (see ALIAS_ROLE): reported with each match. */
  readonly role?: number;
}

/**
 * Bits of an alias's role, reported with its matches for the rules that decide in context:
 * a bare surname, an everyday word, a phrase that blocks the entity's names ("magical realism").
 */
export const ALIAS_ROLE = { surname: 1, everyday: 2, block: 4 } as const;

/** What the scanner checks once the trie has reached a terminal. */
export interface AliasVariant {
  readonly target: number;
  readonly rule: MatchCase;
  /** Canonical form with case kept, compared for `exact`/`proper`. */
  readonly cased: string;
  readonly capital: boolean;
  readonly preferred: boolean;
  /** CJK aliases need no word boundary on that side. */
  readonly freeStart: boolean;
  readonly freeEnd: boolean;
  /** ALIAS_ROLE bits. */
  readonly role: number;
}

/**
 * A trie over folded, canonical code units, frozen into a double array (see `doubleArray.ts`), so
 * each step costs the same whether a node has one child or hundreds. `terminal[state]` indexes
 * `variantLists` (or is -1).
 */
export interface AliasTrie extends DoubleArray {
  readonly terminal: Int32Array;
  /** Per terminal (`terminal[state]`), its variants; read them with `variantsAt`. */
  readonly variantLists: (readonly AliasVariant[] | undefined)[];
  /** When loaded from a bundle: the variants as shipped, decoded into `variantLists` on first use. */
  readonly encodedVariants: readonly (readonly EncodedVariant[])[] | undefined;
  /** Some alias starts with a CJK character, so the scan must try inside CJK runs. */
  readonly hasCjkStarts: boolean;
  readonly aliasCount: number;
  /** The longest key, in code units: no walk goes deeper. */
  readonly maxDepth: number;
  /** Hashes of the keys' first words, and the filter built from them (see `firstWordFilter.ts`). */
  readonly firstWordHashes: Int32Array;
  readonly firstWords: Int32Array;
}

export function buildAliasTrie(aliases: readonly MatchableAlias[]): AliasTrie {
  const keyed: { key: string; variant: AliasVariant }[] = [];
  let hasCjkStarts = false;
  for (const alias of aliases) {
    const cased = canonicalForm(alias.text);
    if (!/[\p{L}\p{N}]/u.test(cased)) continue; // punctuation-only aliases can never be whole words
    const rule = alias.case ?? defaultCaseFor(cased, alias.isTheory);
    const variant = makeVariant(alias.target, rule, cased, alias.capital === true, alias.preferred === true, startsWithCjk(cased), endsWithCjk(cased), alias.role ?? 0);
    hasCjkStarts ||= variant.freeStart;
    keyed.push({ key: foldedForm(cased), variant });
    if (rule === 'insensitive' && alias.plural !== false) {
      const plural = pluralOf(cased);
      if (plural) keyed.push({ key: foldedForm(plural), variant: makeVariant(variant.target, rule, plural, variant.capital, variant.preferred, variant.freeStart, variant.freeEnd, variant.role) });
    }
  }
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const ends: number[] = [];
  const array = buildDoubleArray(
    keyed.map((k) => k.key),
    (state, keyIndex) => ends.push(state, keyIndex),
  );
  const terminal = new Int32Array(array.base.length).fill(-1);
  const variants: AliasVariant[][] = [];
  let maxDepth = 0;
  for (let i = 0; i < ends.length; i += 2) {
    const state = ends[i];
    const { key, variant } = keyed[ends[i + 1]];
    if (key.length > maxDepth) maxDepth = key.length;
    if (terminal[state] === -1) {
      terminal[state] = variants.length;
      variants.push([]);
    }
    const list = variants[terminal[state]];
    if (!list.some((x) => x.target === variant.target && x.rule === variant.rule && x.cased === variant.cased && x.role === variant.role)) list.push(variant);
  }
  const hashes = new Set<number>();
  for (const { key } of keyed) {
    const hash = firstWordHash(key);
    if (hash !== undefined) hashes.add(hash);
  }
  // Sorted, so the shipped list (delta-encoded) stays small.
  const firstWordHashes = Int32Array.from(hashes).sort();
  return trieOf(array, terminal, variants, undefined, { hasCjkStarts, aliasCount: aliases.length, maxDepth }, firstWordHashes);
}

/**
 * The one place a trie object is made, so built and loaded tries share a hidden class and the
 * matcher's property reads stay monomorphic.
 */
function trieOf(
  array: DoubleArray,
  terminal: Int32Array,
  variantLists: (readonly AliasVariant[] | undefined)[],
  encodedVariants: readonly (readonly EncodedVariant[])[] | undefined,
  facts: { readonly hasCjkStarts: boolean; readonly aliasCount: number; readonly maxDepth: number },
  firstWordHashes: Int32Array,
): AliasTrie {
  return {
    label: array.label,
    alphabet: array.alphabet,
    base: array.base,
    check: array.check,
    terminal,
    variantLists,
    encodedVariants,
    hasCjkStarts: facts.hasCjkStarts,
    aliasCount: facts.aliasCount,
    maxDepth: facts.maxDepth,
    firstWordHashes,
    firstWords: buildFilter(firstWordHashes),
  };
}

/** The variants of terminal `index`, decoding them on first use when the trie came from a bundle. */
export function variantsAt(trie: AliasTrie, index: number): readonly AliasVariant[] {
  return (trie.variantLists[index] ??= trie.encodedVariants![index].map(([target, rule, cased, flags]) =>
    makeVariant(target, rule, cased, (flags & 1) !== 0, (flags & 2) !== 0, (flags & 4) !== 0, (flags & 8) !== 0, flags >> 4),
  ));
}

/** Every variant is made here, so all share one hidden class (the matcher reads them in its hot path). */
function makeVariant(target: number, rule: MatchCase, cased: string, capital: boolean, preferred: boolean, freeStart: boolean, freeEnd: boolean, role: number): AliasVariant {
  return { target, rule, cased, capital, preferred, freeStart, freeEnd, role };
}

/** A variant as shipped: [target, rule, cased, flags], flags = capital | preferred<<1 | freeStart<<2 | freeEnd<<3 | role<<4. */
export type EncodedVariant = readonly [number, MatchCase, string, number];

/** The state reached from `state` along key unit `unit`, or -1. */
export const stepTrie: (trie: AliasTrie, state: number, unit: number) => number = stepState;

/** The trie as compact JSON, so the build can ship it ready-made: the integer arrays as delta varints (arrayCodec.ts). */
export interface SerializedTrie {
  readonly aliasCount: number;
  readonly hasCjkStarts: boolean;
  readonly maxDepth: number;
  readonly alphabet: string;
  readonly base: string;
  readonly check: string;
  readonly firstWordHashes: string;
  /** Flat pairs [state, variantIndex, ...] for the states that end an alias. */
  readonly terminals: string;
  /** Per terminal: [target, rule, cased, flags] with flags = capital | preferred<<1 | freeStart<<2 | freeEnd<<3 | role<<4. */
  readonly variants: readonly (readonly EncodedVariant[])[];
}


export function serializeTrie(trie: AliasTrie): SerializedTrie {
  const terminals: number[] = [];
  trie.terminal.forEach((variant, state) => {
    if (variant >= 0) terminals.push(state, variant);
  });
  return {
    aliasCount: trie.aliasCount,
    hasCjkStarts: trie.hasCjkStarts,
    maxDepth: trie.maxDepth,
    alphabet: encodeIntArray(trie.alphabet),
    base: encodeIntArray(trie.base),
    check: encodeIntArray(trie.check),
    firstWordHashes: encodeIntArray(trie.firstWordHashes),
    terminals: encodeIntArray(terminals),
    variants: Array.from({ length: trie.variantLists.length }, (_, index) =>
      variantsAt(trie, index).map((v) => [v.target, v.rule, v.cased, (v.capital ? 1 : 0) | (v.preferred ? 2 : 0) | (v.freeStart ? 4 : 0) | (v.freeEnd ? 8 : 0) | (v.role << 4)] as const),
    ),
  };
}

export function deserializeTrie(data: SerializedTrie): AliasTrie {
  const alphabet = decodeIntArray(data.alphabet, (n) => new Uint16Array(n));
  const base = decodeIntArray(data.base, (n) => new Int32Array(n));
  const check = decodeIntArray(data.check, (n) => new Int32Array(n));
  const firstWordHashes = decodeIntArray(data.firstWordHashes, (n) => new Int32Array(n));
  const terminals = decodeIntArray(data.terminals, (n) => new Int32Array(n));
  const terminal = new Int32Array(base.length).fill(-1);
  for (let i = 0; i < terminals.length; i += 2) terminal[terminals[i]] = terminals[i + 1];
  // Sized up front: filling a growing array at scattered indices would turn it into a slow dictionary.
  const facts = { hasCjkStarts: data.hasCjkStarts, aliasCount: data.aliasCount, maxDepth: data.maxDepth };
  // Sized and filled up front: filling a growing array at scattered indices would turn it into a
  // slow dictionary, and a packed array keeps the matcher's reads alike for built and loaded tries.
  const lists = new Array<readonly AliasVariant[] | undefined>(data.variants.length).fill(undefined);
  return trieOf({ label: labelTable(alphabet), alphabet, base, check }, terminal, lists, data.variants, facts, firstWordHashes);
}
