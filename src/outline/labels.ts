import { connectorLength } from './cues';

/**
 * Short labels for outline units: the sentence's core with its cue words removed, whitespace
 * collapsed, cut at a word boundary. "Firstly, the subjective differences in defining alliance
 * result in ..." -> "The subjective differences in defining alliance result in …".
 */
export const MAX_LABEL_LENGTH = 100;

export interface LabelSource {
  /** The sentence's clean text (see sentenceText). */
  readonly text: string;
  /** The cue, when it opens the sentence and should go ("Firstly", "In sum", "I will argue"). */
  readonly cue?: string;
  /** For an attributed position: who holds it, and where its content starts in `text`. */
  readonly attribution?: { readonly holder: string; readonly contentStart: number };
}

const ENUMERATION_MARK = /^(?:\(?(?:\d{1,2}|[a-h]|i{1,3}|iv|vi{0,3})\)|\d{1,2}\.)\s*/i;
const LEADING_THAT = /^(?:that|whether)\b[\s,]*/i;
/** "According to RIAC pundits, ...": the source becomes the label's holder. */
const ACCORDING_TO = /^according\s+to\s+([^,]{2,60}),\s*/i;
const PRONOUN = /^(?:them|him|her|it|this|these|those|they)$/i;
/** Thesis framing, removed where a clause follows it ("I will argue that, ...", "This article argues:"). */
const THESIS_LEAD =
  /^(?:in\s+this\s+(?:paper|article|essay|study|chapter),?\s+)?(?:(?:I|we)\s+(?:will\s+|would\s+|shall\s+)?(?:argue|contend|maintain|claim|suggest|propose|show)|(?:this|the\s+present)\s+(?:paper|article|essay|study|chapter)\s+(?:argues|contends|maintains|claims|proposes|shows|demonstrates|suggests))(?:\s*[:,]\s*|\s+that\b[\s,]*)/i;

/** A label needs a sentence's opening only; a run-on "sentence" of a megabyte is cut first. */
const MAX_LABEL_SOURCE = 2000;

export function makeLabel(source: LabelSource): string {
  const full = source.text.length > MAX_LABEL_SOURCE ? source.text.slice(0, MAX_LABEL_SOURCE) : source.text;
  let text = full.replace(/^\[[^\]]{1,30}\]\s*/, '');
  let holder = '';
  if (source.attribution && source.attribution.contentStart < full.length) {
    const shift = full.length - text.length;
    holder = source.attribution.holder;
    text = text.slice(Math.max(0, source.attribution.contentStart - shift));
  } else {
    const lead = text.slice(connectorLength(text));
    const according = ACCORDING_TO.exec(lead);
    if (according) {
      holder = PRONOUN.test(according[1].trim()) ? '' : according[1].trim();
      text = lead.slice(according[0].length);
    } else {
      text = stripLead(text, source.cue);
    }
  }
  text = text.replace(LEADING_THAT, '');
  text = text.replace(/\s+/g, ' ').trim().replace(/[\s.;:,]+$/, '');
  if (text.length > MAX_LABEL_LENGTH) text = coreClause(text);
  if (holder) text = `${capitalise(holder.replace(/[\s,]+$/, ''))}: ${text}`;
  return shorten(capitalise(text), MAX_LABEL_LENGTH);
}

/** Removes an opening tag, enumeration mark, connectors, the cue itself and thesis framing. */
function stripLead(input: string, cue: string | undefined): string {
  let text = input;
  for (let round = 0; round < 3; round++) {
    const before = text;
    text = text.replace(ENUMERATION_MARK, '');
    text = text.slice(connectorLength(text));
    // A cue goes only where it stands apart ("Obviously, X", "It is clear that X"); in
    // "What is most important for China is X" it is part of the clause and stays.
    if (cue && cue.length > 0 && text.toLowerCase().startsWith(cue.toLowerCase()) && /^(?:\s*[,:;–—]|\s+that\b|$)/i.test(text.slice(cue.length))) {
      text = text.slice(cue.length).replace(/^\s*[,:;–—-]?\s*/, '');
    }
    text = text.replace(THESIS_LEAD, '');
    if (text === before) break;
  }
  return text.length > 0 ? text : input;
}

const SUBORDINATE_LEAD = /^(?:given|although|though|even\s+though|if|while|whereas|since|because|when|as\s+long\s+as|despite|in\s+spite\s+of|now\s+that|unless)\b/i;
const MAIN_CLAUSE_START = /^(?:they|it|we|he|she|the|this|these|those|there|such|both|neither|its|their|[\p{Lu}][\p{L}-]*)\s/u;
const LONG_ASIDE = /\s*\([^()]{15,}\)/g;
/** A main clause has a finite verb; an auxiliary or modal is the cheap sign of one. */
const FINITE = /\b(?:is|are|was|were|will|would|can|cannot|could|should|must|may|might|shall|have|has|had|do|does|did)\b/i;

/**
 * A long sentence's core: without long parenthetical asides, and when it opens with a subordinate
 * clause ("Given X, at least Y, they are not going to ally"), its final main clause.
 */
function coreClause(text: string): string {
  let core = text.replace(LONG_ASIDE, '');
  if (SUBORDINATE_LEAD.test(core)) {
    for (let comma = core.lastIndexOf(', '); comma > 0; comma = core.lastIndexOf(', ', comma - 1)) {
      const tail = core.slice(comma + 2);
      if (tail.length > MAX_LABEL_LENGTH) break;
      if (tail.split(' ').length >= 4 && MAIN_CLAUSE_START.test(tail) && FINITE.test(tail) && !SUBORDINATE_LEAD.test(tail)) {
        core = tail;
        break;
      }
    }
  }
  return core;
}

function capitalise(text: string): string {
  return text.length === 0 ? text : text[0].toUpperCase() + text.slice(1);
}

/** Cuts at a clause boundary late enough to keep the sense, else at a word boundary, adding "…". */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const room = max - 1;
  const window = text.slice(0, room + 1);
  let cut = -1;
  for (const boundary of [/[;:–—]\s/g, /,\s/g]) {
    for (let m = boundary.exec(window); m; m = boundary.exec(window)) {
      if (m.index >= room * 0.6 && m.index <= room) cut = m.index;
    }
    if (cut > 0) break;
  }
  if (cut < 0) cut = window.lastIndexOf(' ');
  if (cut <= 0) cut = room;
  return `${text.slice(0, cut).replace(/[\s,;:–—-]+$/, '')}…`;
}
