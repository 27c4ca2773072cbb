import { firstEndingAfter, type Span } from '../../text';
import type { Root, RootContent } from 'mdast';
import { markdownRegions, parseMarkdown } from '../markdownRegions';
import { blockAtOrBefore, blockOf, shiftBlock, type Block } from './blocks';
import { definitionStubs, updateTable, type DefinitionKey, type DefinitionTable } from './definitions';

/**
 * Re-parsing the top-level Markdown blocks an edit touched, with the result a full parse would give.
 *
 * The region runs from the start of the line of the block before the first touched block, or an
 * earlier one, that starts afresh (see `startsAfresh`): its first line is unchanged and follows
 * unchanged text, so the parser is in the state it has when it starts a document.
 * It ends at a *resync* block: an old block after the change's last line, after a blank line in
 * both texts, that the region's parse reproduces (same start, end, type, child count and skipped
 * ranges): the same block in the same context, so what follows it parses as before. From there on
 * the old blocks are reused, moved. The first try ends the region one block after the change; the
 * second sixteen; the last runs to the end of the document (an unclosed fence, comment or math block
 * swallows everything after it anyway).
 *
 * Parsing a slice on its own differs from parsing it in place in two ways, both handled: the
 * slice's first line is not the document's (a region after the start gets a leading line so
 * "---" is never read as front matter), and definitions elsewhere are not seen (stubs of those the
 * region may use are parsed with it, then dropped).
 */
export interface MarkdownState {
  readonly text: string;
  readonly blocks: readonly Block[];
  /** Merged skipped ranges of the whole text (what `markdownRegions(text).skipped` gives). */
  readonly skipped: readonly Span[];
  readonly definitions: DefinitionTable;
}

export interface ReparseResult extends MarkdownState {
  /** Re-parsed span of the new text, and where skipped ranges may differ from the old ones. */
  readonly reparsed: Span;
  readonly changed: Span;
  /** Definitions whose defined-ness the change flipped: blocks elsewhere may parse differently. */
  readonly flipped: readonly DefinitionKey[];
}

export interface Edit {
  readonly start: number;
  readonly end: number;
  readonly insertedLength: number;
  readonly delta: number;
  readonly lineDelta: number;
}

const FRONT_MATTER_OPENER = /^\uFEFF?(?:---|\+\+\+)/;
const FRONT_MATTER_TYPES = new Set(['yaml', 'toml']);

/** Re-parses the region of `edit`; undefined when only a full parse can be sure. */
export function reparseRegion(old: MarkdownState, text: string, edit: Edit): ReparseResult | undefined {
  const { blocks } = old;
  // An unclosed front-matter opener on the first line changes how footnote definitions parse in the
  // whole document (a micromark quirk: "---\n\n[^1]: note" is a link definition): parse it all.
  if (FRONT_MATTER_OPENER.test(old.text) && !FRONT_MATTER_TYPES.has(blocks[0]?.type)) return undefined;
  const touched = blockAtOrBefore(blocks, edit.start);
  let first = Math.max(0, touched - 1);
  while (first > 0 && !startsAfresh(old.text, blocks[first - 1], blocks[first].lineStart)) first--;
  const regionStart = first === 0 ? 0 : blocks[first].lineStart;
  // The first block whose line starts after the change: its line, and all that follows, is unchanged.
  let resync = blockAtOrBefore(blocks, edit.end) + 1;
  while (resync < blocks.length && blocks[resync].lineStart <= edit.end) resync++;
  // A resync block must follow a blank line: the first try ends at the first such block.
  let clean = resync;
  while (clean < blocks.length && clean > 0 && !afterBlankLine(old.text, blocks[clean - 1].end, blocks[clean].lineStart)) clean++;
  if (clean < blocks.length) {
    for (const last of new Set([zoneEnd(blocks, clean), zoneEnd(blocks, Math.min(clean + 15, blocks.length - 1))])) {
      const result = tryRegion(old, text, edit, first, regionStart, resync, last);
      if (result === 'full') return undefined;
      if (result) return result;
    }
  }
  if (regionStart === 0) return undefined;
  const result = tryRegion(old, text, edit, first, regionStart, blocks.length, blocks.length - 1);
  return result === 'full' ? undefined : result;
}

