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
  /** Why the unit has its role, in a short phrase for the tooltip. */
  readonly why: string;
  /** Stable within one outline: "u1", "u2", ... in document order (sections included). */
  readonly id: string;
  /** The id of the claim-like unit this reason, evidence or claim supports. */
  readonly supports?: string;
  /** The id of the counter-claim this claim answers. */
  readonly answers?: string;
  /** How a thesis, claim, reason or conclusion is supported in the paper. */
  readonly support?: Support;
  /** KB ids of the mentions inside [start, end), in order of first appearance. */
  readonly entities: readonly string[];
  readonly children: readonly OutlineUnit[];
}

/**
 * What supports a claim-like unit: reasons and evidence under it, citations and footnotes in its
 * paragraph, facts reported by the paragraph's other sentences, objections it answers. `accepted`:
 * the author marked it `<!-- irLens: supported -->`.
 */
export interface Support {
  readonly reasons: number;
  readonly evidence: number;
  readonly citations: number;
  readonly answered: number;
  readonly accepted: boolean;
}

/** The only part of a mention the outline needs (the core's `Mention` fits). */
export interface OutlineMention extends Span {
  /** The entity's type, where known: a named event or treaty in a sentence is a sign of evidence. */
  readonly entry: { readonly id: string; readonly type?: string };
}

export interface OutlineInput {
  readonly text: string;
  readonly language: 'markdown' | 'plaintext';
  /** The Markdown tree, when the caller already has it (parsed from `text` otherwise). */
  readonly tree?: Root;
  readonly mentions: readonly OutlineMention[];
}
