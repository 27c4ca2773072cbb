import { findSpanIndexAt, partitionPoint, type Span } from '../../text';
import type { DocumentLanguage } from '../document';
import { REFERENCE_HEADINGS } from './lexicon';

/**
 * The parts of a paper the rules treat apart: headings (title case proves nothing there) and reference
 * lists or bibliographies (nothing in them is recognised). Found from the text's lines, so an edit
 * needs no parse: Markdown ATX and setext headings; in plain text, a short line alone between blank
 * lines, without a closing full stop.
 */
export interface TextStructure {
  /** Heading lines, sorted. */
  readonly headings: readonly Span[];
  /** Reference sections, from their heading to the next heading of the same or a higher level. */
  readonly references: readonly Span[];
  /** The blank (or whitespace-only) lines, in order: paragraphs lie between them. */
  readonly blankLines: readonly Span[];
  /** What each line was read as, from which `updateStructure` brings the rest up to date after an edit. */
  readonly lines: LineFacts;
}

interface Line {
  readonly start: number;
  readonly end: number;
}

interface Heading {
  readonly span: Span;
  readonly level: number;
  /** It opens a reference section ("References", "3. Bibliography:"): read with the line, not at every edit. */
  readonly references: boolean;
}

/** What the lines say, each read with its neighbours only (so an edit changes the facts of its own paragraph). */
interface LineFacts {
  readonly headings: readonly Heading[];
  /** Bibliography entries outside a reference section ("- Keohane, R. O. (1984). After Hegemony ..."), to the blank line. */
  readonly entries: readonly Span[];
  readonly blankLines: readonly Span[];
}

export function readStructure(text: string, language: DocumentLanguage): TextStructure {
  return assemble(text, readLines(text, language, 0, text.length));
}

/**
 * The structure after an edit of [start, end) in the previous text, `delta` characters longer: lines are
 * read again only from the blank line before the edit to the blank line after it (a line's facts read
 * its neighbours, never past a blank line); the rest are moved. Equals `readStructure` on the new text.
 */
export function updateStructure(previous: TextStructure, oldText: string, text: string, language: DocumentLanguage, edit: { start: number; end: number; delta: number }): TextStructure {
  const old = previous.lines;
  const blanks = old.blankLines;
  // The last blank line wholly before the edited lines, and the first wholly after them.
  const firstLine = edit.start === 0 ? 0 : oldText.lastIndexOf('\n', edit.start - 1) + 1;
  const lastLineEnd = oldText.indexOf('\n', edit.end);
  const before = partitionPoint(blanks.length, (i) => blanks[i].start < firstLine) - 1;
  const after = lastLineEnd < 0 ? blanks.length : partitionPoint(blanks.length, (i) => blanks[i].start <= lastLineEnd);
  const from = before >= 0 ? blanks[before].start : 0;
  /** Where the lines read again end, in the old text (the start of the blank line after, which is read too). */
  const oldTo = after < blanks.length ? blanks[after].start : oldText.length;
  const fresh = readLines(text, language, from, after < blanks.length ? oldTo + edit.delta : text.length);
  const shift = (s: Span): Span => ({ start: s.start + edit.delta, end: s.end + edit.delta });
  /** The old facts before the lines read again, the fresh ones, then the old ones after, moved. */
  const splice = <T>(items: readonly T[], start: (item: T) => number, read: readonly T[], move: (item: T) => T): T[] => {
    const head = partitionPoint(items.length, (i) => start(items[i]) < from);
    const tail = partitionPoint(items.length, (i) => start(items[i]) <= oldTo);
    const out = items.slice(0, head);
    for (const item of read) out.push(item);
    for (let i = tail; i < items.length; i++) out.push(move(items[i]));
    return out;
  };
  const spanStart = (s: Span): number => s.start;
  return assemble(text, {
    headings: splice(old.headings, (h) => h.span.start, fresh.headings, (h) => ({ span: shift(h.span), level: h.level, references: h.references })),
    entries: splice(old.entries, spanStart, fresh.entries, shift),
    blankLines: splice(blanks, spanStart, fresh.blankLines, shift),
  });
}

