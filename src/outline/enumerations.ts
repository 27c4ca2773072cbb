import type { Span } from '../text';
import { markerNumber, type AnnouncementCue, type OrdinalCue } from './cues';

/**
 * Enumerations: "Firstly ... Secondly ... Finally" series across sentences (items become reasons
 * under the unit that announced them), and numbered items inside one sentence
 * ("This article argues: (1) that ...; (2) that ...").
 */
export interface SeriesInput {
  readonly ordinal?: OrdinalCue;
  readonly announcement?: AnnouncementCue;
  readonly endsWithColon: boolean;
  readonly section: number;
  readonly paragraph: number;
}

export interface SeriesMember {
  readonly series: number;
  readonly n: number;
  readonly cue: string;
  readonly first: boolean;
  /** Index of the sentence that announced the series ("there are four, as follows"). */
  readonly announcer?: number;
}

/** How far (in paragraphs) an announcement may precede the first item it announces. */
const ANNOUNCEMENT_REACH = 2;

interface OpenSeries {
  readonly id: number;
  readonly items: { index: number; n: number; cue: string }[];
  readonly announcer?: number;
  next: number;
}

/**
 * Walks the sentences once. A series starts at an item numbered 1, continues with 2, 3, ... and
 * ends at "Finally"/"Lastly" or at the next series. It counts when it has two items or an
 * announcement; a lone "Finally," is only a transition.
 */
export function resolveSeries(sentences: readonly SeriesInput[]): Map<number, SeriesMember> {
  const members = new Map<number, SeriesMember>();
  let open: OpenSeries | undefined;
  let nextId = 0;
  let pending: { index: number; strong: boolean } | undefined;
  const close = (): void => {
    if (open && (open.items.length >= 2 || open.announcer !== undefined)) {
      open.items.forEach((item, i) =>
        members.set(item.index, {
          series: open!.id,
          n: item.n,
          cue: item.cue,
          first: i === 0,
          ...(open!.announcer !== undefined ? { announcer: open!.announcer } : {}),
        }),
      );
    }
    open = undefined;
  };
  sentences.forEach((sentence, index) => {
    const ordinal = sentence.ordinal;
    if (ordinal) {
      if (ordinal.n === 1) {
        close();
        const announcer = pending && announces(sentences[pending.index], sentence, pending.strong, index - pending.index) ? pending.index : undefined;
        open = { id: nextId++, items: [{ index, n: 1, cue: ordinal.cue }], next: 2, ...(announcer !== undefined ? { announcer } : {}) };
        pending = undefined;
      } else if (open && (ordinal.n === open.next || (ordinal.n === 'last' && open.items.length > 0))) {
        open.items.push({ index, n: ordinal.n === 'last' ? open.next : ordinal.n, cue: ordinal.cue });
        open.next++;
        if (ordinal.n === 'last') close();
      }
    }
    if (sentence.announcement) pending = { index, strong: true };
    else if (sentence.endsWithColon) pending = { index, strong: false };
  });
  close();
  return members;
}

function announces(announcer: SeriesInput, first: SeriesInput, strong: boolean, distance: number): boolean {
  if (announcer.section !== first.section) return false;
  if (!strong) return distance === 1;
  return first.paragraph - announcer.paragraph <= ANNOUNCEMENT_REACH;
}

// ---- Numbered items inside one sentence ------------------------------------------------------------

export interface InlineItem extends Span {
  readonly n: number;
  readonly cue: string;
}

export interface InlineEnumeration {
  /** The clause before the first item ("This article argues:"). */
  readonly head: Span;
  readonly items: readonly InlineItem[];
}

const INLINE_MARK = /\((\d{1,2}|[a-h]|i{1,3}|iv|vi{0,3})\)|(?<![\p{L}\p{N}(])(\d{1,2}|[a-h])\)(?=\s)/gu;
const MIN_HEAD_WORDS = 2;

/**
 * Finds "(1) ... (2) ... (3)" inside text[start, end): two or more marks numbered 1, 2, ... in order,
 * after a head clause of at least two words. Item spans end before the next mark.
 */
export function findInlineEnumeration(text: string, start: number, end: number): InlineEnumeration | undefined {
  const slice = text.slice(start, end);
  const marks: { at: number; end: number; n: number; cue: string }[] = [];
  INLINE_MARK.lastIndex = 0;
  for (let m = INLINE_MARK.exec(slice); m; m = INLINE_MARK.exec(slice)) {
    const n = markerNumber(m[1] ?? m[2]);
    if (marks.length === 0 ? n === 1 : n === marks[marks.length - 1].n + 1) {
      marks.push({ at: start + m.index, end: start + m.index + m[0].length, n, cue: m[0] });
    }
    if (marks.length >= 20) break;
  }
  if (marks.length < 2) return undefined;
  const head = trimSpan(text, start, marks[0].at);
  if (!head || text.slice(head.start, head.end).split(/\s+/).filter((w) => /\p{L}/u.test(w)).length < MIN_HEAD_WORDS) return undefined;
  const items: InlineItem[] = marks.map((mark, i) => {
    const itemEnd = i + 1 < marks.length ? marks[i + 1].at : end;
    const span = trimSpan(text, mark.at, itemEnd, true) ?? { start: mark.at, end: mark.end };
    return { ...span, n: mark.n, cue: mark.cue };
  });
  return { head, items };
}

/** Trims spaces (and, for items, a trailing "; and" or ",") from a span. */
function trimSpan(text: string, start: number, end: number, item = false): Span | undefined {
  let a = start;
  let b = end;
  while (a < b && /\s/.test(text[a])) a++;
  for (let guard = 0; guard < 4; guard++) {
    const before = b;
    while (b > a && /\s/.test(text[b - 1])) b--;
    if (item) {
      if (b > a && /[;,]/.test(text[b - 1])) b--;
      if (b - 4 > a && /\s(?:and|or)$/i.test(text.slice(b - 4, b))) b -= 3;
    }
    if (b === before) break;
  }
  return b > a ? { start: a, end: b } : undefined;
}
