import * as vscode from 'vscode';
import type { KbDiagnostic } from '../kb';
import type { IrService } from '../service';
import { LineIndex } from '../text';
import type { SettingsService } from './settingsService';
import { toRangeInText } from './positions';

/**
 * The user's own knowledge in VS Code: tells the service when a workspace KB file (irLens.knowledgeBase.files)
 * is created, saved, edited while typing, closed or deleted; shows the files' problems in the Problems
 * panel at their exact ranges; and, in an untrusted workspace, a status-bar note that they are ignored.
 */
export class KnowledgeFiles implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('irLens.knowledgeBase');
  private readonly note = vscode.window.createStatusBarItem('irLens.untrusted', vscode.StatusBarAlignment.Right, 99);
  private readonly disposables: vscode.Disposable[] = [this.collection, this.note];
  private watchers: vscode.Disposable[] = [];
  private noteShown = false;

  constructor(
    private readonly service: IrService,
    private readonly settings: SettingsService,
  ) {
    this.note.name = 'IR Lens workspace knowledge';
    this.note.text = '$(shield) IR Lens: workspace KB ignored';
    this.note.tooltip = 'This workspace is not trusted, so IR Lens uses its bundled knowledge base only and ignores the workspace knowledge-base files. Trust the workspace to use them.';
    this.note.command = 'workbench.trust.manage';
    this.disposables.push(
      vscode.workspace.onDidGrantWorkspaceTrust(() => void this.restart()),
      settings.onDidChange(() => this.watch()),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (this.isKnowledgeFile(e.document.uri)) service.knowledgeFileChanged(e.document.uri.toString(), { text: e.document.getText() });
      }),
      vscode.workspace.onDidCloseTextDocument((d) => {
        // Unsaved edits are gone: the file is read again.
        if (this.isKnowledgeFile(d.uri)) service.knowledgeFileChanged(d.uri.toString(), { closed: true });
      }),
      asDisposable(service.onDidChangeKnowledgeProblems((problems) => this.publish(problems))),
    );
    this.watch();
    this.showTrust();
  }

  /** The workspace KB files found at the last reload. */
  get files(): readonly vscode.Uri[] {
    return this.service.knowledgeFiles().map((f) => vscode.Uri.parse(f));
  }

  get trusted(): boolean {
    return vscode.workspace.isTrusted;
  }

  get trustNoteVisible(): boolean {
    return this.noteShown;
  }

  /** Re-finds the files and reloads them (trust granted, or the user asked). */
  async restart(): Promise<void> {
    this.showTrust();
    this.watch();
    await this.service.reloadKnowledge();
  }

  private showTrust(): void {
    this.noteShown = !vscode.workspace.isTrusted;
    if (this.noteShown) this.note.show();
    else this.note.hide();
  }

  private watch(): void {
    for (const w of this.watchers.splice(0)) w.dispose();
    if (!vscode.workspace.isTrusted) return;
    for (const pattern of this.settings.current.knowledgeBaseFiles) {
      const watcher = vscode.workspace.createFileSystemWatcher(pattern);
      watcher.onDidCreate((uri) => this.service.knowledgeFileChanged(uri.toString(), { created: true }));
      watcher.onDidChange((uri) => this.service.knowledgeFileChanged(uri.toString()));
      watcher.onDidDelete((uri) => this.service.knowledgeFileChanged(uri.toString(), { deleted: true }));
      this.watchers.push(watcher);
    }
  }

  private isKnowledgeFile(uri: vscode.Uri): boolean {
    if (!vscode.workspace.isTrusted || uri.scheme === 'git') return false;
    if (this.service.knowledgeFiles().includes(uri.toString())) return true;
    return this.settings.current.knowledgeBaseFiles.some((pattern) => vscode.languages.match({ pattern }, { uri, languageId: '' } as vscode.TextDocument) > 0);
  }

  private publish(problems: ReadonlyMap<string, readonly KbDiagnostic[]>): void {
    this.collection.clear();
    for (const [file, list] of problems) {
      const uri = vscode.Uri.parse(file);
      const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === file);
      const lines = document ? new LineIndex(document.getText()) : undefined;
      this.collection.set(
        uri,
        list.map((p) => {
          const range =
            lines && p.end > p.start ? toRangeInText(lines, p) : new vscode.Range(p.line - 1, Math.max(0, p.column - 1), p.line - 1, Number.MAX_SAFE_INTEGER);
          const diagnostic = new vscode.Diagnostic(range, p.message, p.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning);
          diagnostic.source = 'IR Lens';
          return diagnostic;
        }),
      );
    }
  }

  dispose(): void {
    for (const w of this.watchers) w.dispose();
    for (const d of this.disposables) d.dispose();
  }
}

/** The service's disposables as VS Code's. */
export function asDisposable(d: { dispose(): void }): vscode.Disposable {
  return new vscode.Disposable(() => d.dispose());
}
