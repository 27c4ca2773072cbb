import type { Nodes, Root } from 'mdast';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import type { Extension as MdastExtension } from 'mdast-util-from-markdown';
import { gfmAutolinkLiteralFromMarkdown } from 'mdast-util-gfm-autolink-literal';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { mathFromMarkdown } from 'mdast-util-math';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfmAutolinkLiteral } from 'micromark-extension-gfm-autolink-literal';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { math } from 'micromark-extension-math';
import type { Extension as MicromarkExtension } from 'micromark-util-types';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';

/**
 * Markdown as remark parses it with remark-gfm, remark-frontmatter (YAML and TOML) and remark-math, in
 * that order: the same extensions, added one by one. A construct that needs a character the text lacks
 * is left out of that text's parse (most of a paper holds no URL, table, strikethrough or math, and
 * looking for them cost about a third of the parse); the tree is the same (a fuzz property checks it
 * against the three plugins).
 */
interface Construct {
  readonly micromark: MicromarkExtension;
  readonly mdast: MdastExtension;
  /** Text the construct cannot occur without; none: always looked for. */
  readonly needs?: RegExp;
}

/** What a literal autolink cannot do without: "http://" or "https://", "www.", or an e-mail's "@" (also in mailto: and xmpp:). */
const AUTOLINK_NEEDS = /https?:|www\.|@/i;
/** The same, for every occurrence (lastIndex reset before each search). */
const AUTOLINK_NEEDS_ALL = new RegExp(AUTOLINK_NEEDS.source, 'gi');
/** Literal autolinks' place in CONSTRUCTS. */
const AUTOLINK = 0;

const CONSTRUCTS: readonly Construct[] = [
  // remark-gfm's five, in its order. Literal autolinks: "http://" or "https://", "www.", or an e-mail's "@" (also in mailto: and xmpp:).
  { micromark: gfmAutolinkLiteral(), mdast: gfmAutolinkLiteralFromMarkdown(), needs: AUTOLINK_NEEDS },
  { micromark: gfmFootnote(), mdast: gfmFootnoteFromMarkdown() },
  { micromark: gfmStrikethrough(), mdast: gfmStrikethroughFromMarkdown(), needs: /~/ },
  // A delimiter row has a pipe, or a colon beside its dashes (":-" or "-:" alone makes a one-column table).
  { micromark: gfmTable(), mdast: gfmTableFromMarkdown(), needs: /\||:-|-:/ },
  { micromark: gfmTaskListItem(), mdast: gfmTaskListItemFromMarkdown() },
  { micromark: frontmatter(['yaml', 'toml']), mdast: frontmatterFromMarkdown(['yaml', 'toml']) },
  { micromark: math(), mdast: mathFromMarkdown(), needs: /\$/ },
];

/** One processor per set of constructs used so far (a bit per construct). */
const processors = new Map<number, Processor<Root>>();

function processorFor(set: number): Processor<Root> {
  let processor = processors.get(set);
  if (!processor) {
    const chosen = CONSTRUCTS.filter((_, i) => (set & (1 << i)) !== 0);
    processor = unified()
      .use(remarkParse)
      .use(function addConstructs(this: Processor) {
        const data = this.data();
        (data.micromarkExtensions ??= []).push(...chosen.map((c) => c.micromark));
        (data.fromMarkdownExtensions ??= []).push(chosen.map((c) => c.mdast));
      }) as unknown as Processor<Root>;
    processor.freeze();
    processors.set(set, processor);
  }
  return processor;
}

export function parseMarkdown(text: string): Root {
  let set = 0;
  for (let i = 0; i < CONSTRUCTS.length; i++) if (!CONSTRUCTS[i].needs || CONSTRUCTS[i].needs!.test(text)) set |= 1 << i;
  // Most URLs in a paper are link destinations ("[the SCO](https://...)"), which are no autolinks. Where
  // every URL looks like one, the text is parsed without literal autolinks, and again with them only if
  // a text node of that tree holds what one needs (a link that did not form leaves its URL in the text).
  if (set & (1 << AUTOLINK) && onlyInDestinations(text)) {
    const tree = processorFor(set & ~(1 << AUTOLINK)).parse(text);
    if (!someText(tree, AUTOLINK_NEEDS)) return tree;
  }
  return processorFor(set).parse(text);
}

/** Longer runs are not read back (the text is then parsed with literal autolinks). */
const MAX_DESTINATION = 2048;

/** Every "http:", "https:", "www." or "@" in the text is in a run of non-space characters right after "](" or "<". */
function onlyInDestinations(text: string): boolean {
  const needs = AUTOLINK_NEEDS_ALL;
  needs.lastIndex = 0;
  for (let m = needs.exec(text); m; m = needs.exec(text)) {
    let i = m.index;
    const limit = Math.max(0, i - MAX_DESTINATION);
    while (i > limit && !isDestinationEnd(text.charCodeAt(i - 1))) i--;
    const opener = text.charCodeAt(i - 1);
    if (!(opener === 0x3c || (opener === 0x28 && text.charCodeAt(i - 2) === 0x5d))) return false; // "<", or "(" after "]"
  }
  return true;
}

/** Space, a line break or a bracket ends the run a destination's URL is read back over. */
function isDestinationEnd(code: number): boolean {
  return code <= 0x20 || code === 0x28 || code === 0x29 || code === 0x3c || code === 0x3e || code === 0x5b || code === 0x5d;
}

/** Whether a text node anywhere in the tree matches. */
function someText(node: Nodes, pattern: RegExp): boolean {
  if (node.type === 'text') return pattern.test(node.value);
  if ('children' in node) for (const child of node.children) if (someText(child, pattern)) return true;
  return false;
}
