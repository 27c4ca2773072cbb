import type { KnowledgeBase } from '../kb';
import type { Span } from '../text';
import { DEFAULT_ANALYSIS_OPTIONS, type AnalysisOptions, type DocumentAnalysis } from './analysis';
import { entryMover, shiftReason } from './recognition';
import { createDocument, type IrDocument } from './document';
import { analyzeInSteps, createIncrementalAnalyzer, shifted } from './incremental';

/** How much text around the visible part a large document analyses, on each side. */
export const WINDOW_MARGIN = 8_000;

/**
 * The window of a large document worth analysing: the visible ranges plus a margin, widened to
 * blank lines so Markdown blocks are not cut in half (a fence cut open would swallow the rest).
 */
export function analysisWindow(text: string, visible: readonly Span[], margin = WINDOW_MARGIN): Span {
  if (visible.length === 0) return { start: 0, end: Math.min(text.length, 2 * margin) };
  let start = Math.max(0, Math.min(...visible.map((v) => v.start)) - margin);
  let end = Math.min(text.length, Math.max(...visible.map((v) => v.end)) + margin);
  const before = text.lastIndexOf('\n\n', start);
  start = before < 0 ? 0 : before + 2;
  const after = text.indexOf('\n\n', end);
  end = after < 0 ? text.length : after;
  return { start, end };
}

/**
 * Analyses only `window` of a document, with every offset in the result relative to the whole
 * text. Used above `irLens.maxFileSize`, where a full analysis would keep the editor busy for seconds.
 * It runs in steps like a first analysis (see `analyzeInSteps`), so the caller can yield between them.
 */
export function* analyzeWindowInSteps(document: IrDocument, window: Span, kb: KnowledgeBase, options: AnalysisOptions = DEFAULT_ANALYSIS_OPTIONS): Generator<number, DocumentAnalysis> {
  const slice = createDocument(document.uri, document.text.slice(window.start, window.end), document.language);
  const analysis = yield* analyzeInSteps(createIncrementalAnalyzer(kb, options), slice);
  const shift = window.start;
  const move = <T extends Span>(spans: readonly T[]): T[] => spans.map((m) => ({ ...m, start: m.start + shift, end: m.end + shift }));
  // An entity the window names itself is introduced at an offset of the slice: move it too, once per entity.
  const moveEntry = entryMover(0, shift);
  return {
    document,
    mentions: analysis.mentions.map((m) => shifted(m, shift, moveEntry(m.entry), m.reason && shiftReason(m.reason, shift))),
    // Kept for the shape only: a window is analysed afresh, never updated edit by edit.
    candidates: analysis.candidates.map((m) => shifted(m, shift)),
    named: move(analysis.named),
    prose: move(analysis.prose),
    window,
  };
}

/** `analyzeWindowInSteps` run to the end at once. */
export function analyzeWindow(document: IrDocument, window: Span, kb: KnowledgeBase, options: AnalysisOptions = DEFAULT_ANALYSIS_OPTIONS): DocumentAnalysis {
  const steps = analyzeWindowInSteps(document, window, kb, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
