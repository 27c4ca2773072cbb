import type { KbEntry } from '../../kb';
import { isTitle, NAME_PARTICLES, SENTENCE_OPENERS } from './lexicon';
import { isCapitalised, isInitial, startsSentence, wordAfter, wordBefore } from './words';

/**
 * The rules for a person's bare name ("Waltz", "Mao", "Putin"): what stands around it in the text says
 * whether it can be the KB person at all.
 */

/** What the word before a bare name says. */
export type GivenNameCheck = 'none' | 'own' | 'other';

/**
 * `own` where the words before the name are this person's own given names or initials ("Hans J."
 * before "Morgenthau" for Hans Morgenthau), `other` where another given name or initial stands there
 * ("Henry Morgenthau", "Mika Brzezinski"), `none` where no name stands there (a title, "the", a sentence
 * start, punctuation).
 */
export function givenNameBefore(text: string, start: number, person: KbEntry): GivenNameCheck {
  const own = new Set(
    [person.name, ...person.aliases.map((a) => a.text)]
      .flatMap((n) => n.split(/\s+/))
      .flatMap((w) => [w.toLowerCase(), `${w[0]?.toLowerCase()}.`, w[0]?.toLowerCase() ?? '']),
  );
  let at = start;
  let result: GivenNameCheck = 'none';
  for (let k = 0; k < 3; k++) {
    const word = wordBefore(text, at);
    if (!word || !isCapitalised(word.text) || isTitle(word.text)) return result;
    if (SENTENCE_OPENERS.has(word.text.toLowerCase()) && startsSentence(text, word.start)) return result;
    if (NAME_PARTICLES.has(word.text.toLowerCase())) return result;
    const lower = word.text.toLowerCase();
    const matches = own.has(lower) || (isInitial(word.text) && own.has(lower.replace(/\.$/, '')));
    if (!matches) return 'other';
    result = 'own';
    at = word.start;
  }
  return result;
}

/** "Mao Dun", "Waltz Disney": another capitalised name goes on after the bare name. */
export function nameGoesOn(text: string, end: number): boolean {
  const next = wordAfter(text, end);
  if (!next || !isCapitalised(next.text)) return false;
  if (isTitle(next.text)) return false;
  return !startsSentence(text, next.start);
}

/**
 * A bare surname in a citation: "Waltz (1979)", "Waltz, 1979", "(Waltz 1979; Walt 1987)", "Keohane and
 * Nye (1977)", "Waltz et al. 1979". The year cited, or undefined when this is no citation.
 */
export function citedYear(text: string, start: number, end: number): number | undefined {
  const after = text.slice(end, end + 60);
  const direct = /^(?:\s+et al\.)?,?\s*\(?((?:1[5-9]|20)\d\d)[a-z]?\b/.exec(after);
  if (direct) {
    // "Waltz 1979" counts inside brackets or after a comma only; "Waltz (1979)" and "Waltz, 1979" always.
    const bracketed = /^(?:\s+et al\.)?\s*\(/.test(after) || /^,/.test(after);
    if (bracketed || isInsideBrackets(text, start)) return Number(direct[1]);
  }
  // "Keohane and Nye (1977)", "Keohane & Nye 1977": a co-author, then the year.
  const coauthor = /^\s+(?:and|&)\s+\p{Lu}[\p{L}'’-]+(?:\s+et al\.)?,?\s*\(?((?:1[5-9]|20)\d\d)/u.exec(after);
  if (coauthor) return Number(coauthor[1]);
  // The second author of a pair: "Keohane and Nye (1977)" read at "Nye".
  const before = text.slice(Math.max(0, start - 40), start);
  if (/\p{Lu}[\p{L}'’-]+\s+(?:and|&)\s+$/u.test(before)) {
    const year = /^\s*,?\s*\(?((?:1[5-9]|20)\d\d)/.exec(after);
    if (year) return Number(year[1]);
  }
  return undefined;
}

function isInsideBrackets(text: string, offset: number): boolean {
  const open = text.lastIndexOf('(', offset);
  if (open < 0 || offset - open > 200) return false;
  const close = text.lastIndexOf(')', offset);
  return close < open;
}

/** Whether the alias matched at [start, end) is one word of the person's name ("Waltz" of "Kenneth Waltz"). */
export function isBareName(text: string, start: number, end: number, person: KbEntry): boolean {
  const matched = text.slice(start, end);
  if (/\s/.test(matched)) return false;
  return person.name.split(/\s+/).some((w) => w === matched || w.replace(/[.,]/g, '') === matched);
}
