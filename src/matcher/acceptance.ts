import { canonicalCode, foldCode, isLowerCode, isSpaceCode, isWordAt } from '../text';
import { variantsAt, type AliasTrie, type AliasVariant } from './aliasTrie';
import { skipLineBreak } from './hyphenBreak';
import { isPlaceUse } from './placeContext';

/** The checks of the matcher's second pass: word boundaries, case rules, capitals used as places. */

const SPACE = 0x20;
const HYPHEN = 0x2d;

/** The match `longestAccepted` found. */
export interface Accepted {
  end: number;
  target: number;
  alternatives: readonly number[] | undefined;
  /** The winning variant's ALIAS_ROLE bits. */
  role: number;
}

/**
 * The longest of a walk's `found` keys (pairs of end and terminal in `log` from `at`) that passes
 * every check at `start`, written to `accepted`; false if none does.
 */
export function longestAccepted(
  text: string,
  start: number,
  atWordStart: boolean,
  trie: AliasTrie,
  log: Int32Array,
  at: number,
  found: number,
  accepted: Accepted,
): boolean {
  for (let k = found - 1; k >= 0; k--) {
    const end = log[at + 2 * k];
    if (!acceptAt(text, start, end, atWordStart, variantsAt(trie, log[at + 2 * k + 1]), accepted)) continue;
    // An alias ending in a hyphen ("Sino-") is checked where the joined line goes on ("Sino-\nRussian"
    // is one word), but its span must not take in the line break after the hyphen.
    let trimmed = end;
    while (trimmed > start && isSpaceCode(text.charCodeAt(trimmed - 1))) trimmed--;
    accepted.end = trimmed;
    return true;
  }
  return false;
}

/** Picks the entry that wins the alias at [start, end), if any variant passes its checks, into `accepted`. */
function acceptAt(text: string, start: number, end: number, atWordStart: boolean, variants: readonly AliasVariant[], accepted: Accepted): boolean {
  let winner: AliasVariant | undefined;
  let alternatives: number[] | undefined;
  for (let v = 0; v < variants.length; v++) {
    const variant = variants[v];
    if (!atWordStart && !variant.freeStart) continue;
    if (!variant.freeEnd && isWordAt(text, end)) continue;
    if (!caseMatches(text, start, end, variant)) continue;
    if (variant.capital && isPlaceUse(text, start, end)) continue;
    if (!winner) {
      winner = variant;
    } else if (variant.target !== winner.target) {
      if (variant.preferred && !winner.preferred) {
        (alternatives ??= []).push(winner.target);
        winner = variant;
      } else if (!(alternatives ?? []).includes(variant.target)) {
        (alternatives ??= []).push(variant.target);
      }
    }
  }
  if (!winner) return false;
  const target = winner.target;
  const others = alternatives?.filter((t) => t !== target);
  accepted.target = target;
  accepted.alternatives = others && others.length > 0 ? others : undefined;
  accepted.role = winner.role;
  return true;
}

/** Compares the text's canonical form (case kept) with the alias as its case rule demands. */
function caseMatches(text: string, start: number, end: number, variant: AliasVariant): boolean {
  const rule = variant.rule;
  if (rule === 'insensitive') return true;
  const cased = variant.cased;
  // Usual case: the text spells the alias exactly as the KB does (one space between words).
  if (end - start === cased.length && text.startsWith(cased, start)) return true;
  let j = 0;
  let exact = true;
  let hasLower = false;
  for (let p = start; p < end; ) {
    const canon = canonicalCode(text.charCodeAt(p));
    if (canon === SPACE) {
      while (p < end && isSpaceCode(text.charCodeAt(p))) p++;
    } else if (canon === HYPHEN) {
      p = skipLineBreak(text, p + 1, end);
    } else {
      p++;
      if (isLowerCode(canon)) hasLower = true;
    }
    const expected = cased.charCodeAt(j);
    // A sentence may capitalise an alias that starts in lower case ("The Kremlin" for "the Kremlin").
    if (expected !== canon && !(j === 0 && rule !== 'exact' && foldCode(canon) === expected)) exact = false;
    j++;
  }
  if (exact && j === cased.length) return true;
  // `proper`: the whole mention set in capitals ("CHINA" in a heading) also counts.
  return rule === 'proper' && !hasLower && j === cased.length;
}
