import type { KbEntry, KnowledgeBase } from '../../kb';
import { isSpaceCode } from '../../text';
import { paragraphAround, type TextStructure } from './structure';
import type { RecognisedMention } from './recognise';

/**
 * Dated identity: a modern state's plain name or capital means the state of the paper's date: "Moscow"
 * in a paragraph about 1962 is the Soviet Union, "China" in 1937 the Republic of China. The date is the
 * year the sentence or paragraph speaks of (see `yearAround`); the state is a historical state whose
 * `successor` is the modern one and whose `existed` holds that year strictly inside. Official names
 * ("Russian Federation", "PRC") are never re-read.
 */
const YEAR = /\b(1[5-9]\d\d|20\d\d)s?\b/g;

export function applyDatedIdentity(text: string, mentions: RecognisedMention[], kb: KnowledgeBase, structure: TextStructure): void {
  const years = new ParagraphYears(text);
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    const entry = m.entry;
    if (entry.subtype !== 'state' || entry.document) continue;
    const predecessors = kb.predecessorsOf(entry.id);
    if (predecessors.length === 0) continue;
    const written = text.slice(m.start, m.end);
    if (!isPlainName(entry, written)) continue;
    const year = yearAround(text, m.start, structure, years);
    if (year === undefined) continue;
    // Where two held the year (the RSFSR inside the Soviet Union), the narrower span is the state that acted.
    const then = predecessors.filter((p) => existedIn(p, year)).sort((a, b) => span(a) - span(b));
    if (then.length === 0) continue;
    mentions[i] = { start: m.start, end: m.end, entry: then[0], alternatives: [entry.id], reason: { kind: 'dated', year } };
  }
}

interface YearAt {
  readonly at: number;
  readonly year: number;
}

/** The years written in a paragraph, read once for all the mentions in it (mentions come in order). */
class ParagraphYears {
  private start = -1;
  private end = -1;
  private years: YearAt[] = [];

  constructor(private readonly text: string) {}

  in(paragraph: { readonly start: number; readonly end: number }): readonly YearAt[] {
    if (paragraph.start !== this.start || paragraph.end !== this.end) {
      this.start = paragraph.start;
      this.end = paragraph.end;
      this.years = [];
      YEAR.lastIndex = paragraph.start;
      for (let m = YEAR.exec(this.text); m && m.index < paragraph.end; m = YEAR.exec(this.text)) this.years.push({ at: m.index, year: Number(m[1]) });
    }
    return this.years;
  }
}

/** The state's common name or a capital standing for it, as written: not an official long name. */
function isPlainName(entry: KbEntry, written: string): boolean {
  if (written === entry.name) return true;
  return entry.aliases.some((a) => a.text === written && a.kind === 'capital');
}

function span(entry: KbEntry): number {
  return entry.subtype === 'state' && entry.existed?.from && entry.existed.to ? Number(entry.existed.to.slice(0, 4)) - Number(entry.existed.from.slice(0, 4)) : Infinity;
}

function existedIn(entry: KbEntry, year: number): boolean {
  if (entry.subtype !== 'state' || !entry.existed?.from || !entry.existed.to) return false;
  const from = Number(entry.existed.from.slice(0, 4));
  const to = Number(entry.existed.to.slice(0, 4));
  // In the years of the change itself ("Russia inherited the arsenal in 1991") the name is ambiguous: kept.
  return from < year && year < to;
}

/**
 * The year a mention's sentence (or clause, up to a semicolon) speaks of (the nearest year in it), else the nearest before it in its
 * paragraph, else the first after it there, else the paper's dateline (a year in its first lines).
 */
function yearAround(text: string, offset: number, structure: TextStructure, paragraphYears: ParagraphYears): number | undefined {
  const paragraph = paragraphAround(text, offset, structure);
  const years = paragraphYears.in(paragraph);
  const sentenceStart = lastSentenceEnd(text, offset, paragraph.start);
  const sentenceEnd = nextSentenceEnd(text, offset, paragraph.end);
  const inSentence = years.filter((y) => y.at >= sentenceStart && y.at < sentenceEnd).sort((a, b) => Math.abs(a.at - offset) - Math.abs(b.at - offset));
  if (inSentence.length > 0) return inSentence[0].year;
  const before = years.filter((y) => y.at < offset);
  if (before.length > 0) return before[before.length - 1].year;
  if (years.length > 0) return years[0].year;
  YEAR.lastIndex = 0;
  const dateline = YEAR.exec(text.slice(0, DATELINE_LENGTH));
  return dateline ? Number(dateline[1]) : undefined;
}

/** How far into a paper its dateline may stand ("Commencement Address, June 10, 1963"). */
export const DATELINE_LENGTH = 300;

/** Just after the last ". ", "! ", "? " or "; " before `offset` (from `limit` on), else `limit`. */
function lastSentenceEnd(text: string, offset: number, limit: number): number {
  for (let i = offset - 1; i >= Math.max(limit, 1); i--) if (isClauseEnd(text.charCodeAt(i)) && i + 1 < text.length && isSpaceCode(text.charCodeAt(i + 1))) return i + 1;
  return limit;
}

function nextSentenceEnd(text: string, offset: number, limit: number): number {
  for (let i = offset; i < limit; i++) if (isClauseEnd(text.charCodeAt(i)) && (i + 1 >= text.length || isSpaceCode(text.charCodeAt(i + 1)))) return i + 1;
  return limit;
}

function isClauseEnd(code: number): boolean {
  return code === 0x2e || code === 0x21 || code === 0x3f || code === 0x3b;
}
