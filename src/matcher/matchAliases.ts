import { type Span, CHAR_FLAGS, ensureClassified, FLAG_CJK, FLAG_PLAIN_WORD, FLAG_WORD, flagsOf, isSpaceCode, isWordAt, KEY_UNIT, PLAIN_KEY_UNIT } from '../text';
import { longestAccepted, type Accepted } from './acceptance';
import type { AliasTrie } from './aliasTrie';
import { ROOT } from './doubleArray';
import { HASH_SEED, hashStep, mayBeginAlias } from './firstWordFilter';
import { skipLineBreak } from './hyphenBreak';
import { CandidateCluster, MatchListBuilder, type AliasMatches } from './matchList';
import { fillUnitLabel, unitLabelsOf, type UnitLabels } from './unitLabels';
import { WalkLog } from './walkLog';

const SPACE = 0x20;
const HYPHEN = 0x2d;

/** Aliases are at most a few hundred units long, so this bounds the terminals met in one walk. */
const MAX_TERMINALS = 1024;

/**
 * Working memory, allocated once and reused by every call (matching is synchronous). Objects made
 * afresh per call died between calls, and V8 threw away the optimised matcher code that had
 * specialised on them (a "weak objects" deoptimisation), so each run started half-interpreted.
 */
const scratch = {
  log: new WalkLog(),
  ends: new Int32Array(MAX_TERMINALS),
  terminals: new Int32Array(MAX_TERMINALS),
  out: new MatchListBuilder(),
  cluster: new CandidateCluster(),
  accepted: { end: 0, target: -1, alternatives: undefined, role: 0 } as Accepted,
};

/**
 * Finds every alias of `trie` in the given ranges of `text`: one left-to-right scan of the text,
 * then one pass over the candidates it logged. Whole words only; longest match wins, then leftmost;
 * matches never overlap.
 *
 * Example: in "the Sino-Soviet Treaty of Friendship and Alliance" the treaty alias wins over the
 * theory alias "Alliance", because it is longer and the two overlap.
 */
export function matchAliases(text: string, ranges: readonly Span[], trie: AliasTrie): AliasMatches {
  return decide(text, trie, scan(text, ranges, trie));
}

/**
 * Pass 1: every walk of the trie that ends at least one key, logged as
 * [start, atWordStart, found, (end, terminal) x found] with the shortest key first. Kept apart from
 * the checks of pass 2 so this loop, which reads every unit of the text, stays small for the JIT.
 */
function scan(text: string, ranges: readonly Span[], trie: AliasTrie): WalkLog {
  const log = scratch.log;
  log.clear();
  const units = unitLabelsOf(trie);
  const cjk = trie.hasCjkStarts;
  const skipInWord = cjk ? FLAG_PLAIN_WORD : FLAG_PLAIN_WORD | FLAG_CJK;

  const firstWords = trie.firstWords;
  const { labels, filled } = units;
  const check = trie.check;
  const rootBase = trie.base[ROOT];
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
      // A word start: hash the word while skipping it, and walk only where it may begin an alias.
      // Inside the word nothing else can start (CJK units end the run, and are handled below).
      if (!previousWasWord && (f & FLAG_PLAIN_WORD) !== 0) {
        let hash = hashStep(HASH_SEED, KEY_UNIT[code]);
        let wordEnd = i + 1;
        while (wordEnd < rangeEnd) {
          const unit = text.charCodeAt(wordEnd);
          const key = PLAIN_KEY_UNIT[unit];
          if (key === 0) {
            if (CHAR_FLAGS[unit] !== 0) break;
            ensureClassified(unit); // never seen: classify, then read it again
            continue;
          }
          hash = hashStep(hash, key);
          wordEnd++;
        }
        if (mayBeginAlias(firstWords, hash)) walk(text, i, rangeEnd, true, trie, units, log);
        // A space right after a word begins nothing (it is not at a word start): step over it too.
        if (wordEnd < rangeEnd && text.charCodeAt(wordEnd) === SPACE) {
          i = wordEnd + 1;
          previousWasWord = false;
        } else {
          i = wordEnd;
          previousWasWord = true;
        }
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
      // Most such units (spaces, commas) begin no alias: the root has no edge for them.
      if (check[rootBase + labels[code]] === ROOT || filled[code] === 0) walk(text, i, rangeEnd, atWordStart, trie, units, log);
      i++;
    }
  }
  return log;
}

/**
 * Walks the trie from `start`, logging every key that ends on the way. Whitespace runs are one
 * step, and a hyphen at a line end joins the next line.
 */
function walk(text: string, start: number, rangeEnd: number, atWordStart: boolean, trie: AliasTrie, units: UnitLabels, log: WalkLog): void {
  const { base, check, terminal } = trie;
  const { ends, terminals } = scratch;
  const labels = units.labels;
  const spaceLabel = trie.label[SPACE];
  const hyphenLabel = trie.label[HYPHEN];
  let found = 0;
  let state = ROOT;
  for (let p = start; p < rangeEnd; ) {
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
  if (found > 0) log.record(start, atWordStart, found, ends, terminals);
}

/** Pass 2: the checks on each walk's keys, longest first, then the choice among overlapping candidates. */
function decide(text: string, trie: AliasTrie, log: WalkLog): AliasMatches {
  const { out, cluster, accepted } = scratch;
  out.reset();
  const entries = log.entries;
  for (let r = 0; r < log.length; ) {
    const start = entries[r];
    const atWordStart = entries[r + 1] === 1;
    const found = entries[r + 2];
    if (longestAccepted(text, start, atWordStart, trie, entries, r + 3, found, accepted)) {
      cluster.add(start, accepted.end, accepted.target, accepted.alternatives, accepted.role, out);
    }
    r += 3 + 2 * found;
  }
  cluster.flush(out);
  return out.finish();
}
