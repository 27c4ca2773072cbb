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
  /** The variants of terminal `index` (`terminal[node]`); decoded on first use when loaded from a bundle. */
  readonly variantsAt: (index: number) => readonly AliasVariant[];
  readonly terminalCount: number;
  /** Some alias starts with a CJK character, so the scan must try inside CJK runs. */
  readonly hasCjkStarts: boolean;
  readonly aliasCount: number;
}

export function buildAliasTrie(aliases: readonly MatchableAlias[]): AliasTrie {
  const keyed: { key: string; variant: AliasVariant }[] = [];
  let hasCjkStarts = false;
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
    keyed.push({ key: foldedForm(cased), variant });
    if (rule === 'insensitive' && alias.plural !== false) {
      const plural = pluralOf(cased);
      if (plural) keyed.push({ key: foldedForm(plural), variant: { ...variant, cased: plural } });
    }
  }
  // Sorted keys put every node's children in one contiguous, ordered run, so the frozen arrays are
  // built in a single breadth-first pass without a Map per node (which made building 20,000
  // aliases slow and garbage-heavy).
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return buildFromSorted(keyed, hasCjkStarts, aliases.length);
}

function buildFromSorted(keyed: readonly { key: string; variant: AliasVariant }[], hasCjkStarts: boolean, aliasCount: number): AliasTrie {
  const edgeStart: number[] = [];
  const edgeCount: number[] = [];
  const edgeCode: number[] = [];
  const edgeTarget: number[] = [];
  const terminal: number[] = [];
  const variants: AliasVariant[][] = [];
  // Work queue of nodes: [node, lo, hi, depth] over `keyed`, all sharing the node's prefix.
  const queue: number[] = [0, 0, keyed.length, 0];
  terminal.push(-1);
  let nodeCount = 1;
  for (let q = 0; q < queue.length; q += 4) {
    const node = queue[q];
    let lo = queue[q + 1];
    const hi = queue[q + 2];
    const depth = queue[q + 3];
    while (lo < hi && keyed[lo].key.length === depth) {
      if (terminal[node] === -1) {
        terminal[node] = variants.length;
        variants.push([]);
      }
      const list = variants[terminal[node]];
      const v = keyed[lo].variant;
      if (!list.some((x) => x.target === v.target && x.rule === v.rule && x.cased === v.cased)) list.push(v);
      lo++;
    }
    edgeStart[node] = edgeCode.length;
    let count = 0;
    for (let i = lo; i < hi; ) {
      const code = keyed[i].key.charCodeAt(depth);
      let j = i + 1;
      while (j < hi && keyed[j].key.charCodeAt(depth) === code) j++;
      const child = nodeCount++;
      terminal.push(-1);
      edgeCode.push(code);
      edgeTarget.push(child);
      queue.push(child, i, j, depth + 1);
      count++;
      i = j;
    }
    edgeCount[node] = count;
  }
  const rootTable = new Int32Array(0x10000).fill(-1);
  for (let e = edgeStart[0]; e < edgeStart[0] + edgeCount[0]; e++) rootTable[edgeCode[e]] = edgeTarget[e];
  return {
    rootTable,
    edgeStart: Int32Array.from(edgeStart),
    edgeCount: Int32Array.from(edgeCount),
    edgeCode: Uint16Array.from(edgeCode),
    edgeTarget: Int32Array.from(edgeTarget),
    terminal: Int32Array.from(terminal),
    variantsAt: (index) => variants[index],
    terminalCount: variants.length,
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

/**
 * The trie as compact JSON, so the build can ship it ready-made. Breadth-first construction numbers
 * nodes so that edge `e` always leads to node `e + 1` and each node's edges follow the previous
 * node's: edge starts and targets are derived, and only counts and codes are stored (base64).
 */
export interface SerializedTrie {
  readonly aliasCount: number;
  readonly hasCjkStarts: boolean;
  readonly edgeCount: string;
  readonly edgeCode: string;
  /** Flat pairs [node, variantIndex, ...] for the nodes that end an alias. */
  readonly terminals: readonly number[];
  /** Per terminal: [target, rule, cased, flags] with flags = capital | preferred<<1 | freeStart<<2 | freeEnd<<3. */
  readonly variants: readonly (readonly [number, MatchCase, string, number][])[];
}

const toBase64 = (array: Uint16Array): string => Buffer.from(array.buffer, array.byteOffset, array.byteLength).toString('base64');

function uint16FromBase64(text: string): Uint16Array {
  const bytes = Buffer.from(text, 'base64');
  const copy = new Uint16Array(bytes.byteLength / 2); // aligned, and detached from Buffer's shared pool
  new Uint8Array(copy.buffer).set(bytes);
  return copy;
}

export function serializeTrie(trie: AliasTrie): SerializedTrie {
  const nodes = trie.terminal.length;
  for (let node = 0, next = 0; node < nodes; node++) {
    if (trie.edgeStart[node] !== next || trie.edgeCount[node] > 0xffff) throw new Error('trie is not in breadth-first layout');
    for (let e = next; e < next + trie.edgeCount[node]; e++) if (trie.edgeTarget[e] !== e + 1) throw new Error('trie is not in breadth-first layout');
    next += trie.edgeCount[node];
  }
  const terminals: number[] = [];
  trie.terminal.forEach((variant, node) => {
    if (variant >= 0) terminals.push(node, variant);
  });
  return {
    aliasCount: trie.aliasCount,
    hasCjkStarts: trie.hasCjkStarts,
    edgeCount: toBase64(Uint16Array.from(trie.edgeCount)),
    edgeCode: toBase64(trie.edgeCode),
    terminals,
    variants: Array.from({ length: trie.terminalCount }, (_, index) =>
      trie.variantsAt(index).map((v) => [v.target, v.rule, v.cased, (v.capital ? 1 : 0) | (v.preferred ? 2 : 0) | (v.freeStart ? 4 : 0) | (v.freeEnd ? 8 : 0)] as const),
    ),
  };
}

export function deserializeTrie(data: SerializedTrie): AliasTrie {
  const counts = uint16FromBase64(data.edgeCount);
  const edgeCode = uint16FromBase64(data.edgeCode);
  const nodes = counts.length;
  const edgeStart = new Int32Array(nodes);
  const edgeCount = new Int32Array(nodes);
  for (let node = 0, next = 0; node < nodes; node++) {
    edgeStart[node] = next;
    edgeCount[node] = counts[node];
    next += counts[node];
  }
  const edgeTarget = new Int32Array(edgeCode.length);
  for (let e = 0; e < edgeTarget.length; e++) edgeTarget[e] = e + 1;
  const terminal = new Int32Array(nodes).fill(-1);
  for (let i = 0; i < data.terminals.length; i += 2) terminal[data.terminals[i]] = data.terminals[i + 1];
  const rootTable = new Int32Array(0x10000).fill(-1);
  for (let e = 0; e < edgeCount[0]; e++) rootTable[edgeCode[e]] = edgeTarget[e];
  const decoded: AliasVariant[][] = [];
  return {
    rootTable,
    edgeStart,
    edgeCount,
    edgeCode,
    edgeTarget,
    terminal,
    variantsAt: (index) =>
      (decoded[index] ??= data.variants[index].map(([target, rule, cased, flags]) => ({
        target,
        rule,
        cased,
        capital: (flags & 1) !== 0,
        preferred: (flags & 2) !== 0,
        freeStart: (flags & 4) !== 0,
        freeEnd: (flags & 8) !== 0,
      }))),
    terminalCount: data.variants.length,
    hasCjkStarts: data.hasCjkStarts,
    aliasCount: data.aliasCount,
  };
}
