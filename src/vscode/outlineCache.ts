import type { DocumentAnalysis } from '../core/analysis';
import { extractArgumentOutline, type OutlineUnit } from '../outline';

const outlines = new WeakMap<DocumentAnalysis, readonly OutlineUnit[]>();

/** The argument outline of an analysis, computed once per analysis (i.e. per document version). */
export function outlineOf(analysis: DocumentAnalysis): readonly OutlineUnit[] {
  let units = outlines.get(analysis);
  if (!units) {
    units = extractArgumentOutline({
      text: analysis.document.text,
      language: analysis.document.language,
      tree: analysis.markdown?.tree,
      mentions: analysis.mentions,
    });
    outlines.set(analysis, units);
  }
  return units;
}
