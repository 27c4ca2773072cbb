import type { KnowledgeBase } from '../../kb';
import { complementSpans, type Span } from '../../text';
import type { Root } from 'mdast';
import { analyzeDocument, DEFAULT_ANALYSIS_OPTIONS, resolveMentions, type AnalysisOptions, type DocumentAnalysis } from '../analysis';
import { createDocument, type IrDocument } from '../document';
import type { MarkdownRegions } from '../markdownRegions';
import { blocksOfTree, treeOf } from './blocks';
import { mayReferTo, tableOf } from './definitions';
import { rematchMentions } from './mentionWindow';
import { rematchNamed } from './namedWindow';
import { resolveInRegions } from './resolveInRegions';
import { resolveAround, type RecognitionFacts } from './resolveWindow';
import { reparseRegion, type Edit, type MarkdownState } from './reparseRegion';
import { applyTextChange, checkChange, coalesceChanges, countLineBreaks, isTextAfter, type TextChange } from './textChange';

/** How an analysis was obtained from the previous one (for logs, tests and the benchmark). */
export interface UpdateInfo {
  readonly kind: 'full' | 'incremental';
  /** Why a full analysis was needed. */
  readonly reason?: string;
  /** Markdown: the span of the new text that was parsed again. */
  readonly reparsed?: Span;
  /** The span of the new text whose mentions were matched again. */
  readonly rematched?: Span;
  /** Where the rules in context were applied again; absent when they read the whole text again. */
  readonly recognised?: Span;
}

/** A `DocumentAnalysis` that `applyChange` can bring up to date after an edit. */
export interface IncrementalAnalysis extends DocumentAnalysis {
  readonly update: UpdateInfo;
}

/**
 * Keeps documents' analyses up to date edit by edit, with results equal to `analyzeDocument` on
 * the new text: only the top-level Markdown blocks around an edit are parsed again, and only the
 * mentions near it matched again. Example, from VS Code's `onDidChangeTextDocument`:
 *
 *     const analyzer = createIncrementalAnalyzer(kb);
 *     let analysis = analyzer.analyzeFull(createDocument(uri, document.getText(), 'markdown'));
 *     // on each change event:
 *     analysis = analyzer.applyChanges(analysis, event.contentChanges.map((c) => ({
 *       start: c.rangeOffset, end: c.rangeOffset + c.rangeLength, text: c.text })));
 */
export interface IncrementalAnalyzer {
  readonly kb: KnowledgeBase;
  readonly options: AnalysisOptions;
  /** A full analysis to start from (or to start again from). */
  analyzeFull(document: IrDocument): IncrementalAnalysis;
  /**
   * The analysis after one change; `previous` is left as it was. `textAfter`, when the caller
   * already holds the text after the change, is used instead of a new copy: it must be that text
   * (only its length and the inserted span are checked).
   */
  applyChange(previous: IncrementalAnalysis, change: TextChange, textAfter?: string): IncrementalAnalysis;
  /**
   * The analysis after several changes applied one after another, each in the text the previous
   * ones left (VS Code's `contentChanges` of one event can be applied so). With `expectedText`
   * (the editor's text after the changes) a mismatch starts again from a full analysis.
   */
  applyChanges(previous: IncrementalAnalysis, changes: readonly TextChange[], expectedText?: string): IncrementalAnalysis;
}

/** Beyond this many changes in one call, they are analysed as one change covering them all. */
const MAX_SEPARATE_CHANGES = 8;
/** Beyond this many blocks to re-parse for changed definitions, parse the whole document. */
const MAX_REFERRING_BLOCKS = 64;

interface State {
  readonly markdown?: MarkdownState;
  /** What the rules read of the whole text, when an edit brought it up to date (a full analysis leaves it to the first edit). */
  readonly facts?: RecognitionFacts;
}

const states = new WeakMap<DocumentAnalysis, State>();

