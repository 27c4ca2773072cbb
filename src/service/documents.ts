import { DEFAULT_ANALYSIS_OPTIONS, type AnalysisOptions, type DocumentAnalysis } from '../core/analysis';
import { createDocument, type DocumentLanguage } from '../core/document';
import { analyzeInSteps, createIncrementalAnalyzer, type IncrementalAnalysis, type IncrementalAnalyzer, type TextChange } from '../core/incremental';
import { analysisWindow, analyzeWindowInSteps } from '../core/windowAnalysis';
import type { KnowledgeBase } from '../kb';
import type { Span } from '../text';
import { Emitter } from './events';
import { messageOf } from './knowledgeStore';
import { Cancelled, runInSteps } from './steps';
import type { CancellationToken, Disposable, Logger } from './types';

const DEBOUNCE_MS = 150;

/** The state of one document's analysis, for the status bar and the log. */
export type AnalysisStatus = { readonly state: 'ok' } | { readonly state: 'failed'; readonly stage: string; readonly message: string };

interface Incremental {
  readonly analyzer: IncrementalAnalyzer;
  readonly analysis: IncrementalAnalysis;
}

interface OpenDocument {
  readonly uri: string;
  readonly language: DocumentLanguage;
  version: number;
  /** The text as of `version`, when known without asking the host. */
  text: string | undefined;
  /** Its length, kept up to date through changes without building the text. */
  length: number;
  /** The host's own copy of the current text, read only when an analysis needs it. */
  getText: (() => string) | undefined;
  /** Changes since the last analysis was started, for the incremental analyzer. */
  readonly pending: TextChange[];
  visible: readonly Span[];
  cache: { readonly version: number; readonly window?: Span; readonly analysis: Promise<DocumentAnalysis> } | undefined;
  /** The chain of incremental analyses: each update starts from the previous one. */
  incremental: Promise<Incremental> | undefined;
  timer: ReturnType<typeof setTimeout> | undefined;
  status: AnalysisStatus;
}

/**
 * Open documents and their analyses: cached by version, refreshed after edits with a short debounce,
 * incremental after the first (which runs in steps with the event loop free between them), around the
 * visible part for documents above `maxFileSize`, dropped on close. `onDidAnalyze` fires with a URI
 * once a fresh analysis of it is ready; `onDidChangeStatus` when one fails or recovers.
 */
export class DocumentStore implements Disposable {
  private readonly documents = new Map<string, OpenDocument>();
  private readonly analyzed = new Emitter<string>();
  private readonly statusChanged = new Emitter<string>();
  readonly onDidAnalyze = this.analyzed.event;
  readonly onDidChangeStatus = this.statusChanged.event;

  constructor(
    private readonly knowledge: () => Promise<KnowledgeBase>,
    private readonly maxFileSize: () => number,
    private readonly log: Logger,
    private readonly analysisOptions: () => AnalysisOptions = () => DEFAULT_ANALYSIS_OPTIONS,
  ) {}

  open(uri: string, language: DocumentLanguage, version: number, text: string): void {
    this.close(uri);
    this.documents.set(uri, {
      uri,
      language,
      version,
      text,
      length: text.length,
      getText: undefined,
      pending: [],
      visible: [],
      cache: undefined,
      incremental: undefined,
      timer: undefined,
      status: { state: 'ok' },
    });
    this.schedule(uri, 0);
  }

  /**
   * Edits, in the order they were made (each in the text the previous ones left). `getText`, where the
   * host keeps the document's text, saves building a copy of it for every keystroke.
   */
  change(uri: string, version: number, changes: readonly TextChange[], getText?: () => string): void {
    const document = this.documents.get(uri);
    if (!document) return;
    for (const change of changes) {
      document.length += change.text.length - (change.end - change.start);
      if (getText === undefined && document.text !== undefined) document.text = document.text.slice(0, change.start) + change.text + document.text.slice(change.end);
    }
    document.pending.push(...changes);
    document.version = version;
    if (getText) {
      document.getText = getText;
      document.text = undefined;
    }
    this.schedule(uri, DEBOUNCE_MS);
  }

  close(uri: string): void {
    const document = this.documents.get(uri);
    if (!document) return;
    clearTimeout(document.timer);
    this.documents.delete(uri);
  }

  has(uri: string): boolean {
    return this.documents.has(uri);
  }

  uris(): string[] {
    return [...this.documents.keys()];
  }

  versionOf(uri: string): number | undefined {
    return this.documents.get(uri)?.version;
  }

  statusOf(uri: string): AnalysisStatus | undefined {
    return this.documents.get(uri)?.status;
  }

  /** The parts of a large document on screen: its analysis follows them. */
  setVisible(uri: string, visible: readonly Span[]): void {
    const document = this.documents.get(uri);
    if (!document) return;
    document.visible = visible;
    if (document.length > this.maxFileSize() && !covers(document.cache?.window, visible)) this.schedule(uri, 0);
  }

