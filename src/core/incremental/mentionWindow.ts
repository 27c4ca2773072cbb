import type { KnowledgeBase } from '../../kb';
import { clipSpans, ensureClassified, isSpaceCode, KEY_UNIT, findSpanIndexAt, firstEndingAfter, partitionPoint, type Span } from '../../text';
import { stepTrie, type AliasTrie, skipLineBreak } from '../../matcher';
import { findMentions, type Mention } from '../analysis';

/**
 * Re-matching mentions near an edit, with the result a full `matchAliases` run would give.
 *
 * The matcher's output is decided cluster by cluster (overlapping candidates, longest wins), so the
 * window is cut where no candidate can cross: at a *cut* `c`, no alias can start before `c` and end
 * after it. A cut is found by walking the alias trie, as the scanner does, from every start that
 * could reach `c` (an alias of depth d spans at most d non-space code units), or where `c` is not
 * strictly inside a prose range. Mentions before the left cut and after the right cut are kept;
 * everything between is matched afresh.
 *
 * `walkCrosses` mirrors `walk` in `matchAliases.ts` (one `KEY_UNIT` step per unit,
 * a whitespace run is one step, a hyphen may swallow a line break) without its range limit or
 * checks, so it over-approximates; if the walk changes, change it too (the incremental property
 * test compares against full analyses).
 */

/** Context the matcher reads around a match (place words before a capital, the unit after it), in non-space units. */
const CONTEXT = 64;
const SPACE = 0x20;
const HYPHEN = 0x2d;

/** Position `count` non-space units before `from` (or 0). */
function backNonSpace(text: string, from: number, count: number): number {
  let p = from;
  let seen = 0;
  while (p > 0 && seen < count) {
    p--;
    if (!isSpaceCode(text.charCodeAt(p))) seen++;
  }
  return p;
}

/** Position `count` non-space units after `from` (or the text's end). */
function forwardNonSpace(text: string, from: number, count: number): number {
  let p = from;
  let seen = 0;
  while (p < text.length && seen < count) {
    if (!isSpaceCode(text.charCodeAt(p))) seen++;
    p++;
  }
  return p;
}

/** Whether the trie walk from `start` can consume the unit at `cut` (so an alias may cross it). */
function walkCrosses(text: string, start: number, cut: number, trie: AliasTrie): boolean {
  let node = 0;
  let p = start;
  while (p < text.length) {
    const code = text.charCodeAt(p);
    ensureClassified(code);
    const key = KEY_UNIT[code];
    node = stepTrie(trie, node, key);
    if (node < 0) return false;
    p++;
    if (key === SPACE) {
      while (p < text.length && isSpaceCode(text.charCodeAt(p))) p++;
    } else if (key === HYPHEN) {
      p = skipLineBreak(text, p, text.length);
    }
    if (p > cut) return true;
  }
  return false;
}

/** True where no candidate match can start before `cut` and end after it. */
function isCut(text: string, cut: number, prose: readonly Span[], trie: AliasTrie, maxDepth: number): boolean {
  if (cut <= 0 || cut >= text.length) return true;
  const index = findSpanIndexAt(prose, cut);
  if (index < 0) return true;
  const range = prose[index];
  if (range.start >= cut || range.end <= cut) return true;
  const earliest = Math.max(range.start, backNonSpace(text, cut, maxDepth + 1));
  for (let start = cut - 1; start >= earliest; start--) {
    if (walkCrosses(text, start, cut, trie)) return false;
  }
  return true;
}

function firstStartingAtOrAfter(mentions: readonly Mention[], offset: number): number {
  return partitionPoint(mentions.length, (i) => mentions[i].start < offset);
}

/**
 * `m` moved by `delta`, with another entry or reason if given. Written out field by field: a spread
 * copy of a mention costs several times more, and every edit copies the mentions after it.
 */
export function shifted(m: Mention, delta: number, entry: Mention['entry'] = m.entry, reason: Mention['reason'] = m.reason): Mention {
  if (delta === 0 && entry === m.entry && reason === m.reason) return m;
  const out: { -readonly [K in keyof Mention]: Mention[K] } = { start: m.start + delta, end: m.end + delta, entry };
  if (m.alternatives !== undefined) out.alternatives = m.alternatives;
  if (m.role !== undefined) out.role = m.role;
  if (reason !== undefined) out.reason = reason;
  return out;
}

export interface RematchInput {
  readonly kb: KnowledgeBase;
  /** The new text and its prose ranges. */
  readonly text: string;
  readonly prose: readonly Span[];
  /** The previous text's mentions. */
  readonly mentions: readonly Mention[];
  /**
   * Where text or prose may differ, in the new text: [start, end). Before `start` both texts and
   * their prose agree; from `end` on the new text is the old one moved by `delta`.
   */
  readonly changed: Span;
  readonly delta: number;
}

/** The new text's mentions, and the window [start, end) that was matched afresh. */
export function rematchMentions(input: RematchInput): { mentions: Mention[]; window: Span } {
  const { kb, text, prose, mentions, changed, delta } = input;
  const trie = kb.trie;
  const maxDepth = trie.maxDepth;

  let left = backNonSpace(text, changed.start, CONTEXT);
  while (!isCut(text, left, prose, trie, maxDepth)) left--;
  // On the right every start that can reach the cut must lie in unchanged text, so the cut holds
  // in the old text too; and the context read by the kept mentions must be unchanged.
  let right = forwardNonSpace(text, changed.end, maxDepth + CONTEXT);
  while (!isCut(text, right, prose, trie, maxDepth)) right++;

  const fresh = findMentions(text, clipSpans(prose, left, right), kb);
  const before = firstEndingAfter(mentions, left);
  const after = firstStartingAtOrAfter(mentions, right - delta);
  const out: Mention[] = mentions.slice(0, before);
  for (const m of fresh) out.push(m);
  for (let i = after; i < mentions.length; i++) out.push(shifted(mentions[i], delta));
  return { mentions: out, window: { start: left, end: right } };
}
