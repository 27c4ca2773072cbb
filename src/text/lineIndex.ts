/**
 * The one conversion point between UTF-16 offsets (the core's currency) and zero-based
 * line/character positions (VS Code's and the CLI's). Lines end at `\n`, `\r\n` or a lone `\r`,
 * as in VS Code.
 */
import { partitionPoint } from './ranges';

export interface Position {
  readonly line: number;
  readonly character: number;
}

export class LineIndex {
  /** Offset at which each line starts; `lineStarts[0] === 0`. */
  private readonly lineStarts: number[];

  constructor(private readonly text: string) {
    const starts = [0];
    if (text.indexOf('\r') < 0) {
      // Most texts end lines with \n only: jump from one to the next (a native search, far faster
      // than reading every unit here; the CLI indexes files of tens of megabytes).
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    } else {
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 13 /* \r */) {
          if (text.charCodeAt(i + 1) === 10) i++;
          starts.push(i + 1);
        } else if (c === 10 /* \n */) {
          starts.push(i + 1);
        }
      }
    }
    this.lineStarts = starts;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** Position of an offset; offsets are clamped into the text. */
  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const starts = this.lineStarts;
    const line = Math.max(0, partitionPoint(starts.length, (i) => starts[i] <= clamped) - 1);
    // An offset between the \r and \n of a CRLF has no position of its own: like VS Code, give the
    // line's end rather than a character past it (which offsetAt would not map back).
    return { line, character: Math.min(clamped, this.lineEndOffset(line)) - starts[line] };
  }

  /**
   * Positions of ascending offsets, one after another: each call walks forward from the last line
   * found instead of searching all lines (for serialising long sorted lists of mentions).
   */
  forwardCursor(): (offset: number) => Position {
    const starts = this.lineStarts;
    let line = 0;
    return (offset) => {
      if (offset < starts[line]) return this.positionAt(offset);
      while (line + 1 < starts.length && starts[line + 1] <= offset) line++;
      const clamped = Math.min(offset, this.text.length);
      return { line, character: Math.min(clamped, this.lineEndOffset(line)) - starts[line] };
    };
  }

  /** Offset of a position; characters past the line's end clamp to it. */
  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.lineStarts.length) return this.text.length;
    const start = this.lineStarts[position.line];
    const end = this.lineEndOffset(position.line);
    return Math.max(start, Math.min(start + position.character, end));
  }

  /** Offset just before the line's terminator. */
  lineEndOffset(line: number): number {
    const nextStart = line + 1 < this.lineStarts.length ? this.lineStarts[line + 1] : this.text.length;
    let end = nextStart;
    if (end > this.lineStarts[line] && this.text.charCodeAt(end - 1) === 10) end--;
    if (end > this.lineStarts[line] && this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  lineStartOffset(line: number): number {
    return this.lineStarts[Math.max(0, Math.min(line, this.lineStarts.length - 1))];
  }
}
