import type { Span } from '../text';
import type { Directive } from './directives';

/**
 * Plain text's lines and their layout: what each line holds, and which of the common styles the
 * text follows (PDF text often has a blank line between every two lines, so a blank line there is
 * not a paragraph break).
 */
export type LineKind =
  | 'blank' // empty
  | 'spaces' // only whitespace: a trace of a paragraph or page end in extracted PDF text
  | 'rule' // a long run of spaces or underscores: the rule above a page's footnotes
  | 'number' // only a footnote or page number
  | 'directive' // only an irLens comment
  | 'text';

export interface Line extends Span {
  readonly kind: LineKind;
  /** First and past-last non-space offsets (equal to `start` for blank lines). */
  readonly textStart: number;
  readonly textEnd: number;
}

export interface LayoutStyle {
  /** Most lines are separated by exactly one blank line: a single blank line is not a break. */
  readonly softBlankLines: boolean;
  /** Lines are hard-wrapped (not one paragraph per line). */
  readonly wrapped: boolean;
  /** A full line's length (the 75th percentile of text lines). */
  readonly typicalLength: number;
  /** The usual indentation of a text line. */
  readonly baseIndent: number;
}

const RULE_CHARS = /^[_\-–—=*·.]{5,}$/;

export function scanLines(text: string, directives: readonly Directive[] = []): Line[] {
  const lines: Line[] = [];
  let d = 0;
  let start = 0;
  const n = text.length;
  while (start <= n) {
    let end = start;
    while (end < n && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
    let textStart = start;
    while (textStart < end && isBlankChar(text.charCodeAt(textStart))) textStart++;
    let textEnd = end;
    while (textEnd > textStart && isBlankChar(text.charCodeAt(textEnd - 1))) textEnd--;
    while (d < directives.length && directives[d].end <= textStart) d++;
    lines.push({ start, end, textStart, textEnd, kind: kindOf(text, start, end, textStart, textEnd, directives, d) });
    if (end >= n) break;
    start = end + (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1);
  }
  return lines;
}

function isBlankChar(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x3000 || c === 0xfeff || c === 12;
}

function kindOf(text: string, start: number, end: number, textStart: number, textEnd: number, directives: readonly Directive[], d: number): LineKind {
  if (end === start) return 'blank';
  if (textStart === textEnd) return end - start >= 20 ? 'rule' : 'spaces';
  const length = textEnd - textStart;
  if (length <= 3 && /^\d{1,3}$/.test(text.slice(textStart, textEnd))) return 'number';
  if (length <= 200 && RULE_CHARS.test(text.slice(textStart, textEnd))) return 'rule';
  if (onlyDirectives(text, textStart, textEnd, directives, d)) return 'directive';
  return 'text';
}

/** True where the line's text is one or more directive comments and nothing else. */
function onlyDirectives(text: string, from: number, to: number, directives: readonly Directive[], d: number): boolean {
  let cursor = from;
  for (let i = d; i < directives.length && directives[i].start < to; i++) {
    if (directives[i].start !== cursor) return false;
    cursor = directives[i].end;
    while (cursor < to && isBlankChar(text.charCodeAt(cursor))) cursor++;
  }
  return cursor >= to;
}

/** Measures the text lines once to pick the style. */
export function detectStyle(lines: readonly Line[]): LayoutStyle {
  const lengths: number[] = [];
  const indents = new Map<number, number>();
  let gaps = 0;
  let singleBlankGaps = 0;
  let blanks = 0;
  let previousText = false;
  for (const line of lines) {
    if (line.kind === 'text') {
      lengths.push(line.textEnd - line.start);
      const indent = line.textStart - line.start;
      indents.set(indent, (indents.get(indent) ?? 0) + 1);
      if (previousText) {
        gaps++;
        if (blanks === 1) singleBlankGaps++;
      }
      previousText = true;
      blanks = 0;
    } else if (line.kind === 'blank' || line.kind === 'spaces') {
      blanks++;
    }
  }
  lengths.sort((a, b) => a - b);
  const percentile = (p: number): number => (lengths.length === 0 ? 0 : lengths[Math.min(lengths.length - 1, Math.floor(lengths.length * p))]);
  let baseIndent = 0;
  let most = -1;
  for (const [indent, count] of indents) {
    if (count > most) {
      most = count;
      baseIndent = indent;
    }
  }
  const median = percentile(0.5);
  const wrapped = lengths.length > 0 && median <= 110 && percentile(0.9) <= 160;
  return {
    // One paragraph per line with blank lines between is ordinary text, not the PDF style.
    softBlankLines: wrapped && gaps >= 6 && singleBlankGaps / gaps >= 0.6,
    wrapped,
    typicalLength: percentile(0.75),
    baseIndent,
  };
}
