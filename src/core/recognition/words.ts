import { isSpaceCode, isUpperCode, isWordCode } from '../../text';
import { isTitle } from './lexicon';

/**
 * Reading words around an offset, for the rules in context: which word stands just before or after a
 * match, whether it is capitalised, whether a sentence starts there. Only spaces and one line break
 * join words (a blank line or punctuation ends a name).
 */

export interface Word {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Name-like word units: letters, digits, and the apostrophes and full stops of "O'Neill", "J.". */
function isNameUnit(code: number): boolean {
  return isWordCode(code) || code === 0x27 || code === 0x2019 || code === 0x2e;
}

/** The word ending just before `offset` (across spaces and at most one line break), in the same sentence, if any. */
export function wordBefore(text: string, offset: number): Word | undefined {
  let p = offset;
  let breaks = 0;
  while (p > 0 && isSpaceCode(text.charCodeAt(p - 1))) {
    if (text.charCodeAt(p - 1) === 10 && ++breaks > 1) return undefined;
    p--;
  }
  if (p === offset && offset > 0 && isWordCode(text.charCodeAt(offset - 1))) return undefined; // no gap: same word
  const end = p;
  while (p > 0 && isNameUnit(text.charCodeAt(p - 1))) p--;
  // A sentence's full stop is not part of the word before it ("in Paris. Hilton...").
  let start = p;
  while (start < end && text.charCodeAt(start) === 0x2e) start++;
  if (end <= start) return undefined;
  const word = text.slice(start, end);
  // Nor is a word that ends its sentence ("... met in Smallville. Russia signed"), unless its full stop
  // belongs to an initial ("J."), an abbreviation ("U.S.") or a title written short ("Prof.").
  if (word.endsWith('.') && word.indexOf('.') === word.length - 1 && !isInitial(word) && !isTitle(word)) return undefined;
  return { start, end, text: word };
}

/** The word starting just after `offset` (across spaces and at most one line break), if any. */
export function wordAfter(text: string, offset: number): Word | undefined {
  let p = offset;
  let breaks = 0;
  while (p < text.length && isSpaceCode(text.charCodeAt(p))) {
    if (text.charCodeAt(p) === 10 && ++breaks > 1) return undefined;
    p++;
  }
  if (p === offset) return undefined; // punctuation or the same word follows
  const start = p;
  while (p < text.length && isNameUnit(text.charCodeAt(p))) p++;
  // A full stop at the end closes the sentence, unless the word is an initial ("J.").
  let end = p;
  while (end > start + 1 && text.charCodeAt(end - 1) === 0x2e && !(end - start === 2 && isUpperCode(text.charCodeAt(start)))) end--;
  return end > start ? { start, end, text: text.slice(start, end) } : undefined;
}

export function isCapitalised(word: string): boolean {
  return word.length > 0 && isUpperCode(word.charCodeAt(0));
}

/** An initial: "J." or a lone capital. */
export function isInitial(word: string): boolean {
  return /^\p{Lu}\.?$/u.test(word);
}

/**
 * Whether a sentence (or a line of a heading or list) starts at `offset`: only spaces and opening
 * quotes or brackets between it and the start of the text, a blank line, or the end of a sentence.
 */
export function startsSentence(text: string, offset: number): boolean {
  let p = offset;
  while (p > 0) {
    const c = text.charCodeAt(p - 1);
    if (c === 10) {
      // A line start: a new paragraph, heading or list item starts a sentence; a hard-wrapped line does not.
      let q = p - 1;
      while (q > 0 && (text.charCodeAt(q - 1) === 32 || text.charCodeAt(q - 1) === 9 || text.charCodeAt(q - 1) === 13)) q--;
      if (q === 0 || text.charCodeAt(q - 1) === 10) return true;
      const before = text.charCodeAt(q - 1);
      return before === 0x2e || before === 0x21 || before === 0x3f || before === 0x3a;
    }
    if (isSpaceCode(c) || c === 0x22 || c === 0x201c || c === 0x2018 || c === 0x28 || c === 0x5b || c === 0x2a || c === 0x5f || c === 0x23 || c === 0x3e || c === 0x2d) {
      p--;
      continue;
    }
    return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x3a;
  }
  return true;
}
