import type { Span } from '../text';

/**
 * What the Markdown and plain-text readers hand to the rest of the outline: headings and
 * paragraphs in document order, with offsets into the original text.
 */
export type Block = HeadingBlock | ParagraphBlock;

export interface HeadingBlock extends Span {
  readonly kind: 'heading';
  /** 1 for top-level sections ("#", "1."), 2 for "##" or "1.2", and so on. */
  readonly depth: number;
}

export interface ParagraphBlock extends Span {
  readonly kind: 'paragraph';
  /**
   * The visible parts of the paragraph, in order: a gap between two pieces (link syntax, a page's
   * footnotes, a directive comment) is invisible, not a space.
   */
  readonly pieces: readonly Span[];
  /** Footnote references the reader already knows (Markdown `[^1]`); plain text finds its own. */
  readonly notes: readonly Span[];
  /** Inside a block quote: the whole paragraph is quoted material. */
  readonly quoted: boolean;
  readonly list?: ListPosition;
}

/** Where a paragraph sits in a list: the first paragraph of an item carries its marker. */
export interface ListPosition {
  readonly ordered: boolean;
  /** 1-based position of the item in its list. */
  readonly index: number;
  /** The marker as written: "1.", "2)", "-", "*". */
  readonly marker: string;
}
