import { canonicalCode, foldCode, isCjkCode, isLowerCode, isUpperCode, isWordCode } from '../text';

/** The case rule a matcher applies to one alias. */
export type MatchCase = 'exact' | 'proper' | 'insensitive';

/** Collapses whitespace runs to one space and unifies hyphen and apostrophe variants. */
export function canonicalForm(alias: string): string {
  let out = '';
  let lastWasSpace = false;
  for (let i = 0; i < alias.length; i++) {
    const code = canonicalCode(alias.charCodeAt(i));
    if (code === 0x20) {
      if (!lastWasSpace && out.length > 0) out += ' ';
      lastWasSpace = true;
      continue;
    }
    lastWasSpace = false;
    out += String.fromCharCode(code);
  }
  return out.endsWith(' ') ? out.slice(0, -1) : out;
}

/** The trie key: the canonical form folded to lower case, one code unit per code unit. */
export function foldedForm(canonical: string): string {
  let out = '';
  for (let i = 0; i < canonical.length; i++) out += String.fromCharCode(foldCode(canonical.charCodeAt(i)));
  return out;
}

/**
 * Default case rule for an alias of a non-theory entry: acronyms ("SCO", "U.S.") and names with
 * inner capitals ("McFaul") match exactly; other names "properly" (as written, or in capitals).
 */
export function defaultCaseFor(alias: string, isTheory: boolean): MatchCase {
  if (isTheory && !looksLikeAcronym(alias)) return 'insensitive';
  return looksLikeAcronym(alias) || hasInnerCapital(alias) ? 'exact' : 'proper';
}

function looksLikeAcronym(alias: string): boolean {
  let upper = 0;
  for (let i = 0; i < alias.length; i++) {
    const code = alias.charCodeAt(i);
    if (isLowerCode(code)) return false;
    if (isUpperCode(code)) upper++;
  }
  return upper >= 2;
}

function hasInnerCapital(alias: string): boolean {
  for (let i = 1; i < alias.length; i++) {
    const code = alias.charCodeAt(i);
    if (isUpperCode(code) && isWordCode(alias.charCodeAt(i - 1)) && isLowerCode(alias.charCodeAt(i - 1))) return true;
  }
  return false;
}

export function startsWithCjk(alias: string): boolean {
  return alias.length > 0 && isCjkCode(alias.charCodeAt(0));
}

export function endsWithCjk(alias: string): boolean {
  return alias.length > 0 && isCjkCode(alias.charCodeAt(alias.length - 1));
}

/**
 * English plural of a theory term: the head noun before the first " of " ("cultures of anarchy"),
 * otherwise the last word ("alliances", "security dilemmas", "ideologies", "crises").
 */
export function pluralOf(alias: string): string | undefined {
  if (/[^\x20-\x7e]/.test(alias) || /\d/.test(alias)) return undefined;
  const ofIndex = alias.search(/ of /i);
  const headEnd = ofIndex > 0 ? ofIndex : alias.length;
  const head = alias.slice(0, headEnd);
  const plural = pluraliseWord(head);
  return plural === undefined ? undefined : plural + alias.slice(headEnd);
}

function pluraliseWord(phrase: string): string | undefined {
  if (!/[a-z]$/i.test(phrase)) return undefined;
  if (/(s|x|z|ch|sh)$/i.test(phrase)) return /is$/i.test(phrase) ? phrase.slice(0, -2) + 'es' : phrase + 'es';
  if (/[^aeiou]y$/i.test(phrase)) return phrase.slice(0, -1) + 'ies';
  return phrase + 's';
}
