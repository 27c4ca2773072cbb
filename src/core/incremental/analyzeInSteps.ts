import type { KnowledgeBase } from '../../kb';
import { analyzeDocument, type DocumentAnalysis } from '../analysis';
import { createDocument, type IrDocument } from '../document';
import { appendUnresolved, createIncrementalAnalyzer, resolveInSteps } from './incrementalAnalyzer';
import type { IncrementalAnalysis, IncrementalAnalyzer } from './incrementalAnalyzer';

/** Text analysed per step: small enough that even a cold step (code not yet optimised) keeps the editor busy for well under 50 ms. */
export const STEP_SIZE = 4 * 1024;

/**
 * How much more text the rules in context decide per step than is parsed per step: they cost far less
 * than parsing, and each region also reads the paper-wide facts, so fewer, larger regions are cheaper.
 */
const REGION_STEPS = 16;

/**
 * A full analysis done in steps: the first chunk is analysed, then each following chunk is appended
 * as an edit, so the incremental analyzer parses only the blocks near the end each time; the rules in
 * context then run over the whole text region by region (see resolveInRegions). The result equals
 * `analyzeFull` on the whole text (property tests check both halves); in between, the caller may yield
 * to the event loop, and memory stays bounded by the step, not the document.
 * Chunks end after a blank line where there is one, so most steps append whole blocks.
 */
export function* analyzeInSteps(analyzer: IncrementalAnalyzer, document: IrDocument, stepSize = STEP_SIZE, regionSize = REGION_STEPS * stepSize): Generator<number, IncrementalAnalysis> {
  const text = document.text;
  let end = chunkEnd(text, 0, stepSize);
  let analysis = analyzer.analyzeFull(createDocument(document.uri, text.slice(0, end), document.language));
  if (end >= text.length) return analysis;
  while (end < text.length) {
    yield end;
    const next = chunkEnd(text, end, stepSize);
    // Each step's text is a prefix of the document (a slice V8 shares rather than copies), not the
    // previous text plus the chunk, which would be copied whole at every step.
    analysis = appendUnresolved(analyzer, analysis, { start: end, end, text: text.slice(end, next) }, text.slice(0, next));
    end = next;
  }
  yield end;
  return yield* resolveInSteps(analyzer, analysis, regionSize);
}

function chunkEnd(text: string, from: number, stepSize: number): number {
  const target = from + stepSize;
  if (target >= text.length) return text.length;
  const blank = text.indexOf('\n\n', target);
  // A blank line not far beyond the target; otherwise cut at a line end, or at the target itself.
  if (blank >= 0 && blank - target < stepSize) return blank + 2;
  const line = text.indexOf('\n', target);
  return line >= 0 && line - target < stepSize ? line + 1 : Math.min(text.length, target);
}

/**
 * `analyzeDocument` through the path the editor takes for a first analysis, run to the end at once:
 * Markdown parsed in steps (remark's cost grows faster than the text on a long file, and its tokens
 * for a whole file at once take far more memory), then the rules in context over the whole text in
 * one region, as nothing waits between steps; plain text has no parse, so it is matched in one go.
 */
export function analyzeDocumentInSteps(document: IrDocument, kb: KnowledgeBase): DocumentAnalysis {
  if (document.language === 'plaintext') return analyzeDocument(document, kb);
  const steps = analyzeInSteps(createIncrementalAnalyzer(kb), document, STEP_SIZE, Number.POSITIVE_INFINITY);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
