import type { Span } from '../text';
import type { Root } from 'mdast';

/**
 * The argument outline's public types. A unit is one sentence (or, for a section, its heading text)
 * that plays a part in the argument; `start`/`end` are UTF-16 offsets into the document's text.
 */
export const OUTLINE_ROLES = ['section', 'thesis', 'claim', 'reason', 'counterclaim', 'evidence', 'conclusion'] as const;
export type OutlineRole = (typeof OUTLINE_ROLES)[number];

/** Roles a sentence can take (everything but `section`). */
export type SentenceRole = Exclude<OutlineRole, 'section'>;

export interface OutlineUnit extends Span {
  readonly role: OutlineRole;
  /** Nesting depth in the outline tree: 0 for top-level units. */
  readonly level: number;
  /** A short paraphrase-like label (at most 100 characters). */
  readonly label: string;
  /** The marker that triggered the unit ("Firstly", "I will argue", "(2)"); empty when structural. */
  readonly cue: string;
  /** KB ids of the mentions inside [start, end), in order of first appearance. */
  readonly entities: readonly string[];
  readonly children: readonly OutlineUnit[];
}

/** The only part of a mention the outline needs (the core's `Mention` fits). */
export interface OutlineMention extends Span {
  readonly entry: { readonly id: string };
}

export interface OutlineInput {
  readonly text: string;
  readonly language: 'markdown' | 'plaintext';
  /** The Markdown tree, when the caller already has it (parsed from `text` otherwise). */
  readonly tree?: Root;
  readonly mentions: readonly OutlineMention[];
}
