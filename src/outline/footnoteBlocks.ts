import type { Line } from './layout';

/**
 * Footnotes that a PDF page carried at its foot and that extraction left in the middle of the body
 * text: a rule line (a long run of spaces or underscores), numbered notes, then the page number,
 * after which the interrupted sentence resumes. Returns line-index ranges [first, last] to drop.
 */
export interface LineRange {
  readonly first: number;
  readonly last: number;
}

const MAX_BLOCK_LINES = 120;

export function footnoteBlocks(lines: readonly Line[], text: string): LineRange[] {
  const ranges: LineRange[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].kind !== 'rule') continue;
    const last = blockEnd(lines, text, i);
    ranges.push({ first: i, last });
    i = last;
  }
  return ranges;
}

/** The page number closing the block: a number line after which the body resumes (or the text ends). */
function blockEnd(lines: readonly Line[], text: string, rule: number): number {
  let sawNote = false;
  const limit = Math.min(lines.length, rule + MAX_BLOCK_LINES);
  for (let j = rule + 1; j < limit; j++) {
    const line = lines[j];
    if (line.kind === 'rule' && !sawNote) return rule;
    if (line.kind !== 'number') continue;
    let k = j + 1;
    while (k < lines.length && lines[k].kind === 'blank') k++;
    if (k >= lines.length) return sawNote ? lines.length - 1 : rule;
    const next = lines[k];
    const resumes =
      next.kind === 'spaces' || next.kind === 'rule' || (next.kind === 'text' && isLowerStart(text, next.textStart));
    if (sawNote && resumes) return j;
    sawNote = true;
  }
  return rule;
}

function isLowerStart(text: string, at: number): boolean {
  const ch = text[at];
  return ch !== undefined && ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}
