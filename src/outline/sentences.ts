import { isLowerCode, isNewlineCode, isSpaceCode, isUpperCode, isWordCode, partitionPoint, type Span } from '../text';
import { MAY_END, NEVER_END, SENTENCE_OPENERS } from './abbreviations';

/**
 * A sentence segmenter for academic prose as it reaches an editor: Markdown, or plain text pasted
 * from a PDF (hard-wrapped, blank lines between lines, footnote numbers glued to words or alone on
 * a line). One left-to-right pass; every look-ahead or look-behind is bounded by a few characters.
 */
export interface Sentence extends Span {
  /** Footnote markers inside the sentence or right after it: "attacked.1", a line holding "12". */
  readonly notes: readonly Span[];
}

const QUOTE_SPAN_LIMIT = 300;
const MAX_NOTE_DIGITS = 3;

/**
 * Splits `text` into sentences. `pieces` are the visible parts of one paragraph (default: all of
 * `text`); the gaps between them are invisible. `knownNotes` are footnote references the caller
 * already found (Markdown `[^1]`); they are attached to the sentence they follow.
 *
 *     splitSentences('As K. N. Waltz argued, anarchy persists.1 States balance.')
 *     // -> [0, 40) with note [40, 41), [42, 58)
 */
export function splitSentences(text: string, pieces?: readonly Span[], knownNotes: readonly Span[] = []): Sentence[] {
  const visible = VisibleText.of(text, pieces ?? [{ start: 0, end: text.length }]);
  const found = new Scanner(visible.text).run();
  const sentences = found.map((s) => ({
    start: visible.toSource(s.start),
    end: visible.toSource(s.end - 1) + 1,
    notes: s.notes.map((n) => ({ start: visible.toSource(n.start), end: visible.toSource(n.end - 1) + 1 })),
  }));
  return knownNotes.length === 0 ? sentences : attachNotes(sentences, knownNotes);
}

/** Adds each known note to the last sentence starting at or before it. */
function attachNotes(sentences: Sentence[], notes: readonly Span[]): Sentence[] {
  const extra: Span[][] = sentences.map(() => []);
  let s = 0;
  for (const note of [...notes].sort((a, b) => a.start - b.start)) {
    while (s + 1 < sentences.length && sentences[s + 1].start <= note.start) s++;
    if (sentences.length > 0 && sentences[s].start <= note.start) extra[s].push(note);
  }
  return sentences.map((sentence, i) => (extra[i].length === 0 ? sentence : { ...sentence, notes: [...sentence.notes, ...extra[i]] }));
}

/** The concatenated visible text of some pieces, and the way back to source offsets. */
class VisibleText {
  private constructor(
    readonly text: string,
    private readonly visibleStarts: readonly number[],
    private readonly pieces: readonly Span[],
  ) {}

  static of(source: string, pieces: readonly Span[]): VisibleText {
    const kept = pieces.filter((p) => p.end > p.start);
    const starts: number[] = [];
    let length = 0;
    for (const p of kept) {
      starts.push(length);
      length += p.end - p.start;
    }
    const text = kept.length === 1 ? source.slice(kept[0].start, kept[0].end) : kept.map((p) => source.slice(p.start, p.end)).join('');
    return new VisibleText(text, starts, kept);
  }

  toSource(index: number): number {
    const starts = this.visibleStarts;
    if (starts.length === 0) return index;
    const piece = Math.max(0, partitionPoint(starts.length, (i) => starts[i] <= index) - 1);
    return this.pieces[piece].start + (index - starts[piece]);
  }
}

interface Found {
  start: number;
  end: number;
  notes: Span[];
}

interface Boundary {
  /** Where the sentence ends (exclusive). */
  readonly end: number;
  /** Where scanning resumes. */
  readonly next: number;
  readonly notes: readonly Span[];
}

