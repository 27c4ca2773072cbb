import * as vscode from 'vscode';
import type { IrService } from '../service';
import type { Span } from '../text';
import { irLanguageOf } from './documentFilter';

/**
 * Keeps the service's documents in step with VS Code's: opens (including those open before IR Lens
 * started), edits, closes, and for large files the visible ranges. `onDidAnalyze` hands views the
 * TextDocument whose fresh analysis is ready.
 */
export class DocumentSync implements vscode.Disposable {
  private readonly analyzed = new vscode.EventEmitter<vscode.TextDocument>();
  private readonly disposables: vscode.Disposable[] = [this.analyzed];
  readonly onDidAnalyze = this.analyzed.event;

  constructor(private readonly service: IrService) {
    this.disposables.push(
      vscode.workspace.onDidOpenTextDocument((d) => this.open(d)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (!service.isOpen(e.document.uri.toString()) || e.contentChanges.length === 0) return;
        const document = e.document;
        service.changeDocument(
          document.uri.toString(),
          document.version,
          e.contentChanges.map((c) => ({ start: c.rangeOffset, end: c.rangeOffset + c.rangeLength, text: c.text })),
          () => document.getText(),
        );
      }),
      vscode.workspace.onDidCloseTextDocument((d) => service.closeDocument(d.uri.toString())),
      vscode.window.onDidChangeTextEditorVisibleRanges((e) => this.reportVisible(e.textEditor.document)),
      vscode.window.onDidChangeVisibleTextEditors((editors) => {
        for (const editor of editors) this.reportVisible(editor.document);
      }),
      { dispose: service.onDidAnalyze((uri) => {
        const document = this.documentOf(uri);
        if (document) this.analyzed.fire(document);
      }).dispose },
    );
    // Documents opened before activation (the paper whose opening activated IR Lens, editors restored
    // at start-up) raise no open event.
    for (const document of vscode.workspace.textDocuments) this.open(document);
  }

  documentOf(uri: string): vscode.TextDocument | undefined {
    return vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
  }

  private open(document: vscode.TextDocument): void {
    const language = irLanguageOf(document);
    if (!language) return;
    const uri = document.uri.toString();
    this.service.openDocument(uri, language, document.version, document.getText());
    this.reportVisible(document);
  }

  private reportVisible(document: vscode.TextDocument): void {
    const uri = document.uri.toString();
    if (!this.service.isOpen(uri)) return;
    const visible: Span[] = vscode.window.visibleTextEditors
      .filter((e) => e.document === document)
      .flatMap((e) => e.visibleRanges.map((r) => ({ start: document.offsetAt(r.start), end: document.offsetAt(r.end) })));
    if (visible.length > 0) this.service.setVisibleRanges(uri, visible);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
