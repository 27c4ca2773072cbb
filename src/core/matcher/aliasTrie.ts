import {
  canonicalForm,
  defaultCaseFor,
  endsWithCjk,
  foldedForm,
  pluralOf,
  startsWithCjk,
  type MatchCase,
} from './aliasForms';

/** One alias as the matcher needs it; `target` is the index of its entry in the caller's list. */
export interface MatchableAlias {
  readonly text: string;
  readonly target: number;
  readonly isTheory: boolean;
  readonly case?: MatchCase;
  readonly plural?: boolean;
  readonly capital?: boolean;
  readonly preferred?: boolean;
}

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
}

/**
 * A trie over folded, canonical code units, frozen into flat typed arrays after building:
 * the root has a direct 64K table, other nodes keep their edges sorted for a short scan or a
 * binary search. `terminal[node]` indexes `variants` (or is -1).
 */
export interface AliasTrie {
  readonly rootTable: Int32Array;
  readonly edgeStart: Int32Array;
  readonly edgeCount: Int32Array;
  readonly edgeCode: Uint16Array;
  readonly edgeTarget: Int32Array;
  readonly terminal: Int32Array;
  readonly variants: readonly (readonly AliasVariant[])[];
  /** Some alias starts with a CJK character, so the scan must try inside CJK runs. */
  readonly hasCjkStarts: boolean;
  readonly aliasCount: number;
}

export function buildAliasTrie(aliases: readonly MatchableAlias[]): AliasTrie {
  const children: Map<number, number>[] = [new Map()];
  const terminalOf: number[] = [-1];
  const variants: AliasVariant[][] = [];
  let hasCjkStarts = false;

  const insert = (key: string, variant: AliasVariant): void => {
    let node = 0;
    for (let i = 0; i < key.length; i++) {
      const code = key.charCodeAt(i);
      let next = children[node].get(code);
      if (next === undefined) {
        next = children.length;
        children.push(new Map());
        terminalOf.push(-1);
        children[node].set(code, next);
      }
      node = next;
    }
    if (terminalOf[node] === -1) {
      terminalOf[node] = variants.length;
      variants.push([]);
    }
    const list = variants[terminalOf[node]];
    if (!list.some((v) => v.target === variant.target && v.rule === variant.rule && v.cased === variant.cased)) list.push(variant);
  };

  for (const alias of aliases) {
    const cased = canonicalForm(alias.text);
    if (!/[\p{L}\p{N}]/u.test(cased)) continue; // punctuation-only aliases can never be whole words
    const rule = alias.case ?? defaultCaseFor(cased, alias.isTheory);
    const variant: AliasVariant = {
      target: alias.target,
      rule,
      cased,
      capital: alias.capital === true,
      preferred: alias.preferred === true,
      freeStart: startsWithCjk(cased),
      freeEnd: endsWithCjk(cased),
    };
    hasCjkStarts ||= variant.freeStart;
    insert(foldedForm(cased), variant);
    if (rule === 'insensitive' && alias.plural !== false) {
      const plural = pluralOf(cased);
      if (plural) insert(foldedForm(plural), { ...variant, cased: plural });
    }
  }
  return freeze(children, terminalOf, variants, hasCjkStarts, aliases.length);
}

function freeze(
  children: Map<number, number>[],
  terminalOf: number[],
  variants: AliasVariant[][],
  hasCjkStarts: boolean,
  aliasCount: number,
): AliasTrie {
  const nodeCount = children.length;
  let edges = 0;
  for (const map of children) edges += map.size;
  const edgeStart = new Int32Array(nodeCount);
  const edgeCount = new Int32Array(nodeCount);
  const edgeCode = new Uint16Array(edges);
  const edgeTarget = new Int32Array(edges);
  let cursor = 0;
  for (let node = 0; node < nodeCount; node++) {
    const sorted = [...children[node]].sort((a, b) => a[0] - b[0]);
    edgeStart[node] = cursor;
    edgeCount[node] = sorted.length;
    for (const [code, target] of sorted) {
      edgeCode[cursor] = code;
      edgeTarget[cursor] = target;
      cursor++;
    }
  }
  const rootTable = new Int32Array(0x10000).fill(-1);
  for (const [code, target] of children[0]) rootTable[code] = target;
  return {
    rootTable,
    edgeStart,
    edgeCount,
    edgeCode,
    edgeTarget,
    terminal: Int32Array.from(terminalOf),
    variants,
    hasCjkStarts,
    aliasCount,
  };
}

/** The child of `node` along `code`, or -1. */
export function stepTrie(trie: AliasTrie, node: number, code: number): number {
  if (node === 0) return trie.rootTable[code];
  const start = trie.edgeStart[node];
  const count = trie.edgeCount[node];
  if (count <= 8) {
    for (let i = start; i < start + count; i++) {
      const c = trie.edgeCode[i];
      if (c === code) return trie.edgeTarget[i];
      if (c > code) return -1;
    }
    return -1;
  }
  let low = start;
  let high = start + count - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const c = trie.edgeCode[mid];
    if (c === code) return trie.edgeTarget[mid];
    if (c < code) low = mid + 1;
    else high = mid - 1;
  }
  return -1;
}
