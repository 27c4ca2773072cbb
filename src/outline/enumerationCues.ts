import type { AnnouncementCue, OrdinalCue } from './cueTypes';

/**
 * Enumeration cues: a sentence opening as an item ("Firstly,", "(2)", "Finally,") and a sentence
 * announcing items ("there are four reasons, as follows").
 */
const ORDINAL_WORDS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
export const ORDINAL =
  /^(?:(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)(ly)?(\s+of\s+all)?(\s*,)?|(finally\s*,|lastly\b|last\s+but\s+not\s+least\b)|in\s+the\s+(first|second|third|fourth|fifth)\s+place\b|(to\s+begin\s+with)\b|\((\d{1,2}|[a-h]|i{1,3}|iv|vi{0,3}|ix|x)\)|(\d{1,2}|[a-h])\))/i;
const ROMAN: Readonly<Record<string, number>> = { i: 1, ii: 2, iii: 3, iv: 4, v: 5, vi: 6, vii: 7, viii: 8, ix: 9, x: 10 };

/** The enumeration marker a sentence opens with, if any. */
export function findOrdinal(text: string): OrdinalCue | undefined {
  const lead = /^(?:and\s+)?/i.exec(text)?.[0].length ?? 0;
  const match = ORDINAL.exec(text.slice(lead, lead + 40));
  if (!match) return undefined;
  const cue = match[0].replace(/\s*,$/, '').trim();
  if (match[1]) {
    // "First," "Firstly", "First of all", but not "First World War" or "Second, larger wave" misreads.
    if (!match[2] && !match[3] && !match[4]) return undefined;
    return { cue, n: ORDINAL_WORDS.indexOf(match[1].toLowerCase()) + 1 };
  }
  if (match[5]) return { cue, n: 'last' };
  if (match[6]) return { cue, n: ORDINAL_WORDS.indexOf(match[6].toLowerCase()) + 1 };
  if (match[7]) return { cue, n: 1 };
  const mark = (match[8] ?? match[9]).toLowerCase();
  return { cue, n: markerNumber(mark) };
}

/** 1-based value of an enumeration mark: "2" -> 2, "b" -> 2, "iii" -> 3. */
export function markerNumber(mark: string): number {
  const lower = mark.toLowerCase();
  if (/^\d+$/.test(lower)) return Number(lower);
  if (lower in ROMAN) return ROMAN[lower];
  return lower.charCodeAt(0) - 96;
}

const COUNT_WORDS: Readonly<Record<string, number>> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7 };
export const ANNOUNCE_LIST =
  /\b(?:(the\s+following)|(two|three|four|five|six|seven|several|a\s+few|a\s+number\s+of|multiple)(?:\s+(?:main|key|major|principal|basic|central|important|interrelated|distinct|separate|related|further))?)\s+(?:reasons|factors|arguments|grounds|considerations|causes|explanations|propositions|claims|points|lessons|objections|premises|respects)\b/i;
const ANNOUNCE_FOLLOWS = /\b(?:(two|three|four|five|six|seven)\s*,\s*)?as\s+follows\b/i;

export function findAnnouncement(text: string): AnnouncementCue | undefined {
  const follows = ANNOUNCE_FOLLOWS.exec(text);
  if (follows) {
    const count = /\b(two|three|four|five|six|seven)\b/i.exec(text.slice(Math.max(0, follows.index - 30), follows.index + follows[0].length));
    return { cue: follows[0], ...(count ? { count: COUNT_WORDS[count[1].toLowerCase()] } : {}) };
  }
  const list = ANNOUNCE_LIST.exec(text);
  if (!list) return undefined;
  const count = list[2] ? COUNT_WORDS[list[2].toLowerCase()] : undefined;
  return { cue: list[0], ...(count ? { count } : {}) };
}
