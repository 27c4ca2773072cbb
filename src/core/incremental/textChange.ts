/**
 * One edit of a document's text, as VS Code reports it: replace `[start, end)` of the text *before*
 * the edit (UTF-16 offsets) with `text`. Example: typing "x" at offset 10 is `{ start: 10, end: 10, text: 'x' }`.
 */
export interface TextChange {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export function checkChange(text: string, change: TextChange): void {
  const { start, end } = change;
  if (!(Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start <= end && end <= text.length)) {
    throw new RangeError(`change [${start}, ${end}) is outside a text of length ${text.length}`);
  }
}

export function applyTextChange(text: string, change: TextChange): string {
  return text.slice(0, change.start) + change.text + text.slice(change.end);
}

/**
 * Whether `after` is `text` with `change` applied. Cheaper than building that text: the comparisons
 * run over flat strings, where building it makes a new string V8 copies whole at its first read.
 */
export function isTextAfter(text: string, change: TextChange, after: string): boolean {
  return (
    after.length === text.length + change.text.length - (change.end - change.start) &&
    after.startsWith(change.text, change.start) &&
    // Slices of flat strings share their memory, and === on them compares in bulk.
    after.slice(0, change.start) === text.slice(0, change.start) &&
    after.slice(change.start + change.text.length) === text.slice(change.end)
  );
}

/**
 * Several changes applied one after the other (each in the coordinates left by the previous ones)
 * as one change of the original text that covers them all, and the resulting text.
 */
export function coalesceChanges(text: string, changes: readonly TextChange[]): { text: string; change: TextChange } {
  let current = text;
  // Every change so far lies in [lo, hi) of `current`, which was [loOld, hiOld) of `text`.
  let lo = Infinity;
  let hi = -Infinity;
  let loOld = 0;
  let hiOld = 0;
  for (const change of changes) {
    checkChange(current, change);
    const { start, end } = change;
    if (lo === Infinity) {
      loOld = start;
      hiOld = end;
      lo = start;
      hi = end;
    } else {
      if (start < lo) {
        loOld = start;
        lo = start;
      }
      if (end > hi) {
        hiOld = end - (hi - hiOld);
        hi = end;
      }
    }
    current = applyTextChange(current, change);
    hi += change.text.length - (end - start);
  }
  if (lo === Infinity) return { text, change: { start: 0, end: 0, text: '' } };
  return { text: current, change: { start: loOld, end: hiOld, text: current.slice(lo, hi) } };
}

/**
 * Line breaks whose last code unit lies in `[from, to)`: a `\n`, or a `\r` not followed by `\n`
 * (as Markdown and VS Code count them). The unit after `to - 1` is read to tell `\r\n` apart.
 */
export function countLineBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = Math.max(0, from); i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) count++;
  }
  return count;
}

/** Offset of the start of the line holding `offset` (just after the previous `\n` or `\r`). */
export function lineStartOf(text: string, offset: number): number {
  let i = offset;
  while (i > 0) {
    const c = text.charCodeAt(i - 1);
    if (c === 10 || c === 13) break;
    i--;
  }
  return i;
}
