import type { Span } from '../text';
import * as vscode from 'vscode';
import type { DocumentAnalysis } from '../core/analysis';
import { analyzeInSteps, createIncrementalAnalyzer, type IncrementalAnalysis, type IncrementalAnalyzer, type TextChange } from '../core/incremental';
import { createDocument, type IrDocument } from '../core/document';
import { analysisWindow, analyzeWindowInSteps } from '../core/windowAnalysis';
import { irLanguageOf } from './documentFilter';
import type { KnowledgeService } from './knowledgeService';
import type { SettingsService } from './settingsService';

const DEBOUNCE_MS = 150;

interface Incremental {
  readonly analyzer: IncrementalAnalyzer;
  readonly analysis: IncrementalAnalysis;
}

/**
 * The last full-or-incremental analysis of a document and the edits made since: the next analysis
 * re-parses only the blocks those edits touched. Chained, so each update starts from the previous one.
 */
interface IncrementalState {
  latest: Promise<Incremental>;
  readonly pending: TextChange[];
}

interface CacheEntry {
  readonly version: number;
  readonly analysis: Promise<DocumentAnalysis>;
  /** For a large document, the part analysed. */
  readonly window?: Span;
}

/**
 * Analyses open Markdown and plain-text documents: cached by document version, refreshed after
 * edits with a short debounce, dropped when a document closes, recomputed when the knowledge
 * changes. `onDidUpdate` fires once a fresh analysis of a document is ready.
 */
export class AnalysisService implements vscode.Disposable {
  private readonly cache = new Map<string, CacheEntry>();
  private readonly incremental = new Map<string, IncrementalState>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly updated = new vscode.EventEmitter<vscode.TextDocument>();
  private readonly disposables: vscode.Disposable[] = [];
  readonly onDidUpdate = this.updated.event;

  constructor(
    private readonly knowledge: KnowledgeService,
    private readonly settings: SettingsService,
  ) {
    this.disposables.push(
      this.updated,
      vscode.workspace.onDidChangeTextDocument((e) => {
        const state = this.incremental.get(e.document.uri.toString());
        if (state) for (const c of e.contentChanges) state.pending.push({ start: c.rangeOffset, end: c.rangeOffset + c.rangeLength, text: c.text });
        this.schedule(e.document);
      }),
      vscode.workspace.onDidOpenTextDocument((d) => this.schedule(d, 0)),
      vscode.workspace.onDidCloseTextDocument((d) => this.forget(d.uri)),
      // A large document is analysed around what is visible, so scrolling moves the window.
      vscode.window.onDidChangeTextEditorVisibleRanges((e) => {
        if (documentLength(e.textEditor.document) > this.settings.current.maxFileSize) this.schedule(e.textEditor.document);
      }),
      knowledge.onDidChange(() => {
        this.cache.clear();
        this.incremental.clear();
        for (const document of vscode.workspace.textDocuments) this.schedule(document, 0);
      }),
    );
    // Documents opened before activation (the paper whose opening activated IR Lens, editors restored
    // at start-up) raise no open event: analyse them now so every view and the underlines show at once.
    for (const document of vscode.workspace.textDocuments) this.schedule(document, 0);
  }

  /**
   * The analysis of the document's current version, or undefined for other languages. Above
   * `irLens.maxFileSize` only the visible part (plus a margin) is analysed: see `DocumentAnalysis.window`.
   */
  analyze(document: vscode.TextDocument): Promise<DocumentAnalysis> | undefined {
    const language = irLanguageOf(document);
    if (!language) return undefined;
    const key = document.uri.toString();
    // Hovers and views ask often: answer from the cache before copying the document's text.
    const large = documentLength(document) > this.settings.current.maxFileSize;
    const visible = large ? visibleSpans(document) : [];
    const cached = this.cache.get(key);
    if (cached && cached.version === document.version && (!large || covers(cached.window, visible))) return cached.analysis;
    const text = document.getText();
    const version = document.version;
    const window = large ? analysisWindow(text, visible) : undefined;
    if (large) this.incremental.delete(key); // windows are cheap to redo; edits need not be kept
    const irDocument = createDocument(key, text, language);
    const analysis = window
      ? this.knowledge.get().then((kb) => inSteps(analyzeWindowInSteps(irDocument, window, kb)))
      : this.analyzeIncrementally(key, irDocument);
    const entry: CacheEntry = { version, analysis, window };
    this.cache.set(key, entry);
    analysis.catch(() => {
      if (this.cache.get(key) === entry) this.cache.delete(key);
    });
    return analysis;
  }

  /** Brings the document's last analysis up to date with the edits since, or starts one. */
  private analyzeIncrementally(key: string, document: IrDocument): Promise<DocumentAnalysis> {
    const state = this.incremental.get(key);
    // The first analysis runs in steps with a turn of the event loop between them, so a long paper
    // never holds up the extension host for more than one step.
    const full = (): Promise<Incremental> =>
      this.knowledge.get().then(async (kb) => {
        const analyzer = createIncrementalAnalyzer(kb);
        return { analyzer, analysis: await inSteps(analyzeInSteps(analyzer, document)) };
      });
    if (!state) {
      // Registered before the analysis runs, so every edit from now on is recorded for the next one.
      const fresh: IncrementalState = { latest: full(), pending: [] };
      this.incremental.set(key, fresh);
      return fresh.latest.then((x) => x.analysis);
    }
    const changes = state.pending.splice(0);
    // With the editor's text as the expected result, an out-of-sync update starts again from scratch.
    state.latest = state.latest.then(
      ({ analyzer, analysis }) => ({ analyzer, analysis: analyzer.applyChanges(analysis, changes, document.text) }),
      full,
    );
    return state.latest.then((x) => x.analysis);
  }

  /** How many documents hold a cached analysis or a pending refresh (tests check nothing leaks). */
  get liveDocuments(): { readonly cached: number; readonly pending: number } {
    return { cached: Math.max(this.cache.size, this.incremental.size), pending: this.timers.size };
  }

  private schedule(document: vscode.TextDocument, delay = DEBOUNCE_MS): void {
    if (!irLanguageOf(document)) return;
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        if (document.isClosed) return;
        const version = document.version;
        this.analyze(document)?.then(
          () => {
            // A newer edit has its own timer; publishing this one would flash stale results.
            if (!document.isClosed && document.version === version) this.updated.fire(document);
          },
          () => undefined,
        );
      }, delay),
    );
  }

  private forget(uri: vscode.Uri): void {
    const key = uri.toString();
    this.cache.delete(key);
    this.incremental.delete(key);
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    this.cache.clear();
    this.incremental.clear();
    for (const d of this.disposables) d.dispose();
  }
}

/** Runs an analysis step by step, with a turn of the event loop between steps. */
async function inSteps<T>(steps: Generator<number, T>): Promise<T> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/** The parts of a document shown in editors, as offsets. */
function visibleSpans(document: vscode.TextDocument): Span[] {
  return vscode.window.visibleTextEditors
    .filter((e) => e.document === document)
    .flatMap((e) => e.visibleRanges.map((r) => ({ start: document.offsetAt(r.start), end: document.offsetAt(r.end) })));
}

function covers(window: Span | undefined, visible: readonly Span[]): boolean {
  return window !== undefined && visible.every((v) => v.start >= window.start && v.end <= window.end);
}

/** The document's length in UTF-16 units, without copying its text (scroll events are frequent). */
function documentLength(document: vscode.TextDocument): number {
  return document.offsetAt(new vscode.Position(document.lineCount, 0));
}