const enum Code {
  Tab = 9,
  Space = 32,
  Quote = 0x22,
  Apostrophe = 0x27,
  OpenParen = 0x28,
  CloseParen = 0x29,
  Period = 0x2e,
  Colon = 0x3a,
  Bang = 0x21,
  Question = 0x3f,
  OpenBracket = 0x5b,
  CloseBracket = 0x5d,
  Ellipsis = 0x2026,
  LeftDouble = 0x201c,
  RightDouble = 0x201d,
  LowDouble = 0x201e,
  LeftSingle = 0x2018,
  RightSingle = 0x2019,
  LeftGuillemet = 0xab,
  RightGuillemet = 0xbb,
  LeftAngle = 0x2039,
  RightAngle = 0x203a,
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isSuperscriptDigit = (c: number): boolean => c === 0xb9 || c === 0xb2 || c === 0xb3 || (c >= 0x2070 && c <= 0x2079);
const isLetter = (c: number): boolean => isWordCode(c) && !isDigit(c);
const isTerminator = (c: number): boolean => c === Code.Period || c === Code.Bang || c === Code.Question || c === Code.Ellipsis;
const isInlineSpace = (c: number): boolean => c === Code.Space || c === Code.Tab || c === 0xa0;
const isCloser = (c: number): boolean =>
  c === Code.RightDouble ||
  c === Code.RightGuillemet ||
  c === Code.RightAngle ||
  c === Code.Quote ||
  c === Code.Apostrophe ||
  c === Code.RightSingle ||
  c === Code.CloseParen ||
  c === Code.CloseBracket ||
  c === Code.LeftDouble; // closes a „German“ quote
const isOpener = (c: number): boolean =>
  c === Code.LeftDouble ||
  c === Code.LowDouble ||
  c === Code.LeftGuillemet ||
  c === Code.LeftAngle ||
  c === Code.Quote ||
  c === Code.Apostrophe ||
  c === Code.LeftSingle ||
  c === Code.OpenParen ||
  c === Code.OpenBracket;

const ENUMERATOR_AHEAD = /^(?:first(?:ly)?\b|second(?:ly)?\b|\(\d{1,2}\)|\d{1,2}[.)]\s|\([a-h]\)|[a-h]\)\s|[•\-–*]\s)/i;

class Scanner {
  private readonly n: number;
  /** Nesting of open double quotes, and where the outermost one opened. */
  private quoteDepth = 0;
  private quoteSince = 0;
  private lastOpener = 0;

  constructor(private readonly v: string) {
    this.n = v.length;
  }

  run(): Found[] {
    const out: Found[] = [];
    const { v, n } = this;
    let current: Found | undefined;
    let i = 0;
    while (i < n) {
      const c = v.charCodeAt(i);
      if (!current) {
        if (isSpaceCode(c)) {
          i++;
          continue;
        }
        current = { start: i, end: i, notes: [] };
        this.quoteDepth = 0;
      }
      if (isNewlineCode(c)) {
        const note = this.numberLineAt(i);
        if (note) {
          current.notes.push(note);
          i = note.end;
          continue;
        }
      } else if (isSuperscriptDigit(c)) {
        let e = i;
        while (e < n && isSuperscriptDigit(v.charCodeAt(e))) e++;
        current.notes.push({ start: i, end: e });
      } else {
        this.trackQuote(c, i);
      }
      if (isTerminator(c) || c === Code.Colon) {
        const boundary = c === Code.Colon ? this.colonBoundary(i) : this.terminatorBoundary(i, current.start);
        if (boundary) {
          current.end = boundary.end;
          current.notes.push(...boundary.notes);
          out.push(current);
          current = undefined;
          i = boundary.next;
          continue;
        }
      }
      i++;
    }
    if (current) {
      let end = n;
      while (end > current.start && isSpaceCode(v.charCodeAt(end - 1))) end--;
      current.end = end;
      if (end > current.start) out.push(current);
    }
    return out;
  }

  private trackQuote(c: number, i: number): void {
    const v = this.v;
    if (c === Code.Quote) {
      // A straight quote opens after a space or bracket and closes after a word or punctuation.
      const before = i > 0 ? v.charCodeAt(i - 1) : Code.Space;
      if (isSpaceCode(before) || before === Code.OpenParen || before === Code.OpenBracket || before === 0x2014) this.open(i, c);
      else this.close();
    } else if (c === Code.LeftDouble && this.quoteDepth > 0 && this.lastOpener === Code.LowDouble) {
      this.close();
    } else if (c === Code.LeftDouble || c === Code.LowDouble || c === Code.LeftGuillemet || c === Code.LeftAngle) {
      this.open(i, c);
    } else if (c === Code.RightDouble || c === Code.RightGuillemet || c === Code.RightAngle) {
      this.close();
    }
  }