  /** Every analysis is redone (the knowledge or the settings changed). */
  invalidateAll(): void {
    for (const document of this.documents.values()) {
      document.cache = undefined;
      document.incremental = undefined;
      this.schedule(document.uri, 0);
    }
  }

  /** The analysis of the document's current version; undefined for a document that is not open. */
  analysis(uri: string): Promise<DocumentAnalysis> | undefined {
    const document = this.documents.get(uri);
    if (!document) return undefined;
    const large = document.length > this.maxFileSize();
    const cached = document.cache;
    if (cached && cached.version === document.version && (!large || covers(cached.window, document.visible))) return cached.analysis;
    const version = document.version;
    const text = this.textOf(document);
    const irDocument = createDocument(uri, text, document.language);
    const live = this.liveToken(document, version);
    let analysis: Promise<DocumentAnalysis>;
    let window: Span | undefined;
    if (large) {
      window = analysisWindow(text, document.visible);
      document.incremental = undefined; // windows are cheap to redo; edits need not be kept
      document.pending.length = 0;
      const span = window;
      analysis = this.knowledge().then((kb) => runInSteps(analyzeWindowInSteps(irDocument, span, kb, this.analysisOptions()), live));
    } else {
      analysis = this.analyzeIncrementally(document, irDocument, live);
    }
    const started = Date.now();
    const entry = { version, analysis, ...(window ? { window } : {}) };
    document.cache = entry;
    analysis.then(
      (result) => {
        this.log.debug(`analysed ${uri} (version ${version}): ${result.mentions.length} mentions in ${Date.now() - started} ms${window ? ', visible part only' : ''}`);
        this.setStatus(document, { state: 'ok' });
      },
      (error: unknown) => {
        if (document.cache === entry) document.cache = undefined;
        if (error instanceof Cancelled) return;
        this.log.error(`analysis of ${uri} (version ${version}) failed: ${messageOf(error)}`);
        this.setStatus(document, { state: 'failed', stage: 'analysis', message: messageOf(error) });
      },
    );
    return analysis;
  }

  private liveToken(document: OpenDocument, version: number): CancellationToken {
    const documents = this.documents;
    return {
      get isCancellationRequested(): boolean {
        return document.version !== version || documents.get(document.uri) !== document;
      },
    };
  }

  private isOpen(document: OpenDocument): boolean {
    return this.documents.get(document.uri) === document;
  }

  /** Brings the document's last analysis up to date with the edits since, or starts one in steps. */
  private analyzeIncrementally(document: OpenDocument, irDocument: ReturnType<typeof createDocument>, token: CancellationToken): Promise<DocumentAnalysis> {
    const full = (): Promise<Incremental> =>
      this.knowledge().then(async (kb) => {
        const analyzer = createIncrementalAnalyzer(kb, this.analysisOptions());
        return { analyzer, analysis: await runInSteps(analyzeInSteps(analyzer, irDocument), token) };
      });
    const changes = document.pending.splice(0);
    const previous = document.incremental;
    // With the host's text as the expected result, an out-of-sync update starts again from scratch.
    document.incremental = previous
      ? previous.then(({ analyzer, analysis }) => ({ analyzer, analysis: analyzer.applyChanges(analysis, changes, irDocument.text) }), full)
      : full();
    return document.incremental.then((x) => x.analysis);
  }

  private textOf(document: OpenDocument): string {
    if (document.text === undefined) document.text = document.getText!();
    return document.text;
  }

  private setStatus(document: OpenDocument, status: AnalysisStatus): void {
    const before = document.status;
    document.status = status;
    if (before.state !== status.state || (status.state === 'failed' && before.state === 'failed' && before.message !== status.message)) this.statusChanged.fire(document.uri);
  }

  private schedule(uri: string, delay: number): void {
    const document = this.documents.get(uri);
    if (!document) return;
    clearTimeout(document.timer);
    document.timer = setTimeout(() => {
      document.timer = undefined;
      if (!this.isOpen(document)) return;
      const version = document.version;
      this.analysis(uri)?.then(
        () => {
          // A newer edit has its own timer; publishing this one would flash stale results.
          if (this.isOpen(document) && document.version === version) this.analyzed.fire(uri);
        },
        () => undefined, // logged and shown as a status by analysis()
      );
    }, delay);
  }

  /** Documents with analyses cached or refreshes pending (tests check nothing leaks). */
  get live(): { readonly cached: number; readonly pending: number } {
    let pending = 0;
    for (const d of this.documents.values()) if (d.timer !== undefined) pending++;
    return { cached: this.documents.size, pending };
  }

  dispose(): void {
    for (const document of this.documents.values()) clearTimeout(document.timer);
    this.documents.clear();
    this.analyzed.dispose();
    this.statusChanged.dispose();
  }
}

function covers(window: Span | undefined, visible: readonly Span[]): boolean {
  return window !== undefined && visible.every((v) => v.start >= window.start && v.end <= window.end);
}
