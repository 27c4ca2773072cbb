import { complementSpans, mergeSpans, type Span } from '../text';
import type { Nodes, Parent, Root } from 'mdast';
import { parseMarkdown } from './markdownParser';

export { parseMarkdown } from './markdownParser';

/** Markdown's shape as far as IR Lens cares: the tree and which ranges hold prose. */
export interface MarkdownRegions {
  readonly tree: Root;
  /** Ranges never scanned for mentions: code, HTML, URLs, link destinations, front matter, math. */
  readonly skipped: readonly Span[];
  /** Everything else: paragraphs, headings, emphasis, link text, lists, quotes, table cells, footnotes. */
  readonly prose: readonly Span[];
}

/** Node types whose whole range is never prose. */
const SKIPPED_WHOLE = new Set([
  'code',
  'inlineCode',
  'html',
  'yaml',
  'toml',
  'math',
  'inlineMath',
  'definition',
  'image',
  'imageReference',
  'footnoteReference',
]);

export function markdownRegions(text: string, tree: Root = parseMarkdown(text)): MarkdownRegions {
  const skipped: Span[] = [];
  collectSkipped(tree, skipped);
  const merged = mergeSpans(skipped);
  return { tree, skipped: merged, prose: complementSpans(merged, text.length) };
}

/** A node's [start, end) offsets, if the parser recorded them. */
export function spanOf(node: Nodes): Span | undefined {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === undefined || end === undefined ? undefined : { start, end };
}

function collectSkipped(node: Nodes, out: Span[]): void {
  const span = spanOf(node);
  if (SKIPPED_WHOLE.has(node.type)) {
    if (span) out.push(span);
    return;
  }
  if ((node.type === 'link' || node.type === 'linkReference') && span) {
    skipLinkSyntax(node, span, out);
  }
  if (node.type === 'footnoteDefinition' && span) {
    // The label of "[^NATO]: ..." is syntax like a reference label (footnote references are skipped
    // whole); only the note's content is prose.
    const first = node.children[0] && spanOf(node.children[0] as Nodes);
    out.push({ start: span.start, end: first && first.start > span.start ? first.start : span.end });
  }
  if ('children' in node) {
    for (const child of (node as Parent).children) collectSkipped(child as Nodes, out);
  }
}

/**
 * A link's text is prose; its destination and reference label are not. An autolink (`<https://…>`,
 * or a bare URL under GFM) shows its URL as its text, so the whole link is skipped.
 */
function skipLinkSyntax(node: Nodes & Parent, span: Span, out: Span[]): void {
  const first = node.children[0] && spanOf(node.children[0] as Nodes);
  const last = node.children.length > 0 ? spanOf(node.children[node.children.length - 1] as Nodes) : undefined;
  // GFM's "www.nato.int" and e-mail autolinks ("info@nato.int", "<info@nato.int>") get an "http://" or
  // "mailto:" URL their text lacks; they are URLs all the same and must not be scanned.
  const onlyText = node.children.length === 1 && node.children[0].type === 'text' ? node.children[0].value : undefined;
  const isAutolink =
    node.type === 'link' && onlyText !== undefined && [onlyText, `http://${onlyText}`, `mailto:${onlyText}`].includes(node.url);
  if (!first || !last || isAutolink) {
    out.push(span);
    return;
  }
  if (first.start > span.start) out.push({ start: span.start, end: first.start });
  if (last.end < span.end) out.push({ start: last.end, end: span.end });
}
