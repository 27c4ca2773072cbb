/**
 * A double-array trie: every transition is two array reads, whatever the node's fan-out.
 *
 * States are slots in `base`/`check`. The child of state `s` along key unit `u` is
 * `t = base[s] + label[u]`, and it exists only when `check[t] === s`. Labels number the key units
 * that occur in some key from 1; every other unit has label 0, and since no child has label 0 the
 * check fails for it without a separate test. The arrays are padded by the alphabet's size, so `t`
 * is always in bounds.
 */
export interface DoubleArray {
  /** Label of each UTF-16 key unit (0 = in no key). */
  readonly label: Uint16Array;
  readonly base: Int32Array;
  /** Parent state of each used slot, -1 where the slot is free (and at the root, slot 0). */
  readonly check: Int32Array;
  /** The key units in label order (label 1 first), to rebuild `label` when loading. */
  readonly alphabet: Uint16Array;
}

export const ROOT = 0;
const FREE = -1;

/** The state reached from `state` along key unit `unit`, or -1. */
export function stepState(trie: DoubleArray, state: number, unit: number): number {
  const next = trie.base[state] + trie.label[unit];
  return trie.check[next] === state ? next : -1;
}

/** The label table for an alphabet given in label order. */
export function labelTable(alphabet: Uint16Array): Uint16Array {
  const label = new Uint16Array(0x10000);
  for (let i = 0; i < alphabet.length; i++) label[alphabet[i]] = i + 1;
  return label;
}

/**
 * Builds the double array of `keys` (sorted, code-unit order) and calls `onKeyEnd(state, index)`
 * for the state where each key ends. Sorted keys give each node's children as one ordered run, so
 * one breadth-first pass places them; bases are chosen first-fit, which packs the many single-child
 * nodes of an alias trie densely.
 */
export function buildDoubleArray(keys: readonly string[], onKeyEnd: (state: number, keyIndex: number) => void): DoubleArray {
  const units = new Set<number>();
  for (const key of keys) for (let i = 0; i < key.length; i++) units.add(key.charCodeAt(i));
  const alphabet = Uint16Array.from([...units].sort((a, b) => a - b));
  const label = labelTable(alphabet);

  const slots = new SlotArrays(Math.max(1024, keys.length * 4));
  slots.use(ROOT, FREE);
  // Work queue of [state, lo, hi, depth]: keys[lo, hi) all share the state's prefix of length depth.
  const queue: number[] = [ROOT, 0, keys.length, 0];
  const childLabels: number[] = [];
  const childRuns: number[] = [];
  for (let q = 0; q < queue.length; q += 4) {
    const state = queue[q];
    let lo = queue[q + 1];
    const hi = queue[q + 2];
    const depth = queue[q + 3];
    while (lo < hi && keys[lo].length === depth) onKeyEnd(state, lo++);
    if (lo === hi) continue; // a leaf keeps base 0: its lookups land on slots that never name it as parent
    childLabels.length = 0;
    childRuns.length = 0;
    for (let i = lo; i < hi; ) {
      const unit = keys[i].charCodeAt(depth);
      let j = i + 1;
      while (j < hi && keys[j].charCodeAt(depth) === unit) j++;
      childLabels.push(label[unit]);
      childRuns.push(i, j);
      i = j;
    }
    const base = slots.findBase(childLabels);
    slots.base[state] = base;
    for (let c = 0; c < childLabels.length; c++) {
      const child = base + childLabels[c];
      slots.use(child, state);
      queue.push(child, childRuns[2 * c], childRuns[2 * c + 1], depth + 1);
    }
  }
  return slots.freeze(label, alphabet);
}

/** Growable `base`/`check` arrays with first-fit placement. */
class SlotArrays {
  base: Int32Array;
  check: Int32Array;
  private used: Uint8Array;
  private firstFree = 0;
  private highest = 0;

  constructor(capacity: number) {
    this.base = new Int32Array(capacity);
    this.check = new Int32Array(capacity).fill(FREE);
    this.used = new Uint8Array(capacity);
  }

  use(slot: number, parent: number): void {
    this.ensure(slot + 1);
    this.used[slot] = 1;
    this.check[slot] = parent;
    if (slot > this.highest) this.highest = slot;
    while (this.used[this.firstFree] === 1) this.firstFree++;
  }

  /** The smallest base >= 0 whose slots for every label in `labels` (ascending) are free. */
  findBase(labels: readonly number[]): number {
    const lowest = labels[0];
    const span = labels[labels.length - 1] - lowest;
    for (let free = this.firstFree; ; free++) {
      this.ensure(free + span + 1);
      if (this.used[free] === 1) continue;
      const base = free - lowest;
      if (base < 0) continue;
      let fits = true;
      for (let k = 1; k < labels.length && fits; k++) fits = this.used[base + labels[k]] === 0;
      if (fits) return base;
    }
  }

  private ensure(size: number): void {
    if (size <= this.used.length) return;
    const capacity = Math.max(size, this.used.length * 2);
    const base = new Int32Array(capacity);
    base.set(this.base);
    const check = new Int32Array(capacity).fill(FREE);
    check.set(this.check);
    const used = new Uint8Array(capacity);
    used.set(this.used);
    this.base = base;
    this.check = check;
    this.used = used;
  }

  /** Trimmed to the used slots plus the alphabet's width, so every `base + label` is in bounds. */
  freeze(label: Uint16Array, alphabet: Uint16Array): DoubleArray {
    const length = this.highest + alphabet.length + 2;
    this.ensure(length);
    let maxBase = 0;
    for (let s = 0; s <= this.highest; s++) if (this.base[s] > maxBase) maxBase = this.base[s];
    const size = Math.max(length, maxBase + alphabet.length + 1);
    this.ensure(size);
    return { label, alphabet, base: this.base.slice(0, size), check: this.check.slice(0, size) };
  }
}
