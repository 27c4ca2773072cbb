import type { Root } from 'mdast';
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

const CONSTRUCTS: readonly Construct[] = [
  // remark-gfm's five, in its order. Literal autolinks: "http://" or "https://", "www.", or an e-mail's "@" (also in mailto: and xmpp:).
  { micromark: gfmAutolinkLiteral(), mdast: gfmAutolinkLiteralFromMarkdown(), needs: /https?:|www\.|@/i },
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
  return processorFor(set).parse(text);
}
