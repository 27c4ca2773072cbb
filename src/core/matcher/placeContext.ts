import { isHyphenCode, isLowerCode, isSpaceCode, isWordCode } from '../charClass';

/** Prepositions after which a capital city is a place ("talks in Beijing"), not a government. */
const PLACE_PREPOSITIONS = new Set([
  'in', 'at', 'near', 'outside', 'inside', 'around', 'across', 'within', 'throughout', 'into', 'via',
]);

/** Nouns and verbs that make "to <city>" a journey ("a visit to Moscow"), not an address. */
const JOURNEY_WORDS = new Set([
  'visit', 'visits', 'visited', 'trip', 'trips', 'travel', 'travels', 'travelled', 'traveled', 'journey',
  'flew', 'flight', 'flights', 'return', 'returned', 'moved', 'went', 'came', 'relocated', 'route',
]);

/**
 * True where a capital-city alias at [start, end) names the city rather than its government:
 * inside a compound adjective ("Moscow-based") or after a place preposition ("in Beijing",
 * "a visit to Moscow").
 */
export function isPlaceUse(text: string, start: number, end: number): boolean {
  if (end + 1 < text.length && isHyphenCode(text.charCodeAt(end)) && isLowerCode(text.charCodeAt(end + 1))) return true;
  const [previous, previousStart] = wordBefore(text, start);
  if (previous === undefined) return false;
  if (PLACE_PREPOSITIONS.has(previous)) return true;
  if (previous === 'to') {
    const [beforeTo] = wordBefore(text, previousStart);
    return beforeTo !== undefined && JOURNEY_WORDS.has(beforeTo);
  }
  return false;
}

/** The lower-cased word ending before `index` (skipping whitespace only) and where it starts. */
function wordBefore(text: string, index: number): [string | undefined, number] {
  let end = index;
  while (end > 0 && isSpaceCode(text.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > 0 && isWordCode(text.charCodeAt(start - 1))) start--;
  if (start === end || end - start > 20) return [undefined, start];
  return [text.slice(start, end).toLowerCase(), start];
}
