import { firstEndingAfter, type Span } from '../text';

/**
 * The readable text of [start, end): the visible pieces only, footnote markers left out,
 * whitespace collapsed, and the scars of PDF extraction healed ("Sino-\n\nRussian" ->
 * "Sino-Russian", "18\nth" -> "18th"). Cues and labels are read from this text.
 */
export function sentenceText(text: string, pieces: readonly Span[], notes: readonly Span[], start: number, end: number): string {
  const parts: string[] = [];
  let lastChar = 0; // the last character written, 0 when nothing is
  let pendingSpace = false;
  let pendingNewline = false;
  let n = 0;
  const sortedNotes = notes.length > 1 ? [...notes].sort((a, b) => a.start - b.start) : notes;
  for (let p = firstEndingAfter(pieces, start); p < pieces.length && pieces[p].start < end; p++) {
    const from = Math.max(start, pieces[p].start);
    const to = Math.min(end, pieces[p].end);
    let i = from;
    while (i < to) {
      while (n < sortedNotes.length && sortedNotes[n].end <= i) n++;
      if (n < sortedNotes.length && sortedNotes[n].start <= i) {
        i = sortedNotes[n].end;
        continue;
      }
      const c = text.charCodeAt(i);
      if (isBlank(c)) {
        pendingSpace = lastChar !== 0;
        if (c === 10 || c === 13) pendingNewline = true;
        i++;
        continue;
      }
      // A run of visible characters up to the next blank or note, copied in one slice.
      let j = i + 1;
      const stop = Math.min(to, n < sortedNotes.length ? sortedNotes[n].start : to);
      while (j < stop && !isBlank(text.charCodeAt(j))) j++;
      if (pendingSpace) {
        // A hyphen at a line end joins a compound; any other break is a space.
        if (!(pendingNewline && lastChar === 45 && /\p{L}/u.test(text[i]))) parts.push(' ');
        pendingSpace = false;
      }
      pendingNewline = false;
      parts.push(text.slice(i, j));
      lastChar = text.charCodeAt(j - 1);
      i = j;
    }
  }
  const out = parts.join('');
  return out.includes(' ') ? out.replace(/(\d) (st|nd|rd|th)\b/g, '$1$2') : out;
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 12;
}