  private open(i: number, c: number): void {
    if (this.quoteDepth === 0) this.quoteSince = i;
    this.quoteDepth++;
    this.lastOpener = c;
  }

  private close(): void {
    if (this.quoteDepth > 0) this.quoteDepth--;
  }

  /** A line holding only a footnote number (or a page number): `\n12\n`. */
  private numberLineAt(newline: number): Span | undefined {
    const { v, n } = this;
    let q = newline + 1;
    while (q < n && isInlineSpace(v.charCodeAt(q))) q++;
    const start = q;
    while (q < n && q - start <= MAX_NOTE_DIGITS && isDigit(v.charCodeAt(q))) q++;
    const end = q;
    if (end === start || end - start > MAX_NOTE_DIGITS) return undefined;
    while (q < n && isInlineSpace(v.charCodeAt(q))) q++;
    return q >= n || isNewlineCode(v.charCodeAt(q)) ? { start, end } : undefined;
  }

  /** "as follows:" then a new line starting "Firstly," or "(1)": the announcement is its own sentence. */
  private colonBoundary(i: number): Boundary | undefined {
    const { v, n } = this;
    let q = i + 1;
    let newline = false;
    while (q < n && isSpaceCode(v.charCodeAt(q))) {
      if (isNewlineCode(v.charCodeAt(q))) newline = true;
      q++;
    }
    if (!newline || q >= n || this.quoteDepth > 0) return undefined;
    return ENUMERATOR_AHEAD.test(v.slice(q, q + 12)) ? { end: i + 1, next: q, notes: [] } : undefined;
  }

  private terminatorBoundary(i: number, sentenceStart: number): Boundary | undefined {
    const { v, n } = this;
    let j = i;
    let periods = 0;
    let strong = false;
    while (j < n && isTerminator(v.charCodeAt(j))) {
      const t = v.charCodeAt(j);
      if (t === Code.Period) periods++;
      else if (t === Code.Bang || t === Code.Question) strong = true;
      j++;
    }
    const ellipsis = v.charCodeAt(i) === Code.Ellipsis || periods >= 3;
    let k = j;
    while (k < n && isCloser(v.charCodeAt(k))) {
      this.trackQuote(v.charCodeAt(k), k);
      k++;
    }
    const token = tokenBefore(v, i);
    const neverEnds = periods === 1 && !strong && (NEVER_END.has(token) || isListMarker(v, sentenceStart, i, token));
    const notes: Span[] = [];

    // A footnote number glued to the terminator: "attacked.1", "survive.”10".
    let p = k;
    const before = i > 0 ? v.charCodeAt(i - 1) : Code.Space;
    if (!neverEnds && !isDigit(before)) {
      let d = k;
      while (d < n && d - k <= MAX_NOTE_DIGITS && (isDigit(v.charCodeAt(d)) || isSuperscriptDigit(v.charCodeAt(d)))) d++;
      if (d > k && d - k <= MAX_NOTE_DIGITS && (d >= n || isSpaceCode(v.charCodeAt(d)))) {
        notes.push({ start: k, end: d });
        p = d;
      }
    }
    let q = p;
    let newline = false;
    while (q < n && isSpaceCode(v.charCodeAt(q))) {
      if (isNewlineCode(v.charCodeAt(q))) {
        const note = neverEnds ? undefined : this.numberLineAt(q);
        if (note) {
          notes.push(note);
          newline = true;
          q = note.end;
          continue;
        }
        newline = true;
      }
      q++;
    }
    // A footnote number standing in the line after a sentence: "the U.S. 61 Both China".
    if (!newline && notes.length === 0 && q > p && periods === 1 && isDigit(v.charCodeAt(q)) && !NEVER_END.has(token)) {
      let d = q;
      while (d < n && d - q < MAX_NOTE_DIGITS && isDigit(v.charCodeAt(d))) d++;
      if (v.charCodeAt(d) === Code.Space && isUpperCode(v.charCodeAt(d + 1)) && isLowerCode(v.charCodeAt(d + 2))) {
        notes.push({ start: q, end: d });
        q = d + 1;
      }
    }
    const end = k;
    if (q >= n) return { end, next: n, notes };
    // Inside a quotation the sentence goes on, unless the quote has run on implausibly long.
    const inQuote = this.quoteDepth > 0 && i - this.quoteSince < QUOTE_SPAN_LIMIT;

    if (q === k) {
      // No space after the period: "U.S.S.R.", "3.5", a URL; but "principle .In September" ends one.
      const spaced = periods === 1 && isSpaceCode(before) && isUpperCode(v.charCodeAt(q));
      return spaced && !inQuote ? { end, next: q, notes } : undefined;
    }
    const next = v.charCodeAt(q);
    if (notes.length > 0) {
      if (newline || !isLowerCode(next)) return { end, next: q, notes };
      return undefined;
    }
    if (inQuote || !startsSentence(v, q)) return undefined;
    if (strong) return { end, next: q, notes };
    if (ellipsis) return isUpperCode(next) ? { end, next: q, notes } : undefined;
    if (periods === 2) return { end, next: q, notes }; // "the U. S.. Rather"
    if (neverEnds) return undefined;
    if (token === 'No' || token === 'no') {
      if (isDigit(next)) return undefined;
    }
    if (MAY_END.has(token) || (token.includes('.') && !NEVER_END.has(token))) {
      return SENTENCE_OPENERS.has(wordAt(v, q)) ? { end, next: q, notes } : undefined;
    }
    // A one-letter token after digits ends a word like "1970s" or "5th", not an initial.
    if (token.length === 1 && isLetter(token.charCodeAt(0)) && !(i >= 2 && isDigit(v.charCodeAt(i - 2)))) {
      // An initial ("K. N. Waltz", "e. g."), unless a lower-case word precedes it ("plan B. The").
      if (!isUpperCode(token.charCodeAt(0))) return undefined;
      return lowerWordBefore(v, i - 1) && SENTENCE_OPENERS.has(wordAt(v, q)) ? { end, next: q, notes } : undefined;
    }
    return { end, next: q, notes };
  }
}

