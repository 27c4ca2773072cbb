import * as vscode from 'vscode';
import type { AnalysisService } from './analysisService';
import { irLanguageOf } from './documentFilter';

/** Shows the active document's mention count; clicking opens the Entities view. */
export class MentionStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('irLens.mentions', vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly analysis: AnalysisService) {
    this.item.name = 'IR Lens mentions';
    this.item.command = 'irLens.entities.focus';
    this.disposables.push(
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => void this.update()),
      analysis.onDidUpdate((document) => {
        if (document === vscode.window.activeTextEditor?.document) void this.update();
      }),
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
    const analysis = await this.analysis.analyze(document)?.catch(() => undefined);
    if (document !== vscode.window.activeTextEditor?.document) return;
    const count = analysis?.mentions.length ?? 0;
    const entities = new Set(analysis?.mentions.map((m) => m.entry.id)).size;
    const partial = analysis?.window !== undefined;
    this.item.text = `$(book) ${count} IR mentions${partial ? ' (visible part)' : ''}`;
    this.item.tooltip = partial
      ? `IR Lens: this document is larger than irLens.maxFileSize, so only the part on screen (and a margin) is analysed: ${count} mentions of ${entities} entities there.`
      : `IR Lens: ${count} mentions of ${entities} entities in this document. Click to open the Entities view.`;
    this.item.show();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
