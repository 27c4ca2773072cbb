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
}

interface Line {
  readonly start: number;
  readonly end: number;
}

export function readStructure(text: string, language: DocumentLanguage): TextStructure {
  const headings: { span: Span; level: number; title: string }[] = [];
  const lines: Line[] = [];
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    lines.push({ start, end: end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end });
    start = end + 1;
    if (end === text.length) break;
  }
  const blank = (i: number): boolean => i < 0 || i >= lines.length || text.slice(lines[i].start, lines[i].end).trim() === '';
  /** Bibliography entries outside a reference section ("- Keohane, R. O. (1984). After Hegemony ..."), to the blank line. */
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
        headings.push({ span: { start, end }, level: atx[1].length, title: atx[2] });
        continue;
      }
      const next = i + 1 < lines.length ? text.slice(lines[i + 1].start, lines[i + 1].end) : '';
      if (line.trim() !== '' && !blank(i) && /^ {0,3}(=+|-+)[ \t]*$/.test(next) && blank(i - 1)) {
        headings.push({ span: { start, end }, level: next.trim().startsWith('=') ? 1 : 2, title: line.trim() });
        i++;
      } else if (blank(i - 1) && blank(i + 1) && REFERENCE_HEADINGS.test(line.trim().replace(/[:.]$/, ''))) {
        // Converted pages often keep "References" or "See also" as a paragraph of its own.
        headings.push({ span: { start, end }, level: 1, title: line.trim() });
      }
    } else if (blank(i - 1) && blank(i + 1) && isPlainHeading(line)) {
      headings.push({ span: { start, end }, level: 1, title: line.trim() });
    }
  }
  const references: Span[] = [];
  for (let h = 0; h < headings.length; h++) {
    const title = headings[h].title.replace(/^[\d.IVXivx]+[.)]?\s+/, '').replace(/[:.]$/, '').trim();
    if (!REFERENCE_HEADINGS.test(title)) continue;
    let end = text.length;
    for (let k = h + 1; k < headings.length; k++) {
      if (headings[k].level <= headings[h].level) {
        end = headings[k].span.start;
        break;
      }
    }
    references.push({ start: headings[h].span.start, end });
  }
  return { headings: headings.map((h) => h.span), references: mergeSpans([...references, ...entries]) };
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

/** The paragraph around `offset`: bounded by blank lines (or headings). */
export function paragraphAround(text: string, offset: number, structure: TextStructure): Span {
  let start = text.lastIndexOf('\n\n', offset);
  const crlf = text.lastIndexOf('\n\r\n', offset);
  start = Math.max(start, crlf) + 1;
  if (start < 0) start = 0;
  let end = text.indexOf('\n\n', offset);
  const crlfEnd = text.indexOf('\n\r\n', offset);
  if (end < 0 || (crlfEnd >= 0 && crlfEnd < end)) end = crlfEnd;
  if (end < 0) end = text.length;
  // A heading is its own paragraph.
  const h = partitionPoint(structure.headings.length, (i) => structure.headings[i].end <= offset);
  const heading = structure.headings[h];
  if (heading && heading.start <= offset && offset < heading.end) return heading;
  const before = structure.headings[h - 1];
  if (before && before.end > start) start = before.end;
  if (heading && heading.start < end) end = heading.start;
  return { start, end };
}
