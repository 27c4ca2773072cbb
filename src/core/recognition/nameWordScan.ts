/**
 * The words the rules for names read: a letter or digit followed by letters, marks, digits and
 * ' ’ . - (the words of /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.-]*\/u, scanned left to right). Scanned by hand
 * with a table per code unit: the name finder sees every word of the paper, and a match object per
 * word cost more than the rest of its work.
 */

const STARTS_WORD = 1;
const IN_WORD = 2;
const UPPER = 4;
const CLASSIFIED = 8;
/** Per BMP code unit: the bits above; 0 = not classified yet. */
const UNIT_CLASS = new Uint8Array(0x10000);
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const WORD_PART = /^[\p{L}\p{M}\p{N}'’.-]$/u;
const UPPER_CASE = /^\p{Lu}$/u;

function classOf(character: string): number {
  return (LETTER_OR_DIGIT.test(character) ? STARTS_WORD : 0) | (WORD_PART.test(character) ? IN_WORD : 0) | (UPPER_CASE.test(character) ? UPPER : 0);
}

/** The class of the code point starting at `index` (a surrogate pair is read whole, uncached: astral letters are rare). */
function classAt(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (code >= 0xd800 && code <= 0xdfff) return classOf(String.fromCodePoint(text.codePointAt(index)!));
  let flags = UNIT_CLASS[code];
  if (flags === 0) {
    flags = CLASSIFIED | classOf(String.fromCharCode(code));
    UNIT_CLASS[code] = flags;
  }
  return flags;
}

/** Code units of the code point at `index`. */
function unitsAt(text: string, index: number): number {
  const code = text.charCodeAt(index);
  return code >= 0xd800 && code <= 0xdbff && index + 1 < text.length && (text.charCodeAt(index + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
}

/** Where the code point ending just before `index` starts. */
function pointBefore(text: string, index: number): number {
  return index >= 2 && (text.charCodeAt(index - 1) & 0xfc00) === 0xdc00 && (text.charCodeAt(index - 2) & 0xfc00) === 0xd800 ? index - 2 : index - 1;
}

/** Where the word starting at `index` ends, or -1 if none starts there. */
export function wordEndAt(text: string, index: number): number {
  if (index >= text.length || (classAt(text, index) & STARTS_WORD) === 0) return -1;
  let i = index + unitsAt(text, index);
  while (i < text.length && (classAt(text, i) & IN_WORD) !== 0) i += unitsAt(text, i);
  return i;
}

/**
 * The start of the first word at or after `from` (and before `to`) that begins with a capital letter,
 * or `to`; `from` must not stand inside a word (it is where the scan starts, or just after a word).
 * Lower-case words are passed over without being read.
 */
export function nextCapitalisedWord(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    // ASCII other than A-Z never starts a capitalised word.
    if (code < 0x41 || (code > 0x5a && code < 0x80)) continue;
    if ((classAt(text, i) & UPPER) === 0 || !startsWordAt(text, i, from)) continue;
    return i;
  }
  return to;
}

/** Whether no word that started at or after `from` runs on through `index`. */
function startsWordAt(text: string, index: number, from: number): boolean {
  // The word covering `index`, if any, starts at a letter or digit in the run of word parts before it.
  for (let k = index; k > from; ) {
    k = pointBefore(text, k);
    if (k < from) break;
    const flags = classAt(text, k);
    if ((flags & IN_WORD) === 0) break;
    if ((flags & STARTS_WORD) !== 0) return false;
  }
  return true;
}

/** Whether the code point at `index` is an upper-case letter (\p{Lu}). */
export function isUpperAt(text: string, index: number): boolean {
  return index < text.length && (classAt(text, index) & UPPER) !== 0;
}
