import { partitionPoint } from '../../text';
import type { Nodes, Parent, Root, RootContent } from 'mdast';
import { definitionsIn, type DefinitionKey } from './definitions';
import { countLineBreaks, lineStartOf } from './textChange';

/**
 * One top-level Markdown block (a child of the mdast root) as the incremental analysis keeps it.
 * `node` is the parsed node as it came out of the parser; its positions are off by `offsetDelta`
 * (offsets) and `lineDelta` (lines) from the document's, so moving a block is O(1), not a walk.
 * (A class, so that the thousands of blocks a long document has share one shape.)
 */
export class Block {
  /** The node with the document's positions, once someone asked for the tree. */
  materialized: RootContent | undefined;

  constructor(
    /** The node's span in the document: `# Title` at 10 is [10, 17). */
    readonly start: number,
    readonly end: number,
    /** Start of the line holding `start`, and that line's zero-based number. */
    readonly lineStart: number,
    readonly line: number,
    readonly type: string,
    readonly childCount: number,
    readonly definitions: readonly DefinitionKey[],
    readonly node: RootContent,
    readonly offsetDelta: number,
    readonly lineDelta: number,
  ) {}
}

/** A block for a freshly parsed node whose positions are off by the given deltas. */
export function blockOf(node: RootContent, text: string, offsetDelta: number, lineDelta: number): Block {
  const position = node.position!;
  const start = position.start.offset! + offsetDelta;
  return new Block(
    start,
    position.end.offset! + offsetDelta,
    lineStartOf(text, start),
    position.start.line - 1 + lineDelta,
    node.type,
    'children' in node ? node.children.length : 0,
    definitionsIn(node),
    node,
    offsetDelta,
    lineDelta,
  );
}

/** The blocks of a whole parsed document. */
export function blocksOfTree(tree: Root, text: string): Block[] {
  return tree.children.map((node) => blockOf(node, text, 0, 0));
}

export function shiftBlock(b: Block, delta: number, lineDelta: number): Block {
  if (delta === 0 && lineDelta === 0) return b;
  const node = b.materialized ?? b.node;
  const offsets = b.materialized ? delta : b.offsetDelta + delta;
  const lines = b.materialized ? lineDelta : b.lineDelta + lineDelta;
  return new Block(b.start + delta, b.end + delta, b.lineStart + delta, b.line + lineDelta, b.type, b.childCount, b.definitions, node, offsets, lines);
}

/** Index of the last block whose line starts at or before `offset`, or -1. */
export function blockAtOrBefore(blocks: readonly Block[], offset: number): number {
  return partitionPoint(blocks.length, (i) => blocks[i].lineStart <= offset) - 1;
}

// ---- The mdast tree, rebuilt on demand -------------------------------------------------------

/** The node of a block with the document's positions (a moved copy when the block has moved). */
export function nodeOf(block: Block): RootContent {
  if (block.offsetDelta === 0 && block.lineDelta === 0) return block.node;
  return (block.materialized ??= moved(block.node, block.offsetDelta, block.lineDelta));
}

function moved<T extends Nodes>(node: T, delta: number, lineDelta: number): T {
  const copy = { ...node };
  const position = node.position;
  if (position) {
    copy.position = {
      start: { ...position.start, line: position.start.line + lineDelta, offset: (position.start.offset ?? 0) + delta },
      end: { ...position.end, line: position.end.line + lineDelta, offset: (position.end.offset ?? 0) + delta },
    };
  }
  if ('children' in node) (copy as Parent).children = (node as Parent).children.map((child) => moved(child as Nodes, delta, lineDelta)) as Parent['children'];
  return copy;
}

/** The document's mdast root, from its blocks: what `parseMarkdown(text)` would return. */
export function treeOf(blocks: readonly Block[], text: string): Root {
  const last = blocks[blocks.length - 1];
  const from = last ? last.lineStart : 0;
  const endLine = (last ? last.line : 0) + countLineBreaks(text, from, text.length);
  const endLineStart = lineStartOf(text, text.length);
  return {
    type: 'root',
    children: blocks.map(nodeOf),
    position: {
      start: { line: 1, column: 1, offset: 0 },
      end: { line: endLine + 1, column: text.length - endLineStart + 1, offset: text.length },
    },
  };
}