/**
 * The letters-and-periods token before a terminator ("U.S", "e.g", "Prof"), with a spaced acronym
 * joined up ("U. S" -> "U.S", "e. g" -> "e.g").
 */
function tokenBefore(v: string, i: number): string {
  let t = i;
  while (t > 0 && i - t < 16 && (isLetter(v.charCodeAt(t - 1)) || v.charCodeAt(t - 1) === Code.Period)) t--;
  let token = v.slice(t, i);
  while (token.startsWith('.')) token = token.slice(1);
  if (
    token.length === 1 &&
    v.charCodeAt(t - 1) === Code.Space &&
    v.charCodeAt(t - 2) === Code.Period &&
    isLetter(v.charCodeAt(t - 3)) &&
    (t - 4 < 0 || !isLetter(v.charCodeAt(t - 4)))
  ) {
    token = `${v[t - 3]}.${token}`;
  }
  return token;
}

/** "1." or "IV." or "b." opening a sentence is a list marker, not a sentence. */
function isListMarker(v: string, sentenceStart: number, i: number, token: string): boolean {
  const head = v.slice(sentenceStart, i);
  if (head.length === 0 || head.length > 4) return false;
  return /^(?:\d{1,3}|[IVXivx]{1,4}|[A-Za-z])$/.test(head) && (token === head || token === '');
}

/** True where `q` starts a sentence: a capital, a digit, a caseless letter, or an opening mark before one. */
function startsSentence(v: string, q: number): boolean {
  const c = v.charCodeAt(q);
  if (isUpperCode(c) || isDigit(c)) return true;
  if (isOpener(c)) {
    const d = v.charCodeAt(q + 1);
    return isUpperCode(d) || isDigit(d) || (isLetter(d) && !isLowerCode(d)) || isOpener(d);
  }
  return isLetter(c) && !isLowerCode(c);
}

/** The lower-cased word starting at `q` (letters only, at most 20). */
function wordAt(v: string, q: number): string {
  let e = q;
  while (e < v.length && e - q < 20 && isLetter(v.charCodeAt(e))) e++;
  return v.slice(q, e).toLowerCase();
}

/** True where the word before the initial ending at `initial` starts lower-case ("plan B"). */
function lowerWordBefore(v: string, initial: number): boolean {
  const e = initial - 1;
  if (e < 0 || v.charCodeAt(e) !== Code.Space) return false;
  let s = e;
  while (s > 0 && isLetter(v.charCodeAt(s - 1))) s--;
  return e - s >= 2 && isLowerCode(v.charCodeAt(s));
}
