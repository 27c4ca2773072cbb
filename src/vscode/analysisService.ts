import * as vscode from 'vscode';
import { analyzeDocument, type DocumentAnalysis } from '../core/analysis';
import { createDocument } from '../core/document';
import { irLanguageOf } from './documentFilter';
import type { KnowledgeService } from './knowledgeService';

const DEBOUNCE_MS = 150;

interface CacheEntry {
  readonly version: number;
  readonly analysis: Promise<DocumentAnalysis>;
}

/**
 * Analyses open Markdown and plain-text documents: cached by document version, refreshed after
 * edits with a short debounce, dropped when a document closes, recomputed when the knowledge
 * changes. `onDidUpdate` fires once a fresh analysis of a document is ready.
 */
export class AnalysisService implements vscode.Disposable {
  private readonly cache = new Map<string, CacheEntry>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly updated = new vscode.EventEmitter<vscode.TextDocument>();
  private readonly disposables: vscode.Disposable[] = [];
  readonly onDidUpdate = this.updated.event;

  constructor(private readonly knowledge: KnowledgeService) {
    this.disposables.push(
      this.updated,
      vscode.workspace.onDidChangeTextDocument((e) => this.schedule(e.document)),
      vscode.workspace.onDidOpenTextDocument((d) => this.schedule(d, 0)),
      vscode.workspace.onDidCloseTextDocument((d) => this.forget(d.uri)),
      knowledge.onDidChange(() => {
        this.cache.clear();
        for (const document of vscode.workspace.textDocuments) this.schedule(document, 0);
      }),
    );
  }

  /** The analysis of the document's current version, or undefined for other languages. */
  analyze(document: vscode.TextDocument): Promise<DocumentAnalysis> | undefined {
    const language = irLanguageOf(document);
    if (!language) return undefined;
    const key = document.uri.toString();
    const cached = this.cache.get(key);
    if (cached && cached.version === document.version) return cached.analysis;
    const version = document.version;
    const text = document.getText();
    const analysis = this.knowledge.get().then((kb) => analyzeDocument(createDocument(key, text, language), kb));
    this.cache.set(key, { version, analysis });
    analysis.catch(() => this.cache.delete(key));
    return analysis;
  }

  /** How many documents hold a cached analysis or a pending refresh (tests check nothing leaks). */
  get liveDocuments(): { readonly cached: number; readonly pending: number } {
    return { cached: this.cache.size, pending: this.timers.size };
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
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    this.cache.clear();
    for (const d of this.disposables) d.dispose();
  }
}
