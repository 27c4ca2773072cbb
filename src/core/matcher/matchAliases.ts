import type { Span } from '../ranges';
import {
  canonicalCode,
  CHAR_FLAGS,
  ensureClassified,
  FLAG_CJK,
  FLAG_PLAIN_WORD,
  FLAG_WORD,
  flagsOf,
  foldCode,
  isLowerCode,
  isNewlineCode,
  isSpaceCode,
  isWordAt,
  KEY_UNIT,
} from '../charClass';
import type { AliasTrie, AliasVariant } from './aliasTrie';
import { ROOT } from './doubleArray';
import { isPlaceUse } from './placeContext';

/** One alias found in the text: [start, end) in UTF-16 offsets, `target` the winning entry. */
export interface AliasMatch {
  readonly start: number;
  readonly end: number;
  readonly target: number;
  /** Other entries that claim the same alias here, when `target` won by preference. */
  readonly alternatives?: readonly number[];
}

const SPACE = 0x20;
const HYPHEN = 0x2d;

/**
 * Finds every alias of `trie` in the given ranges of `text`, in one left-to-right pass.
 * Whole words only; longest match wins, then leftmost; matches never overlap.
 *
 * Example: in "the Sino-Soviet Treaty of Friendship and Alliance" the treaty alias wins over the
 * theory alias "Alliance", because it is longer and the two overlap.
 */
export function matchAliases(text: string, ranges: readonly Span[], trie: AliasTrie): AliasMatch[] {
  const out: AliasMatch[] = [];
  const cluster: AliasMatch[] = [];
  let clusterEnd = -1;
  const ends = new Int32Array(MAX_TERMINALS);
  const terminals = new Int32Array(MAX_TERMINALS);
  const { base, check, terminal } = trie;
  const units = unitLabelsOf(trie);
  const labels = units.labels;
  const spaceLabel = trie.label[SPACE];
  const hyphenLabel = trie.label[HYPHEN];
  const cjk = trie.hasCjkStarts;
  const skipInWord = cjk ? FLAG_PLAIN_WORD : FLAG_PLAIN_WORD | FLAG_CJK;

  for (const range of ranges) {
    const rangeEnd = Math.min(range.end, text.length);
    let i = Math.max(0, range.start);
    let previousWasWord = i > 0 && isWordAt(text, i - 1);
    while (i < rangeEnd) {
      const code = text.charCodeAt(i);
      let f = CHAR_FLAGS[code];
      if (f === 0) f = flagsOf(code);
      // Hot path: inside a word nothing can start, unless the trie has CJK aliases (no spaces there).
      // Units never seen have no flags yet, so they leave this loop and are classified above.
      if (previousWasWord && (f & skipInWord) !== 0) {
        i++;
        while (i < rangeEnd && (CHAR_FLAGS[text.charCodeAt(i)] & skipInWord) !== 0) i++;
        continue;
      }
      // Surrogates are read as whole code points: an emoji before a name is a boundary ("👍China"), as
      // it is after one; the per-unit class counts every surrogate as a letter.
      const isWord = code >= 0xd800 && code <= 0xdfff ? isWordAt(text, i) : (f & FLAG_WORD) !== 0;
      const atWordStart = !previousWasWord;
      previousWasWord = isWord;
      // An alias may start with punctuation (".NET", "(ISC)²"): try it where the character stands at a
      // word boundary.
      if (!(atWordStart || (isWord && cjk && (f & FLAG_CJK) !== 0))) {
        i++;
        continue;
      }
      // Walk the trie, noting every key that ends on the way. Whitespace runs are one step, and a
      // hyphen at a line end joins the next line.
      let found = 0;
      let state = ROOT;
      for (let p = i; p < rangeEnd; ) {
        const unit = text.charCodeAt(p);
        const unitLabel = labels[unit];
        const next = base[state] + unitLabel;
        if (check[next] !== state) {
          if (units.filled[unit] === 0) {
            fillUnitLabel(units, trie, unit);
            continue;
          }
          break;
        }
        state = next;
        p++;
        if (unitLabel === spaceLabel) {
          while (p < rangeEnd && isSpaceCode(text.charCodeAt(p))) p++;
        } else if (unitLabel === hyphenLabel) {
          p = skipLineBreak(text, p, rangeEnd);
        }
        const ending = terminal[state];
        if (ending >= 0 && found < MAX_TERMINALS) {
          ends[found] = p;
          terminals[found] = ending;
          found++;
        }
      }
      if (found > 0) {
        const match = longestAccepted(text, i, atWordStart, trie, ends, terminals, found);
        if (match) {
          if (match.start >= clusterEnd && cluster.length > 0) {
            resolveCluster(cluster, clusterEnd, out);
            cluster.length = 0;
          }
          cluster.push(match);
          if (match.end > clusterEnd) clusterEnd = match.end;
        }
      }
      i++;
    }
  }
  if (cluster.length > 0) resolveCluster(cluster, clusterEnd, out);
  return out;
}