export function createIncrementalAnalyzer(kb: KnowledgeBase, options: AnalysisOptions = DEFAULT_ANALYSIS_OPTIONS): IncrementalAnalyzer {
  const analyzer: IncrementalAnalyzer = {
    kb,
    options,
    analyzeFull: (document) => analyzeFull(kb, options, document, 'requested'),
    applyChange: (previous, change, textAfter) => applyChange(kb, options, previous, change, textAfter),
    applyChanges(previous, changes, expectedText) {
      const list = changes.length <= MAX_SEPARATE_CHANGES ? changes : [coalesceChanges(previous.document.text, changes).change];
      const outOfSync = (): IncrementalAnalysis =>
        analyzeFull(kb, options, createDocument(previous.document.uri, expectedText!, previous.document.language), 'text out of sync');
      let result = previous;
      for (const [i, change] of list.entries()) {
        // The last change takes the editor's text as its result when it is exactly that: a new copy of
        // a long document costs more than the analysis of a keystroke.
        if (i === list.length - 1 && expectedText !== undefined) {
          checkChange(result.document.text, change);
          if (!isTextAfter(result.document.text, change, expectedText)) return outOfSync();
          return applyChange(kb, options, result, change, expectedText);
        }
        result = applyChange(kb, options, result, change);
      }
      if (expectedText !== undefined && result.document.text !== expectedText) return outOfSync();
      return result;
    },
  };
  return analyzer;
}

function analyzeFull(kb: KnowledgeBase, options: AnalysisOptions, document: IrDocument, reason: string): IncrementalAnalysis {
  const analysis = analyzeDocument(document, kb, options);
  if (!analysis.markdown) return remember(analysis, { kind: 'full', reason }, {});
  const { tree, skipped } = analysis.markdown;
  const blocks = blocksOfTree(tree, document.text);
  const markdown: MarkdownState = { text: document.text, blocks, skipped, definitions: tableOf(blocks.map((b) => b.definitions)) };
  return remember(analysis, { kind: 'full', reason }, { markdown });
}

function remember(analysis: DocumentAnalysis, update: UpdateInfo, state: State): IncrementalAnalysis {
  const result: IncrementalAnalysis = { ...analysis, update };
  states.set(result, state);
  return result;
}

