import { foldCode, isHyphenCode, isLowerCode, isSpaceCode, isUpperCode, isWordCode } from '../text';

/** Prepositions after which a capital city is a place ("talks in Beijing"), not a government. */
const PLACE_PREPOSITIONS = byLength([
  'in', 'at', 'near', 'outside', 'inside', 'around', 'across', 'within', 'throughout', 'into', 'via', 'down', 'along', 'past',
]);

/** Nouns after a city that make it a place ("a Vienna hotel", "the Foggy Bottom metro", "the Kremlin walls"). */
const PLACE_MODIFIED = byLength([
  'hotel', 'hotels', 'airport', 'airports', 'metro', 'subway', 'station', 'street', 'streets', 'walls', 'restaurant', 'restaurants',
  'suburb', 'suburbs', 'district', 'districts', 'apartment', 'apartments', 'flat', 'neighbourhood', 'neighborhood', 'museum',
  'museums', 'zoo', 'marathon', 'opera', 'skyline', 'traffic', 'residents', 'weather', 'landmarks', 'tourists', 'hospital',
]);

/** Nouns and verbs that make "to <city>" a journey ("a visit to Moscow"), not an address. */
const JOURNEY_WORDS = byLength([
  'visit', 'visits', 'visited', 'trip', 'trips', 'travel', 'travels', 'travelled', 'traveled', 'journey',
  'flew', 'flight', 'flights', 'return', 'returned', 'moved', 'went', 'came', 'relocated', 'route',
]);
const TO = byLength(['to']);

/** Verbs whose object is a place: "Lumumba was invited to visit Washington". */
const VISIT_VERBS = byLength(['visit', 'visits', 'visited', 'visiting', 'toured', 'reached', 'entered', 'left', 'fled', 'leaving', 'reaching']);

/**
 * True where a capital-city alias at [start, end) names the city rather than its government:
 * inside a compound adjective ("Moscow-based"), before a noun of places ("a Vienna hotel") or after a
 * place preposition ("in Beijing", "down Whitehall", "a visit to Moscow").
 */
export function isPlaceUse(text: string, start: number, end: number): boolean {
  if (end + 1 < text.length && isHyphenCode(text.charCodeAt(end)) && isLowerCode(text.charCodeAt(end + 1))) return true;
  // "Washington, D.C.": the city by its full postal name; "(Buenos Aires, 1910)": a place and a year.
  if (text.startsWith(', D.C.', end) || text.startsWith(', DC', end) || /^, (?:1[5-9]|20)\d\d\b/.test(text.slice(end, end + 7))) return true;
  // "Leopoldville (Kinshasa)": a city's other name in brackets right after a name.
  if (text.charCodeAt(start - 1) === 0x28 && text.charCodeAt(end) === 0x29) {
    const nameEnd = skipSpacesBack(text, start - 1);
    if (nameEnd > 0 && isUpperCode(text.charCodeAt(wordStartBefore(text, nameEnd)))) return true;
  }
  // Words are compared in place, without slicing: this runs for every capital-city mention.
  let nextStart = end;
  while (nextStart < text.length && text.charCodeAt(nextStart) === 0x20) nextStart++;
  if (nextStart > end && nextStart - end < 3) {
    let nextEnd = nextStart;
    while (nextEnd < text.length && isWordCode(text.charCodeAt(nextEnd))) nextEnd++;
    if (isLowerCode(text.charCodeAt(nextStart)) && isOneOf(text, nextStart, nextEnd, PLACE_MODIFIED)) return true;
  }
  const previousEnd = skipSpacesBack(text, start);
  const previousStart = wordStartBefore(text, previousEnd);
  if (isOneOf(text, previousStart, previousEnd, PLACE_PREPOSITIONS) || isOneOf(text, previousStart, previousEnd, VISIT_VERBS)) return true;
  if (inPlaceList(text, start)) return true;
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

/**
 * The later items of a list of places: "held in Ankara (April 2018), Tehran (September 2018) and Sochi",
 * "at Yalta and Berlin", "the cities of London, Moscow and Washington". Walks back over commas, "and",
 * "or" and bracketed notes to the first item, and asks whether a place word stands before it.
 */
function inPlaceList(text: string, start: number): boolean {
  let p = start;
  for (let items = 0; items < 6; items++) {
    let q = skipBracketBack(text, skipSpacesBack(text, p));
    if (text.charCodeAt(q - 1) === 0x2c) {
      q = skipSpacesBack(text, q - 1);
    } else {
      const joinStart = wordStartBefore(text, q);
      if (!isOneOf(text, joinStart, q, LIST_JOINS)) return false;
      q = skipBracketBack(text, skipSpacesBack(text, joinStart));
      if (text.charCodeAt(q - 1) === 0x2c) q = skipSpacesBack(text, q - 1);
    }
    // The previous item: one or more capitalised words ending at q.
    let itemStart = wordStartBefore(text, q);
    if (itemStart === q || !isUpperCode(text.charCodeAt(itemStart))) return false;
    for (;;) {
      const gap = skipSpacesBack(text, itemStart);
      if (gap === itemStart || itemStart - gap > 1) break;
      const word = wordStartBefore(text, gap);
      if (word === gap || !isUpperCode(text.charCodeAt(word))) break;
      itemStart = word;
    }
    const previousEnd = skipSpacesBack(text, itemStart);
    const previousStart = wordStartBefore(text, previousEnd);
    if (isOneOf(text, previousStart, previousEnd, PLACE_PREPOSITIONS)) return true;
    if (isOneOf(text, previousStart, previousEnd, OF)) {
      const nounEnd = skipSpacesBack(text, previousStart);
      if (isOneOf(text, wordStartBefore(text, nounEnd), nounEnd, PLACE_NOUNS)) return true;
    }
    p = itemStart;
  }
  return false;
}

/** Where a bracketed note ends at `end` ("Ankara (April 2018)"), where it opens; else `end`. */
function skipBracketBack(text: string, end: number): number {
  if (text.charCodeAt(end - 1) !== 0x29) return end;
  const open = text.lastIndexOf('(', end);
  return open < 0 || end - open > 40 ? end : skipSpacesBack(text, open);
}

const LIST_JOINS = byLength(['and', 'or']);
const OF = byLength(['of']);
/** "the cities of London, Moscow and Washington" */
const PLACE_NOUNS = byLength(['cities', 'capitals', 'city', 'capital', 'towns']);
