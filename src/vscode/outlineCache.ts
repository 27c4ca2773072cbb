import type { Span } from '../text';
import type { DocumentAnalysis } from '../core/analysis';
import { extractArgumentOutline, type OutlineUnit } from '../outline';

const outlines = new WeakMap<DocumentAnalysis, readonly OutlineUnit[]>();

/** The argument outline of an analysis, computed once per analysis (i.e. per document version). */
export function outlineOf(analysis: DocumentAnalysis): readonly OutlineUnit[] {
  let units = outlines.get(analysis);
  if (!units) {
    units = analysis.window ? windowOutline(analysis, analysis.window) : extractArgumentOutline({
      text: analysis.document.text,
      language: analysis.document.language,
      tree: analysis.markdown?.tree,
      mentions: analysis.mentions,
    });
    outlines.set(analysis, units);
  }
  return units;
}

/** A large document's outline covers only the analysed window, with offsets into the whole text. */
function windowOutline(analysis: DocumentAnalysis, window: Span): readonly OutlineUnit[] {
  const shift = (units: readonly OutlineUnit[], by: number): OutlineUnit[] =>
    units.map((u) => ({ ...u, start: u.start + by, end: u.end + by, children: shift(u.children, by) }));
  const units = extractArgumentOutline({
    text: analysis.document.text.slice(window.start, window.end),
    language: analysis.document.language,
    mentions: analysis.mentions.map((m) => ({ ...m, start: m.start - window.start, end: m.end - window.start })),
  });
  return shift(units, window.start);
}