/** Aliases are at most a few hundred units long, so this bounds the terminals met in one walk. */
const MAX_TERMINALS = 1024;

/**
 * Per trie, the label of each text unit (`trie.label[KEY_UNIT[unit]]`), filled as units are met:
 * one table read per step instead of two. `filled` tells a unit outside the alphabet from one not
 * looked up yet; it is read only when a step fails.
 */
interface UnitLabels {
  readonly labels: Uint16Array;
  readonly filled: Uint8Array;
}

const unitLabelCache = new WeakMap<AliasTrie, UnitLabels>();

function unitLabelsOf(trie: AliasTrie): UnitLabels {
  let units = unitLabelCache.get(trie);
  if (!units) {
    units = { labels: new Uint16Array(0x10000), filled: new Uint8Array(0x10000) };
    unitLabelCache.set(trie, units);
  }
  return units;
}

function fillUnitLabel(units: UnitLabels, trie: AliasTrie, unit: number): void {
  ensureClassified(unit);
  units.labels[unit] = trie.label[KEY_UNIT[unit]];
  units.filled[unit] = 1;
}

/** The longest of the walk's `found` keys (ending at `ends`) that passes every check at `start`. */
function longestAccepted(
  text: string,
  start: number,
  atWordStart: boolean,
  trie: AliasTrie,
  ends: Int32Array,
  terminals: Int32Array,
  found: number,
): AliasMatch | undefined {
  for (let k = found - 1; k >= 0; k--) {
    const match = acceptAt(text, start, ends[k], atWordStart, trie.variantsAt(terminals[k]));
    if (!match) continue;
    // An alias ending in a hyphen ("Sino-") is checked where the joined line goes on ("Sino-\nRussian"
    // is one word), but its span must not take in the line break after the hyphen.
    let trimmed = match.end;
    while (trimmed > match.start && isSpaceCode(text.charCodeAt(trimmed - 1))) trimmed--;
    return trimmed === match.end ? match : { ...match, end: trimmed };
  }
  return undefined;
}

/** After a hyphen, a line break (with any surrounding blank lines) continues the word. */
function skipLineBreak(text: string, p: number, limit: number): number {
  let q = p;
  let sawNewline = false;
  while (q < limit && isSpaceCode(text.charCodeAt(q))) {
    if (isNewlineCode(text.charCodeAt(q))) sawNewline = true;
    q++;
  }
  return sawNewline ? q : p;
}

function acceptAt(
  text: string,
  start: number,
  end: number,
  atWordStart: boolean,
  variants: readonly AliasVariant[],
): AliasMatch | undefined {
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
  if (!winner) return undefined;
  if (!alternatives) return { start, end, target: winner.target };
  const target = winner.target;
  const others = alternatives.filter((t) => t !== target);
  return others.length > 0 ? { start, end, target, alternatives: others } : { start, end, target };
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

/**
 * Picks non-overlapping matches from overlapping candidates (in start order, ending by `end`):
 * longest first, then leftmost.
 */
function resolveCluster(cluster: readonly AliasMatch[], end: number, out: AliasMatch[]): void {
  const first = cluster[0];
  // Usual case: one candidate, or a long name whose inner words also matched ("Shanghai
  // Cooperation Organisation" and "Cooperation"): the first covers the rest and wins.
  if (cluster.length === 1 || (first.end === end && isLongest(cluster, first.end - first.start))) {
    out.push(first);
    return;
  }
  const ranked = [...cluster].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const chosen: AliasMatch[] = [];
  for (const candidate of ranked) {
    if (chosen.every((c) => candidate.end <= c.start || candidate.start >= c.end)) chosen.push(candidate);
  }
  chosen.sort((a, b) => a.start - b.start);
  for (const c of chosen) out.push(c);
}

function isLongest(cluster: readonly AliasMatch[], length: number): boolean {
  for (let c = 1; c < cluster.length; c++) if (cluster[c].end - cluster[c].start > length) return false;
  return true;
}
