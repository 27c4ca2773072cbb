import { foldCode, isHyphenCode, isLowerCode, isSpaceCode, isWordCode } from '../text';

/** Prepositions after which a capital city is a place ("talks in Beijing"), not a government. */
const PLACE_PREPOSITIONS = byLength([
  'in', 'at', 'near', 'outside', 'inside', 'around', 'across', 'within', 'throughout', 'into', 'via',
]);

/** Nouns and verbs that make "to <city>" a journey ("a visit to Moscow"), not an address. */
const JOURNEY_WORDS = byLength([
  'visit', 'visits', 'visited', 'trip', 'trips', 'travel', 'travels', 'travelled', 'traveled', 'journey',
  'flew', 'flight', 'flights', 'return', 'returned', 'moved', 'went', 'came', 'relocated', 'route',
]);
const TO = byLength(['to']);

/**
 * True where a capital-city alias at [start, end) names the city rather than its government:
 * inside a compound adjective ("Moscow-based") or after a place preposition ("in Beijing",
 * "a visit to Moscow").
 */
export function isPlaceUse(text: string, start: number, end: number): boolean {
  if (end + 1 < text.length && isHyphenCode(text.charCodeAt(end)) && isLowerCode(text.charCodeAt(end + 1))) return true;
  // Words are compared in place, without slicing: this runs for every capital-city mention.
  const previousEnd = skipSpacesBack(text, start);
  const previousStart = wordStartBefore(text, previousEnd);
  if (isOneOf(text, previousStart, previousEnd, PLACE_PREPOSITIONS)) return true;
  if (isOneOf(text, previousStart, previousEnd, TO)) {
    const beforeEnd = skipSpacesBack(text, previousStart);
    return isOneOf(text, wordStartBefore(text, beforeEnd), beforeEnd, JOURNEY_WORDS);
  }
  return false;
}

/** Lower-case words grouped by length, for `isOneOf`. */
function byLength(words: readonly string[]): readonly (readonly string[] | undefined)[] {
  const table: string[][] = [];
  for (const word of words) (table[word.length] ??= []).push(word);
  return table;
}

/** Whether text[start, end), lower-cased, is one of the words in `table`. */
function isOneOf(text: string, start: number, end: number, table: readonly (readonly string[] | undefined)[]): boolean {
  const candidates = end > start ? table[end - start] : undefined;
  if (!candidates) return false;
  for (const word of candidates) {
    let k = 0;
    while (k < word.length && foldCode(text.charCodeAt(start + k)) === word.charCodeAt(k)) k++;
    if (k === word.length) return true;
  }
  return false;
}

function skipSpacesBack(text: string, index: number): number {
  let end = index;
  while (end > 0 && isSpaceCode(text.charCodeAt(end - 1))) end--;
  return end;
}

/** Where the word ending at `end` starts (`end` itself if none does). */
function wordStartBefore(text: string, end: number): number {
  let start = end;
  while (start > 0 && isWordCode(text.charCodeAt(start - 1))) start--;
  return start;
}