/**
 * `last`, or the last of the blocks that start on its line: "[a]: /x\nfoo\n===" is a definition
 * and a heading from the same offset, and a region must take both or neither.
 */
function zoneEnd(blocks: readonly Block[], last: number): number {
  let k = last;
  while (k + 1 < blocks.length && blocks[k + 1].lineStart <= blocks[k].lineStart) k++;
  return k;
}

/**
 * Parses [regionStart, end of old block `last`'s zone) of the new text and looks for a resync block
 * among old blocks `from`..`last`; with `from === blocks.length` the region runs to the end.
 */
function tryRegion(
  old: MarkdownState,
  text: string,
  edit: Edit,
  first: number,
  regionStart: number,
  from: number,
  last: number,
): ReparseResult | 'full' | undefined {
  const { blocks } = old;
  const toEnd = from >= blocks.length;
  const oldRegionEnd = toEnd || last + 1 >= blocks.length ? old.text.length : blocks[last + 1].lineStart;
  const regionEnd = oldRegionEnd + edit.delta;
  const regionText = text.slice(regionStart, regionEnd);

  const removedDefinitions: DefinitionKey[] = [];
  for (let k = first; k <= last; k++) for (const key of blocks[k].definitions) removedDefinitions.push(key);
  const outside = updateTable(old.definitions, removedDefinitions, []).table;
  const stubs = definitionStubs(outside, regionText);
  const prefix = regionStart === 0 ? '' : stubs ? `${stubs}\n\n***\n\n` : '\n';
  const suffix = regionStart === 0 && stubs ? `\n\n${stubs}` : '';
  const tree = parseMarkdown(prefix + regionText + suffix);

  const offsetDelta = regionStart - prefix.length;
  const lineDelta = (first === 0 ? 0 : blocks[first].line) - countNewlines(prefix);
  const nodes: RootContent[] = [];
  for (const node of tree.children) {
    const start = node.position!.start.offset!;
    const end = node.position!.end.offset!;
    if (start < prefix.length) {
      if (end > prefix.length) return undefined; // a stub took in the region's start
      continue;
    }
    if (start >= prefix.length + regionText.length) break;
    if (end > prefix.length + regionText.length) {
      // Only a region that ends the document may end in an unclosed block, and then it has no suffix.
      if (!(toEnd && suffix === '')) return undefined;
    }
    nodes.push(node);
  }
  // Front matter closes at the first fence after the opener, which may lie beyond the region; and
  // without one, the opener changes how the whole document parses (see above).
  if (regionStart === 0 && FRONT_MATTER_OPENER.test(text) && !FRONT_MATTER_TYPES.has(String(nodes[0]?.type))) return 'full';
  const newSkipped = shiftSpans(markdownRegions(prefix + regionText + suffix, rootOf(nodes)).skipped, offsetDelta);

  let keep = nodes.length;
  let resync = blocks.length;
  if (!toEnd) {
    const before = first === 0 ? 0 : blocks[first - 1].end;
    const found = findResync(old, text, nodes, newSkipped, offsetDelta, edit.delta, from, last, before);
    if (!found) return undefined;
    [keep, resync] = [found.node + 1, found.block];
  }
  const kept = nodes.slice(0, keep);
  const newBlocks: Block[] = blocks.slice(0, first);
  for (const node of kept) newBlocks.push(blockOf(node, text, offsetDelta, lineDelta));
  for (let k = resync + 1; k < blocks.length; k++) newBlocks.push(shiftBlock(blocks[k], edit.delta, edit.lineDelta));

  const oldUntil = resync < blocks.length ? blocks[resync].end : old.text.length;
  const newUntil = oldUntil + edit.delta;
  const skipped = spliceSpans(old.skipped, regionStart, oldUntil, newSkipped.filter((s) => s.end <= newUntil), edit.delta);

  const addedDefinitions: DefinitionKey[] = [];
  for (let b = first; b < first + kept.length; b++) for (const key of newBlocks[b].definitions) addedDefinitions.push(key);
  const removedUpToResync: DefinitionKey[] = [];
  for (let k = first; k <= Math.min(resync, blocks.length - 1); k++) for (const key of blocks[k].definitions) removedUpToResync.push(key);
  const { table, flipped } = updateTable(old.definitions, removedUpToResync, addedDefinitions);

  return {
    text,
    blocks: newBlocks,
    skipped,
    definitions: table,
    reparsed: { start: regionStart, end: newUntil },
    changed: changedSpan(old.skipped, skipped, regionStart, oldUntil, edit),
    flipped,
  };
}