/** The facts of the lines starting in [from, to] (`from` a line start). */
function readLines(text: string, language: DocumentLanguage, from: number, to: number): LineFacts {
  const headings: Heading[] = [];
  const lines: Line[] = [];
  for (let start = from; start <= to; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    lines.push({ start, end: end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end });
    start = end + 1;
    if (end === text.length) break;
  }
  const blank = (i: number): boolean => i < 0 || i >= lines.length || text.slice(lines[i].start, lines[i].end).trim() === '';
  const entries: Span[] = [];
  for (let i = 0; i < lines.length; i++) {
    const { start, end } = lines[i];
    const line = text.slice(start, end);
    if (REFERENCE_ENTRY.test(line)) {
      let last = i;
      while (last + 1 < lines.length && !blank(last + 1) && !REFERENCE_ENTRY.test(text.slice(lines[last + 1].start, lines[last + 1].end))) last++;
      entries.push({ start, end: lines[last].end });
    }
    if (language === 'markdown') {
      const atx = /^ {0,3}(#{1,6})(?:[ \t]+|$)(.*?)[ \t#]*$/.exec(line);
      if (atx) {
        headings.push(heading(start, end, atx[1].length, atx[2]));
        continue;
      }
      const next = i + 1 < lines.length ? text.slice(lines[i + 1].start, lines[i + 1].end) : '';
      if (line.trim() !== '' && !blank(i) && /^ {0,3}(=+|-+)[ \t]*$/.test(next) && blank(i - 1)) {
        headings.push(heading(start, end, next.trim().startsWith('=') ? 1 : 2, line.trim()));
        i++;
      } else if (blank(i - 1) && blank(i + 1) && REFERENCE_HEADINGS.test(line.trim().replace(/[:.]$/, ''))) {
        // Converted pages often keep "References" or "See also" as a paragraph of its own.
        headings.push(heading(start, end, 1, line.trim()));
      }
    } else if (blank(i - 1) && blank(i + 1) && isPlainHeading(line)) {
      headings.push(heading(start, end, 1, line.trim()));
    }
  }
  return { headings, entries, blankLines: lines.filter((_, i) => blank(i)) };
}

function heading(start: number, end: number, level: number, title: string): Heading {
  const bare = title.replace(/^[\d.IVXivx]+[.)]?\s+/, '').replace(/[:.]$/, '').trim();
  return { span: { start, end }, level, references: REFERENCE_HEADINGS.test(bare) };
}

/** Reference sections from the headings, joined with the bibliography entries found elsewhere. */
function assemble(text: string, lines: LineFacts): TextStructure {
  const { headings } = lines;
  const references: Span[] = [];
  for (let h = 0; h < headings.length; h++) {
    if (!headings[h].references) continue;
    let end = text.length;
    for (let k = h + 1; k < headings.length; k++) {
      if (headings[k].level <= headings[h].level) {
        end = headings[k].span.start;
        break;
      }
    }
    references.push({ start: headings[h].span.start, end });
  }
  return { headings: headings.map((h) => h.span), references: mergeSpans([...references, ...lines.entries]), blankLines: lines.blankLines, lines };
}

/** A line that opens like a bibliography entry: "Keohane, R. O. (1984).", "- Lindqvist, P. 2019." */
const REFERENCE_ENTRY = /^\s*(?:[-*+]\s+|\d{1,3}[.)]\s+|\[\d{1,3}\]\s+)?\p{Lu}[\p{L}'’-]+,\s+(?:\p{Lu}\.\s?(?:-?\p{Lu}\.\s?)?){1,3}(?:,|\s*(?:and|&)\s|\s*\(?(?:1[5-9]|20)\d\d)/u;

/** Sorted, with overlapping spans joined (the lookups binary-search them). */
function mergeSpans(spans: Span[]): Span[] {
  spans.sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) out[out.length - 1] = { start: last.start, end: Math.max(last.end, s.end) };
    else out.push({ ...s });
  }
  return out;
}

/** A plain-text line that reads as a heading: short, no closing full stop, not a sentence fragment. */
function isPlainHeading(line: string): boolean {
  const trimmed = line.trim();
  if (trimmed.length === 0 || trimmed.length > 80) return false;
  if (/[.,;]$/.test(trimmed) || !/^[\p{Lu}\d]/u.test(trimmed)) return false;
  const words = trimmed.split(/\s+/);
  return words.length <= 12;
}

export function isInside(spans: readonly Span[], offset: number): boolean {
  const i = findSpanIndexAt(spans, offset);
  return i >= 0 && spans[i].start <= offset && offset < spans[i].end;
}

/** The paragraph around `offset`: bounded by blank lines (or headings); two binary searches. */
export function paragraphAround(text: string, offset: number, structure: TextStructure): Span {
  const blanks = structure.blankLines;
  const next = partitionPoint(blanks.length, (i) => blanks[i].end < offset);
  let start = next > 0 ? blanks[next - 1].end : 0;
  let end = next < blanks.length ? blanks[next].start : text.length;
  // A heading is its own paragraph.
  const h = partitionPoint(structure.headings.length, (i) => structure.headings[i].end <= offset);
  const heading = structure.headings[h];
  if (heading && heading.start <= offset && offset < heading.end) return heading;
  const before = structure.headings[h - 1];
  if (before && before.end > start) start = before.end;
  if (heading && heading.start < end) end = heading.start;
  return { start, end };
}
