import type { Span } from '../text';
import type { Heading, Nodes, Paragraph, Parent, Root } from 'mdast';
import { spanOf } from '../core/markdownRegions';
import type { Block, ListPosition } from './blocks';
import { findDirectives, type Directive } from './directives';

/**
 * Headings and paragraphs of a Markdown document, from its mdast tree. A heading's span is its
 * text (without the `##`); a paragraph's pieces are its text nodes, so link destinations, inline
 * HTML (directive comments) and footnote references never reach the sentence segmenter.
 */
export function markdownBlocks(text: string, tree: Root): Block[] {
  const blocks: Block[] = [];
  walk(text, tree, blocks, false);
  return blocks;
}

/** Containers whose content is not the argument: code, tables, footnote texts, front matter. */
const SKIPPED = new Set(['code', 'table', 'thematicBreak', 'definition', 'footnoteDefinition', 'yaml', 'toml', 'math', 'html']);

function walk(text: string, node: Nodes, out: Block[], quoted: boolean, list?: ListPosition): void {
  if (SKIPPED.has(node.type)) return;
  switch (node.type) {
    case 'heading':
      pushHeading(node, out);
      return;
    case 'paragraph':
      pushParagraph(node, out, quoted, list);
      return;
    case 'blockquote':
      for (const child of node.children) walk(text, child, out, true);
      return;
    case 'list':
      node.children.forEach((item, i) => {
        const first = item.children[0];
        const itemStart = item.position?.start.offset;
        const childStart = first?.position?.start.offset;
        const marker = itemStart !== undefined && childStart !== undefined ? text.slice(itemStart, childStart).trim() : node.ordered ? `${i + 1}.` : '-';
        const position: ListPosition = { ordered: node.ordered === true, index: i + 1, marker: marker.replace(/\s.*$/s, '') };
        item.children.forEach((child, c) => walk(text, child, out, quoted, c === 0 ? position : undefined));
      });
      return;
    default:
      if ('children' in node) for (const child of (node as Parent).children) walk(text, child as Nodes, out, quoted);
  }
}

function pushHeading(node: Heading, out: Block[]): void {
  const first = node.children[0];
  const last = node.children[node.children.length - 1];
  const a = first && spanOf(first);
  const b = last && spanOf(last);
  if (a && b && b.end > a.start) out.push({ kind: 'heading', start: a.start, end: b.end, depth: node.depth });
}

function pushParagraph(node: Paragraph, out: Block[], quoted: boolean, list: ListPosition | undefined): void {
  const span = spanOf(node);
  if (!span) return;
  const pieces: Span[] = [];
  const notes: Span[] = [];
  collectInline(node, pieces, notes);
  if (pieces.length === 0) return;
  out.push({ kind: 'paragraph', start: span.start, end: span.end, pieces, notes, quoted, ...(list ? { list } : {}) });
}

/** Text-bearing inline nodes become pieces; footnote references become notes; the rest is skipped. */
function collectInline(node: Nodes, pieces: Span[], notes: Span[]): void {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
    case 'inlineMath':
    case 'break': {
      const span = spanOf(node);
      if (span) pieces.push(span);
      return;
    }
    case 'footnoteReference': {
      const span = spanOf(node);
      if (span) notes.push(span);
      return;
    }
    case 'html':
    case 'image':
    case 'imageReference':
      return;
    default:
      if ('children' in node) for (const child of (node as Parent).children) collectInline(child as Nodes, pieces, notes);
  }
}

/** Directive comments in a Markdown document: only real HTML nodes count, never code or text. */
export function markdownDirectives(text: string, tree: Root): Directive[] {
  const found: Directive[] = [];
  const visit = (node: Nodes): void => {
    if (node.type === 'html') {
      const span = spanOf(node);
      if (span) found.push(...findDirectives(text, span.start, span.end));
      return;
    }
    if ('children' in node) for (const child of (node as Parent).children) visit(child as Nodes);
  };
  visit(tree);
  return found;
}