function applyChange(kb: KnowledgeBase, options: AnalysisOptions, previous: IncrementalAnalysis, change: TextChange, textAfter?: string, resolve = true): IncrementalAnalysis {
  const state = states.get(previous);
  if (!state) throw new Error('applyChange needs an analysis made by the incremental analyzer');
  const oldText = previous.document.text;
  checkChange(oldText, change);
  if (change.start === change.end && change.text === '') return previous;
  const text = textAfter ?? applyTextChange(oldText, change);
  if (textAfter !== undefined && (textAfter.length !== oldText.length + change.text.length - (change.end - change.start) || !textAfter.startsWith(change.text, change.start))) {
    throw new RangeError('textAfter is not the text after the change');
  }
  const document = createDocument(previous.document.uri, text, previous.document.language);
  const edit: Edit = {
    start: change.start,
    end: change.end,
    insertedLength: change.text.length,
    delta: change.text.length - (change.end - change.start),
    lineDelta: countLineBreaks(text, change.start - 1, change.start + change.text.length) - countLineBreaks(oldText, change.start - 1, change.end),
  };
  if (!state.markdown) {
    const prose = [{ start: 0, end: text.length }];
    const changed = { start: edit.start, end: edit.start + edit.insertedLength };
    const { mentions: candidates, window } = rematchMentions({ kb, text, prose, mentions: previous.candidates, changed, delta: edit.delta });
    const named = rematchNamed({ text, prose, named: previous.named, window, delta: edit.delta });
    if (!resolve) return remember({ document, mentions: [], candidates, named, prose }, { kind: 'incremental', rematched: window }, {});
    const around = resolveAround({ document, prose, candidates, named, previous: previousFacts(previous, state), edited: window, edit, kb, options });
    const mentions = around.resolved?.mentions ?? resolveMentions(document, prose, candidates, named, kb, options, around.facts);
    return remember({ document, mentions, candidates, named, prose }, { kind: 'incremental', rematched: window, ...(around.resolved ? { recognised: around.resolved.region } : {}) }, { facts: around.facts });
  }
  try {
    return updateMarkdown(kb, options, previous, state, document, edit, resolve) ?? analyzeFull(kb, options, document, 'no block boundary to resume from');
  } catch (error) {
    return analyzeFull(kb, options, document, `incremental update failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function updateMarkdown(kb: KnowledgeBase, options: AnalysisOptions, previous: DocumentAnalysis, state: State, document: IrDocument, edit: Edit, resolve: boolean): IncrementalAnalysis | undefined {
  const { text } = document;
  const region = reparseRegion(state.markdown!, text, edit);
  if (!region) return undefined;
  let markdown: MarkdownState = region;
  let prose = complementSpans(markdown.skipped, text.length);
  let { mentions: candidates, window: rematched } = rematchMentions({ kb, text, prose, mentions: previous.candidates, changed: region.changed, delta: edit.delta });

  if (region.flipped.length > 0) {
    // A definition came or went: the blocks elsewhere that may use its label are parsed again.
    const referring = markdown.blocks
      .filter((b) => (b.end <= region.reparsed.start || b.start >= region.reparsed.end) && mayReferTo(text.slice(b.lineStart, b.end), region.flipped))
      .map((b) => b.start);
    if (referring.length > MAX_REFERRING_BLOCKS) return analyzeFull(kb, options, document, 'definitions used in too many blocks');
    for (const offset of referring) {
      const again = reparseRegion(markdown, text, { start: offset, end: offset, insertedLength: 0, delta: 0, lineDelta: 0 });
      if (!again || again.flipped.length > 0) return analyzeFull(kb, options, document, 'definitions changed');
      markdown = again;
      prose = complementSpans(markdown.skipped, text.length);
      const result = rematchMentions({ kb, text, prose, mentions: candidates, changed: again.changed, delta: 0 });
      candidates = result.mentions;
      rematched = { start: Math.min(rematched.start, result.window.start), end: Math.max(rematched.end, result.window.end) };
    }
  }
  // Names found by their shape are read again in the paragraphs the rematch covered (which spans the
  // blocks parsed again elsewhere for flipped definitions, the only other places where prose changed).
  const named = rematchNamed({ text, prose, named: previous.named, window: rematched, delta: edit.delta });
  if (!resolve) {
    const update: UpdateInfo = { kind: 'incremental', reparsed: region.reparsed, rematched };
    return remember({ document, mentions: [], candidates, named, prose, markdown: markdownOf(markdown, prose) }, update, { markdown });
  }
  // Every change of prose, match and name lies in `rematched` (it spans the blocks parsed again for flipped definitions too).
  const around = resolveAround({ document, prose, candidates, named, previous: previousFacts(previous, state), edited: rematched, edit, kb, options });
  const mentions = around.resolved?.mentions ?? resolveMentions(document, prose, candidates, named, kb, options, around.facts);
  const update: UpdateInfo = { kind: 'incremental', reparsed: region.reparsed, rematched, ...(around.resolved ? { recognised: around.resolved.region } : {}) };
  return remember({ document, mentions, candidates, named, prose, markdown: markdownOf(markdown, prose) }, update, { markdown, facts: around.facts });
}

function previousFacts(previous: DocumentAnalysis, state: State): Parameters<typeof resolveAround>[0]['previous'] {
  return { text: previous.document.text, candidates: previous.candidates, named: previous.named, mentions: previous.mentions, ...(state.facts ? { facts: state.facts } : {}) };
}

/** Markdown regions whose tree is assembled from the blocks only when someone asks for it. */
function markdownOf(state: MarkdownState, prose: readonly Span[]): MarkdownRegions {
  let tree: Root | undefined;
  return {
    skipped: state.skipped,
    prose,
    get tree(): Root {
      return (tree ??= treeOf(state.blocks, state.text));
    },
  };
}

/**
 * For a first analysis in steps (see analyzeInSteps): `applyChange` with the rules in context left
 * undone (no mentions yet). Only `resolveInSteps` may take the result further.
 */
export function appendUnresolved(analyzer: IncrementalAnalyzer, previous: IncrementalAnalysis, change: TextChange, textAfter?: string): IncrementalAnalysis {
  return applyChange(analyzer.kb, analyzer.options, previous, change, textAfter, false);
}

/** The rules in context over the whole of an analysis left unresolved, region by region, yielding between them. */
export function* resolveInSteps(analyzer: IncrementalAnalyzer, analysis: IncrementalAnalysis, regionSize: number): Generator<number, IncrementalAnalysis> {
  const { document, prose, candidates, named } = analysis;
  const { mentions, facts } = yield* resolveInRegions({ document, prose, candidates, named, kb: analyzer.kb, options: analyzer.options, regionSize });
  return remember({ ...analysis, mentions }, { kind: 'full', reason: 'analysed in steps' }, { ...states.get(analysis), facts });
}