function rootOf(children: RootContent[]): Root {
  return { type: 'root', children };
}

function countNewlines(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}

function shiftSpans(spans: readonly Span[], delta: number): Span[] {
  return spans.map((s) => ({ start: s.start + delta, end: s.end + delta }));
}

/**
 * Whether micromark is in a document's start state at `lineStart`, the line of the block after
 * `previous`: a blank line lies between them ("[a]: /x" makes the indented line right after it a
 * paragraph, not code), and `previous` is no indented code block (after one and a blank line, micromark
 * reads a list item that cannot interrupt a paragraph, "2) text" or a bare "-", as a paragraph).
 */
function startsAfresh(text: string, previous: Block, lineStart: number): boolean {
  return afterBlankLine(text, previous.end, lineStart) && !isIndentedCode(text, previous);
}

/** A code block not opened by a fence: after up to three spaces its line goes on with indentation, not a fence ("    ```" is indented code). */
function isIndentedCode(text: string, block: Block): boolean {
  if (block.type !== 'code') return false;
  let i = block.lineStart;
  for (let spaces = 0; spaces < 3 && text.charCodeAt(i) === 0x20; spaces++) i++;
  const c = text.charCodeAt(i);
  return c !== 0x60 && c !== 0x7e; // neither ` nor ~
}

/**
 * True where the gap between a block's end and the next block's line is whitespace holding a blank
 * line: "para\n\n# Next" yes, "para\n# Next" no.
 */
function afterBlankLine(text: string, previousEnd: number, lineStart: number): boolean {
  if (previousEnd > lineStart) return false;
  let breaks = 0;
  for (let i = previousEnd; i < lineStart; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) breaks++;
    else if (c !== 13 && c !== 32 && c !== 9) return false;
  }
  return breaks >= 2;
}

/**
 * The first old block in from..last that a region node reproduces exactly, after a blank line in
 * the old and the new text, and that node. `before` is where the region's text starts to count
 * for the first node's gap (the end of the block before the region).
 */
function findResync(
  old: MarkdownState,
  text: string,
  nodes: readonly RootContent[],
  newSkipped: readonly Span[],
  offsetDelta: number,
  delta: number,
  from: number,
  last: number,
  before: number,
): { block: number; node: number } | undefined {
  const startOf = (n: number): number => nodes[n].position!.start.offset! + offsetDelta;
  const endOf = (n: number): number => nodes[n].position!.end.offset! + offsetDelta;
  let n = 0;
  for (let k = from; k <= last; k++) {
    const block = old.blocks[k];
    if (k > 0 && !afterBlankLine(old.text, old.blocks[k - 1].end, block.lineStart)) continue;
    const start = block.start + delta;
    while (n < nodes.length && startOf(n) < start) n++;
    if (n >= nodes.length) return undefined;
    // Two nodes may share a start ("[a]: /x\nfoo\n===" is a definition and a heading from 0).
    for (let m = n; m < nodes.length && startOf(m) === start; m++) {
      const node = nodes[m];
      if (endOf(m) !== block.end + delta || node.type !== block.type) continue;
      if (('children' in node ? node.children.length : 0) !== block.childCount) continue;
      if (!afterBlankLine(text, m === 0 ? before : endOf(m - 1), block.lineStart + delta)) continue;
      if (!sameSpans(spansWithin(old.skipped, block.start, block.end), spansWithin(newSkipped, start, block.end + delta), delta)) continue;
      return { block: k, node: m };
    }
  }
  return undefined;
}

