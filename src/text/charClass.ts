/**
 * Character classes for the matcher, on UTF-16 code units with a per-unit cache so the hot loop
 * does one array read. Letters, digits and combining marks are "word" characters; everything else
 * (spaces, punctuation, hyphens, apostrophes) is a boundary.
 */

const WORD = 1;
const CJK = 2;
const SPACE = 4;
const HYPHEN = 8;
const UPPER = 16;
const LOWER = 32;
const NEWLINE = 64;

const APOSTROPHES = new Set([0x27, 0x2019, 0x2bc, 0x2018]);

const WORD_RE = /[\p{L}\p{N}\p{M}]/u;
const CJK_RE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const SPACE_RE = /\s/u;

/**
 * Flags for every BMP code unit, computed lazily on first use; the matcher reads them directly.
 * A classified unit always has `FLAG_KNOWN`, so 0 means "not seen yet" and one read answers both.
 */
export const CHAR_FLAGS = new Uint16Array(0x10000);
const flags = CHAR_FLAGS;
const folded = new Uint16Array(0x10000);
/** `foldCode(canonicalCode(c))`: the trie's key unit for a text unit. */
export const KEY_UNIT = new Uint16Array(0x10000);
/**
 * `KEY_UNIT` of plain word units (`FLAG_PLAIN_WORD`), 0 for every other unit and for units not
 * classified yet: the scanner's loop over a word reads one table instead of two.
 */
export const PLAIN_KEY_UNIT = new Uint16Array(0x10000);
/** `canonicalCode(c)` as a table, for the matcher's case checks. */
export const CANON_UNIT = new Uint16Array(0x10000);
export const FLAG_WORD = 1;
export const FLAG_CJK = 2;
export const FLAG_SPACE = 4;
export const FLAG_HYPHEN = 8;
/** A word character that is neither CJK nor a surrogate nor read as punctuation: inside a word the matcher skips it outright. */
export const FLAG_PLAIN_WORD = 128;
export const FLAG_KNOWN = 256;

function classify(code: number): void {
  let f = 0;
  let fold = code;
  if (code >= 0xd800 && code <= 0xdfff) {
    // Surrogates: astral letters (CJK extensions, historic scripts) are far more common in prose than
    // astral punctuation, and emoji are handled as boundaries by `isWordAt`, which reads the code point.
    f = WORD;
  } else {
    const ch = String.fromCharCode(code);
    if (WORD_RE.test(ch)) f |= WORD;
    if (CJK_RE.test(ch)) f |= CJK;
    if (SPACE_RE.test(ch)) f |= SPACE;
    if (code === 10 || code === 13 || code === 0x2028 || code === 0x2029) f |= NEWLINE;
    if (code === 0x2d || code === 0x2010 || code === 0x2011 || code === 0x2012 || code === 0x2013) f |= HYPHEN;
    const lower = ch.toLowerCase();
    const upper = ch.toUpperCase();
    if (lower.length === 1) fold = lower.charCodeAt(0);
    if (lower !== ch) f |= UPPER;
    if (upper !== ch) f |= LOWER;
  }
  const canon = f & SPACE ? 0x20 : f & HYPHEN ? 0x2d : APOSTROPHES.has(code) ? 0x27 : code;
  // A letter the matcher reads as punctuation (U+02BC, an apostrophe) is not plain: a word of plain
  // units must stay a word of plain units in key form (see firstWordFilter.ts).
  if ((f & WORD) !== 0 && (f & CJK) === 0 && (code < 0xd800 || code > 0xdfff) && canon === code) f |= FLAG_PLAIN_WORD;
  flags[code] = f | FLAG_KNOWN;
  folded[code] = fold;
  CANON_UNIT[code] = canon;
  KEY_UNIT[code] = canon === code ? fold : canon;
  if ((f & FLAG_PLAIN_WORD) !== 0) PLAIN_KEY_UNIT[code] = KEY_UNIT[code];
}

/** Fills the tables for a code unit if it was never seen (the matcher's hot loop calls this inline). */
export function ensureClassified(code: number): void {
  if (flags[code] === 0) classify(code);
}

/** The unit's flags, classifying it first if it was never seen. */
export function flagsOf(code: number): number {
  if (flags[code] === 0) classify(code);
  return flags[code];
}

export function isWordCode(code: number): boolean {
  return (flagsOf(code) & WORD) !== 0;
}

export function isCjkCode(code: number): boolean {
  return (flagsOf(code) & CJK) !== 0;
}

export function isSpaceCode(code: number): boolean {
  return (flagsOf(code) & SPACE) !== 0;
}

export function isNewlineCode(code: number): boolean {
  return (flagsOf(code) & NEWLINE) !== 0;
}

export function isHyphenCode(code: number): boolean {
  return (flagsOf(code) & HYPHEN) !== 0;
}

export function isUpperCode(code: number): boolean {
  return (flagsOf(code) & UPPER) !== 0;
}

export function isLowerCode(code: number): boolean {
  return (flagsOf(code) & LOWER) !== 0;
}

/** Lower-case fold of one code unit (unchanged where lower-casing would change the length). */
export function foldCode(code: number): number {
  if (flags[code] === 0) classify(code);
  return folded[code];
}

/**
 * The canonical code unit the matcher compares: whitespace becomes a space, hyphen variants `-`,
 * apostrophe variants `'`. Case is kept; `foldCode` folds it separately.
 */
export function canonicalCode(code: number): number {
  if (flags[code] === 0) classify(code);
  return CANON_UNIT[code];
}

/** True where the code point at `index` is a letter, digit or mark (reads surrogate pairs whole). */
export function isWordAt(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return false;
  const code = text.charCodeAt(index);
  if (code < 0xd800 || code > 0xdfff) return isWordCode(code);
  const point = text.codePointAt(code <= 0xdbff ? index : index - 1) ?? code;
  return WORD_RE.test(String.fromCodePoint(point));
}

/** True where the code point ending just before `index` is a word character. */
export function isWordBefore(text: string, index: number): boolean {
  return isWordAt(text, index - 1);
}
