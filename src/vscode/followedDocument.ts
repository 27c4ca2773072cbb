import * as vscode from 'vscode';
import type { DocumentAnalysis } from '../core/analysis';
import type { IrService } from '../service';
import type { DocumentSync } from './documentSync';
import { irLanguageOf } from './documentFilter';

/**
 * The paper a side-bar view shows: the active Markdown or plain-text editor's document, kept while
 * another kind of editor is active. Calls `onAnalysis` with its analysis whenever the document
 * changes or a fresh analysis of it is ready, dropping results that a later switch made stale.
 */
export class FollowedDocument implements vscode.Disposable {
  private current: vscode.TextDocument | undefined;
  private readonly disposables: vscode.Disposable[];

  constructor(
    private readonly service: IrService,
    sync: DocumentSync,
    private readonly onAnalysis: (document: vscode.TextDocument | undefined, analysis: DocumentAnalysis | undefined) => void,
  ) {
    this.disposables = [
      vscode.window.onDidChangeActiveTextEditor((editor) => this.follow(editor)),
      sync.onDidAnalyze((document) => {
        if (document === this.current) void this.refresh();
      }),
    ];
    this.follow(vscode.window.activeTextEditor);
  }

  get document(): vscode.TextDocument | undefined {
    return this.current;
  }

  /** Re-reads the analysis and reports it; resolves once reported (or found stale). */
  async refresh(): Promise<void> {
    const document = this.current;
    const analysis = document ? await this.service.analysis(document.uri.toString()) : undefined;
    if (document === this.current) this.onAnalysis(document, analysis);
  }

  private follow(editor: vscode.TextEditor | undefined): void {
    if (!editor || !irLanguageOf(editor.document)) return;
    this.current = editor.document;
    void this.refresh();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