function spansWithin(spans: readonly Span[], start: number, end: number): readonly Span[] {
  const out: Span[] = [];
  for (let i = firstEndingAfter(spans, start); i < spans.length && spans[i].start < end; i++) out.push(spans[i]);
  return out;
}

function sameSpans(old: readonly Span[], current: readonly Span[], delta: number): boolean {
  return old.length === current.length && old.every((s, i) => s.start + delta === current[i].start && s.end + delta === current[i].end);
}

/**
 * Old spans before `from`, then `middle`, then old spans from `oldUntil` on moved by `delta`,
 * merged where they touch (as `mergeSpans` would).
 */
function spliceSpans(old: readonly Span[], from: number, oldUntil: number, middle: readonly Span[], delta: number): Span[] {
  const out: Span[] = [];
  const push = (s: Span): void => {
    const lastSpan = out[out.length - 1];
    if (lastSpan && s.start <= lastSpan.end) {
      if (s.end > lastSpan.end) out[out.length - 1] = { start: lastSpan.start, end: s.end };
    } else {
      out.push(s);
    }
  };
  let i = 0;
  for (; i < old.length && old[i].end <= from; i++) out.push(old[i]);
  for (const s of middle) push(s);
  i = firstEndingAfter(old, oldUntil - 1);
  // Spans that start before `oldUntil` belong to the re-parsed region.
  while (i < old.length && old[i].start < oldUntil) i++;
  if (delta === 0) for (; i < old.length; i++) push(old[i]);
  else for (; i < old.length; i++) push({ start: old[i].start + delta, end: old[i].end + delta });
  return out;
}

/**
 * Where skipped ranges (and text) may differ: the edit, widened to the old and new region spans
 * that do not match one to one from either end.
 */
function changedSpan(oldSkipped: readonly Span[], newSkipped: readonly Span[], regionStart: number, oldUntil: number, edit: Edit): Span {
  const oldRegion = spansWithin(oldSkipped, regionStart, oldUntil);
  const newRegion = spansWithin(newSkipped, regionStart, oldUntil + edit.delta);
  let start = edit.start;
  let end = edit.start + edit.insertedLength;
  let p = 0;
  while (
    p < oldRegion.length &&
    p < newRegion.length &&
    oldRegion[p].end <= edit.start &&
    oldRegion[p].start === newRegion[p].start &&
    oldRegion[p].end === newRegion[p].end
  ) {
    p++;
  }
  let q = 0;
  while (
    q < oldRegion.length - p &&
    q < newRegion.length - p &&
    oldRegion[oldRegion.length - 1 - q].start >= edit.end &&
    oldRegion[oldRegion.length - 1 - q].start + edit.delta === newRegion[newRegion.length - 1 - q].start &&
    oldRegion[oldRegion.length - 1 - q].end + edit.delta === newRegion[newRegion.length - 1 - q].end
  ) {
    q++;
  }
  if (p < oldRegion.length - q) {
    start = Math.min(start, oldRegion[p].start);
    end = Math.max(end, oldRegion[oldRegion.length - 1 - q].end + edit.delta);
  }
  if (p < newRegion.length - q) {
    start = Math.min(start, newRegion[p].start);
    end = Math.max(end, newRegion[newRegion.length - 1 - q].end);
  }
  return { start, end };
}
