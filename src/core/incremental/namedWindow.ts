import { clipSpans, firstEndingAfter, partitionPoint, type Span } from '../../text';
import { findNamedCandidates, type NamedCandidate } from '../recognition';

export interface RenameInput {
  /** The new text and its prose ranges. */
  readonly text: string;
  readonly prose: readonly Span[];
  /** The previous text's names. */
  readonly named: readonly NamedCandidate[];
  /** Where the raw matches were matched afresh, in the new text (it covers the edit). */
  readonly window: Span;
  readonly delta: number;
}

/**
 * The new text's names found by their shape, reading again only the paragraphs around the edit: a name
 * never crosses a blank line, so outside them the old names stand (moved by `delta` after the edit).
 */
export function rematchNamed(input: RenameInput): NamedCandidate[] {
  const { text, prose, named, window, delta } = input;
  const before = text.lastIndexOf('\n\n', window.start);
  const left = before < 0 ? 0 : before;
  const after = text.indexOf('\n\n', window.end);
  const right = after < 0 ? text.length : after + 2;
  const fresh = findNamedCandidates(text, clipSpans(prose, left, right));
  const keptBefore = named.slice(0, firstEndingAfter(named, left));
  const from = partitionPoint(named.length, (i) => named[i].start < right - delta);
  const out: NamedCandidate[] = [...keptBefore, ...fresh];
  for (let i = from; i < named.length; i++) out.push(shiftNamed(named[i], delta));
  return out;
}

/** `n` moved by `delta`, written out field by field (a spread copy costs several times more, on every edit). */
export function shiftNamed(n: NamedCandidate, delta: number): NamedCandidate {
  if (delta === 0) return n;
  const out: { -readonly [K in keyof NamedCandidate]: NamedCandidate[K] } = { start: n.start + delta, end: n.end + delta, rule: n.rule, type: n.type, subtype: n.subtype, name: n.name };
  if (n.acronym) out.acronym = { text: n.acronym.text, start: n.acronym.start + delta, end: n.acronym.end + delta };
  if (n.series) out.series = n.series;
  return out;
}
