import { complementSpans, mergeSpans, type Span } from '../text';
import type { Block, ParagraphBlock } from './blocks';
import type { Directive } from './directives';
import { footnoteBlocks } from './footnoteBlocks';
import { detectStyle, scanLines, type LayoutStyle, type Line } from './layout';
import { SENTENCE_OPENERS } from './abbreviations';
import { endsWithMinorWord, headingDepth, isTitleLike, wordCount } from './sections';

/**
 * Headings and paragraphs of a plain-text document, found from its layout. In the PDF style (a
 * blank line after every line) a paragraph break needs more evidence than a blank line: a sentence
 * end followed by an indented line, a whitespace-only line, or a short last line.
 */
export function plainTextBlocks(text: string, directives: readonly Directive[] = []): Block[] {
  return new PlainTextReader(text, directives).read();
}

interface Gap {
  blanks: number;
  spaces: number;
  numbers: number;
  rules: number;
}

const SENTENCE_END = /[.!?…:][”"’'»)\]]*(?:\d{1,3})?$/;
const ABSTRACT_TAG = /^\[\s*(abstract|summary|résumé|аннотация|introduction)\s*\]|^(abstract|summary|résumé|аннотация)\s*[:.—–]/i;
const MAX_TWO_LINE_TITLE_WORDS = 18;

class PlainTextReader {
  private readonly lines: Line[];
  private readonly style: LayoutStyle;
  /** Indices of the visible text lines. */
  private readonly textLines: number[] = [];
  /** gaps[t]: what lies between text line t-1 and t. */
  private readonly gaps: Gap[] = [];
  private readonly hidden: Span[] = [];

  constructor(
    private readonly text: string,
    private readonly directives: readonly Directive[],
  ) {
    this.lines = scanLines(text, directives);
    this.style = detectStyle(this.lines);
    const hiddenLine = new Uint8Array(this.lines.length);
    for (const range of footnoteBlocks(this.lines, text)) {
      for (let i = range.first; i <= range.last; i++) hiddenLine[i] = 1;
      this.hidden.push({ start: this.lines[range.first].start, end: this.lines[range.last].end });
    }
    let gap: Gap = { blanks: 0, spaces: 0, numbers: 0, rules: 0 };
    this.lines.forEach((line, i) => {
      if (hiddenLine[i]) return;
      switch (line.kind) {
        case 'text':
          this.textLines.push(i);
          this.gaps.push(gap);
          gap = { blanks: 0, spaces: 0, numbers: 0, rules: 0 };
          break;
        case 'blank':
          gap.blanks++;
          break;
        case 'spaces':
          gap.spaces++;
          break;
        case 'number':
          gap.numbers++;
          break;
        case 'rule':
          gap.rules++;
          break;
        case 'directive':
          break;
      }
    });
  }

  read(): Block[] {
    const blocks: Block[] = [];
    let first = -1;
    let last = -1;
    const flush = (): void => {
      if (first >= 0) this.pushParagraph(blocks, first, last);
      first = -1;
    };
    const count = this.textLines.length;
    for (let t = 0; t < count; t++) {
      const gap = this.gaps[t];
      const hardGap = gap.rules > 0 || (!this.style.softBlankLines && gap.blanks + gap.spaces > 0);
      const standsApart = t === 0 || first < 0 || hardGap || this.endsSentence(t - 1);
      const heading = standsApart ? this.headingAt(t) : 0;
      if (heading > 0) {
        flush();
        const a = this.line(t);
        const b = this.line(t + heading - 1);
        blocks.push({ kind: 'heading', start: a.textStart, end: b.textEnd, depth: headingDepth(this.lineText(t)) });
        t += heading - 1;
        continue;
      }
      if (first >= 0 && this.breaksBefore(t)) flush();
      if (first < 0) first = t;
      last = t;
    }
    flush();
    // A first heading followed at once by another is the document's title: the sections nest in it.
    if (blocks[0]?.kind === 'heading' && blocks[1]?.kind === 'heading' && blocks[0].depth <= blocks[1].depth) {
      blocks[0] = { ...blocks[0], depth: 0 };
    }
    return blocks;
  }

  private line(t: number): Line {
    return this.lines[this.textLines[t]];
  }

  private lineText(t: number): string {
    const line = this.line(t);
    return this.text.slice(line.textStart, line.textEnd);
  }

  private endsSentence(t: number): boolean {
    return SENTENCE_END.test(this.lineText(t));
  }

  private startsSentence(t: number): boolean {
    const ch = this.text[this.line(t).textStart] ?? '';
    return ch === ch.toUpperCase() || /^[\d“"«„‘'([•\-–]/.test(ch);
  }

  /** 0, or how many lines (1 or 2) the heading starting at text line t takes. */
  private headingAt(t: number): number {
    const count = this.textLines.length;
    const first = this.lineText(t);
    if (!isTitleLike(first)) return 0;
    if (t + 1 < count && this.softGap(t + 1) && !/[?!]$/.test(first)) {
      const second = this.lineText(t + 1);
      if (
        isTitleLike(second) &&
        !endsWithMinorWord(second) &&
        wordCount(first) + wordCount(second) <= MAX_TWO_LINE_TITLE_WORDS &&
        this.followsHeading(t + 2, second)
      ) {
        return 2;
      }
    }
    return !endsWithMinorWord(first) && this.followsHeading(t + 1, first) ? 1 : 0;
  }

  /**
   * The text after a heading starts a sentence, and visibly so: after a blank line (in styles
   * where that means something), an indent, or an opening word. "Professor Yan" followed by
   * "Xuetong share the same idea" is a wrapped name, not a heading.
   */
  private followsHeading(u: number, heading: string): boolean {
    if (u >= this.textLines.length) return true;
    if (!this.startsSentence(u)) return false;
    if (/[?!]$/.test(heading) || !this.softGap(u)) return true;
    const line = this.line(u);
    if (line.textStart - line.start > this.style.baseIndent) return true;
    const word = /^[\p{L}]+/u.exec(this.text.slice(line.textStart, line.textStart + 20))?.[0].toLowerCase() ?? '';
    return SENTENCE_OPENERS.has(word) || /^[\d“"«„‘'([•\-–]/.test(this.text[line.textStart]);
  }

  /** The gap before text line t is what separates two lines of one paragraph in this style. */
  private softGap(t: number): boolean {
    const g = this.gaps[t];
    if (g.rules > 0 || g.numbers > 0 || g.spaces > 0) return false;
    return this.style.softBlankLines ? g.blanks <= 1 : g.blanks === 0;
  }

  private breaksBefore(t: number): boolean {
    const g = this.gaps[t];
    if (g.rules > 0) return true;
    const separators = g.blanks + g.spaces;
    const ends = this.endsSentence(t - 1);
    const starts = this.startsSentence(t);
    if (!this.style.softBlankLines) {
      if (separators >= 1) return true;
      if (!this.style.wrapped) return true;
    } else {
      if (separators >= 3 && starts) return true;
      if (separators >= 2 && ends && starts) return true;
    }
    if (!ends || !starts) return false;
    if (g.spaces >= 1) return true;
    const b = this.line(t);
    if (b.textStart - b.start > this.style.baseIndent && g.numbers === 0) return true;
    const a = this.line(t - 1);
    return this.style.wrapped && a.textEnd - a.start < 0.7 * this.style.typicalLength;
  }

  private pushParagraph(blocks: Block[], firstText: number, lastText: number): void {
    let start = this.line(firstText).textStart;
    const end = this.line(lastText).textEnd;
    const tag = ABSTRACT_TAG.exec(this.text.slice(start, Math.min(end, start + 40)));
    if (tag) {
      const word = tag[1] ?? tag[2];
      const wordStart = start + tag[0].indexOf(word);
      blocks.push({ kind: 'heading', start: wordStart, end: wordStart + word.length, depth: 1 });
      start += tag[0].length;
      while (start < end && /\s/.test(this.text[start])) start++;
      if (start >= end) return;
    }
    const cuts = mergeSpans([
      ...this.hidden.filter((h) => h.end > start && h.start < end),
      ...this.directives.filter((d) => d.end > start && d.start < end),
    ]);
    const pieces = complementSpans(
      cuts.map((c) => ({ start: c.start - start, end: c.end - start })),
      end - start,
    ).map((p) => ({ start: p.start + start, end: p.end + start }));
    const paragraph: ParagraphBlock = { kind: 'paragraph', start, end, pieces, notes: [], quoted: false };
    blocks.push(paragraph);
  }
}
