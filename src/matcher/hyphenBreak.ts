import { isNewlineCode, isSpaceCode } from '../text';

/** After a hyphen, a line break (with any surrounding blank lines) continues the word. */
export function skipLineBreak(text: string, p: number, limit: number): number {
  let q = p;
  let sawNewline = false;
  while (q < limit && isSpaceCode(text.charCodeAt(q))) {
    if (isNewlineCode(text.charCodeAt(q))) sawNewline = true;
    q++;
  }
  return sawNewline ? q : p;
}
