import * as vscode from 'vscode';
import type { IrService } from '../service';
import { irLanguageOf } from './documentFilter';
import type { DocumentSync } from './documentSync';
import { asDisposable } from './knowledgeFiles';

/**
 * Shows the active document's mention count (clicking opens the Entities view), or a warning with a
 * link to the log when its analysis failed: never a silent zero.
 */
export class MentionStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('irLens.mentions', vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly service: IrService,
    sync: DocumentSync,
  ) {
    this.item.name = 'IR Lens mentions';
    const isActive = (uri: string): boolean => vscode.window.activeTextEditor?.document.uri.toString() === uri;
    this.disposables.push(
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => void this.update()),
      sync.onDidAnalyze((document) => {
        if (document === vscode.window.activeTextEditor?.document) void this.update();
      }),
      asDisposable(service.onDidChangeStatus((uri) => isActive(uri) && void this.update())),
    );
    void this.update();
  }

  /** Text currently shown, for tests. */
  get text(): string {
    return this.item.text;
  }

  private async update(): Promise<void> {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || !irLanguageOf(document)) {
      this.item.hide();
      return;
    }
    const uri = document.uri.toString();
    const analysis = await this.service.analysis(uri);
    if (document !== vscode.window.activeTextEditor?.document) return;
    const status = this.service.status(uri);
    if (!analysis || status?.state === 'failed') {
      this.item.text = '$(warning) IR Lens: analysis failed';
      this.item.tooltip = `IR Lens could not analyse this document${status?.state === 'failed' ? ` (${status.stage}: ${status.message})` : ''}. Click to open the log.`;
      this.item.command = 'irLens.showLog';
      this.item.backgroundColor = new vscode.ThemeColor('statusBarItem.warningBackground');
      this.item.show();
      return;
    }
    const count = analysis.mentions.length;
    const entities = new Set(analysis.mentions.map((m) => m.entry.id)).size;
    const partial = analysis.window !== undefined;
    this.item.text = `$(book) ${count} IR mentions${partial ? ' (visible part)' : ''}`;
    this.item.tooltip = partial
      ? `IR Lens: this document is larger than irLens.maxFileSize, so only the part on screen (and a margin) is analysed: ${count} mentions of ${entities} entities there.`
      : `IR Lens: ${count} mentions of ${entities} entities in this document. Click to open the Entities view.`;
    this.item.command = 'irLens.entities.focus';
    this.item.backgroundColor = undefined;
    this.item.show();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
