import type { AnnotatedFile } from '../core/annotateText';
import { CodePointIndex } from './codePoints';

/**
 * Mentions as a brat standoff `.ann` file for the source text saved as the matching `.txt`:
 *
 *   T1<TAB>Actor 4 7<TAB>SCO
 *   #1<TAB>AnnotatorNotes T1<TAB>sco
 *
 * Offsets are code points (brat counts Python string characters), converted from the core's UTF-16
 * offsets. brat does not allow a span to cross a line break, so a mention wrapped across lines is
 * written as discontinuous fragments "start1 end1;start2 end2", split at each stretch of whitespace
 * holding a line break, and its text is the fragments joined by one space, as brat expects.
 * The type is the entity type capitalised (Actor, Treaty, Theory, Event: declare these in brat's
 * annotation.conf); the note carries the knowledge-base id.
 */
export function toBratAnn(annotated: AnnotatedFile, text: string): string {
  const points = new CodePointIndex(text);
  let out = '';
  annotated.mentions.forEach((m, i) => {
    const fragments = bratFragments(text, m.start, m.end);
    const offsets = fragments.map((f) => `${points.at(f.start)} ${points.at(f.end)}`).join(';');
    const fragmentText = fragments.map((f) => text.slice(f.start, f.end)).join(' ');
    out += `T${i + 1}\t${capitalise(m.type)} ${offsets}\t${fragmentText}\n`;
    out += `#${i + 1}\tAnnotatorNotes T${i + 1}\t${m.id}\n`;
  });
  return out;
}

/** The pieces of [start, end) between line breaks (UTF-16), without the whitespace around each break. */
export function bratFragments(text: string, start: number, end: number): { start: number; end: number }[] {
  const fragments: { start: number; end: number }[] = [];
  const breaks = /[^\S\r\n\u2028\u2029\u0085]*[\r\n\u2028\u2029\u0085]\s*/gu;
  const span = text.slice(start, end);
  let from = start;
  for (let match = breaks.exec(span); match; match = breaks.exec(span)) {
    if (start + match.index > from) fragments.push({ start: from, end: start + match.index });
    from = start + match.index + match[0].length;
  }
  if (end > from) fragments.push({ start: from, end });
  return fragments;
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
