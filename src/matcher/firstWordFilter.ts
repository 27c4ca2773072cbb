import { FLAG_PLAIN_WORD, flagsOf } from '../text';

/**
 * Which first words can begin an alias, as a bit set over a hash of the word's key units.
 *
 * Most words of a paper ("the", "and", "argue") are prefixes of some alias, so walking the trie
 * from every word start costs a few steps each. But a match starting at a word must take in that
 * whole word: the alias's first word (its leading run of plain word units: letters and digits, not
 * CJK) must equal the text's. The scanner hashes each word as it skips over it, and walks only where
 * this filter says the word may begin an alias. A false positive costs a walk that fails; there are
 * no false negatives, because both sides hash the same key units (`KEY_UNIT`).
 */
export const FILTER_BITS = 1 << 20;
const WORD_MASK = (FILTER_BITS >>> 5) - 1;

export const HASH_SEED = 0x811c9dc5 | 0;

/** FNV-1a step over one key unit. */
export function hashStep(hash: number, unit: number): number {
  return Math.imul(hash ^ unit, 0x01000193);
}

/** Index of a word's hash in the filter: the hash's bits folded so low and high bits both count. */
export function filterIndex(hash: number): number {
  return (hash ^ (hash >>> 13)) & (FILTER_BITS - 1);
}

export function mayBeginAlias(filter: Int32Array, hash: number): boolean {
  const index = filterIndex(hash);
  return (filter[(index >>> 5) & WORD_MASK] & (1 << (index & 31))) !== 0;
}

/** Hash of a key's first word, or undefined where the key starts with another unit (".NET", "中国"). */
export function firstWordHash(key: string): number | undefined {
  let hash = HASH_SEED;
  let i = 0;
  for (; i < key.length; i++) {
    const unit = key.charCodeAt(i);
    if ((flagsOf(unit) & FLAG_PLAIN_WORD) === 0) break;
    hash = hashStep(hash, unit);
  }
  return i === 0 ? undefined : hash;
}

export function buildFilter(hashes: Iterable<number>): Int32Array {
  const filter = new Int32Array(FILTER_BITS >>> 5);
  for (const hash of hashes) {
    const index = filterIndex(hash);
    filter[index >>> 5] |= 1 << (index & 31);
  }
  return filter;
}
