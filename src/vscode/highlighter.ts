import { DOCUMENT_ENTITY_COLOUR, ENTITY_COLOURS } from '../core/entityStyles';
import { ENTITY_TYPES, type EntityType } from '../kb';
import * as vscode from 'vscode';
import type { IrService } from '../service';
import type { DocumentSync } from './documentSync';
import type { SettingsService } from './settingsService';
import { toRange } from './positions';

/**
 * Underlines mentions in visible editors: dotted, one colour per entity type, for the knowledge base's
 * entities; dashed, in one colour of their own, for entities the paper names itself.
 */
export class MentionHighlighter implements vscode.Disposable {
  private readonly types = new Map<EntityType, vscode.TextEditorDecorationType>();
  private readonly documentEntities: vscode.TextEditorDecorationType;
  private readonly disposables: vscode.Disposable[] = [];
  /** How many mentions were last underlined per document URI, for tests. */
  private readonly applied = new Map<string, number>();

  constructor(
    private readonly service: IrService,
    sync: DocumentSync,
    private readonly settings: SettingsService,
  ) {
    for (const type of ENTITY_TYPES) {
      const decoration = vscode.window.createTextEditorDecorationType({
        borderWidth: '0 0 1px 0',
        borderStyle: 'dotted',
        borderColor: new vscode.ThemeColor(ENTITY_COLOURS[type].id),
        overviewRulerColor: new vscode.ThemeColor(ENTITY_COLOURS[type].id),
        overviewRulerLane: vscode.OverviewRulerLane.Right,
      });
      this.types.set(type, decoration);
      this.disposables.push(decoration);
    }
    this.documentEntities = vscode.window.createTextEditorDecorationType({
      borderWidth: '0 0 1px 0',
      borderStyle: 'dashed',
      borderColor: new vscode.ThemeColor(DOCUMENT_ENTITY_COLOUR.id),
      overviewRulerColor: new vscode.ThemeColor(DOCUMENT_ENTITY_COLOUR.id),
      overviewRulerLane: vscode.OverviewRulerLane.Right,
    });
    this.disposables.push(this.documentEntities);
    this.disposables.push(
      sync.onDidAnalyze((document) => this.refreshDocument(document)),
      vscode.window.onDidChangeVisibleTextEditors(() => this.refreshAll()),
      settings.onDidChange(() => this.refreshAll()),
    );
  }

  refreshAll(): void {
    for (const editor of vscode.window.visibleTextEditors) void this.apply(editor);
  }

  appliedCount(uri: string): number {
    return this.applied.get(uri) ?? 0;
  }

  private refreshDocument(document: vscode.TextDocument): void {
    for (const editor of vscode.window.visibleTextEditors) if (editor.document === document) void this.apply(editor);
  }

  private async apply(editor: vscode.TextEditor): Promise<void> {
    const { highlightEnabled, highlightTypes } = this.settings.current;
    const version = editor.document.version;
    const analysis = highlightEnabled ? await this.service.analysis(editor.document.uri.toString()) : undefined;
    if (editor.document.version !== version) return; // a newer analysis will follow
    const byType = new Map<EntityType, vscode.Range[]>(ENTITY_TYPES.map((t) => [t, []]));
    const named: vscode.Range[] = [];
    let count = 0;
    for (const mention of analysis?.mentions ?? []) {
      if (!highlightTypes.includes(mention.entry.type)) continue;
      (mention.entry.document ? named : byType.get(mention.entry.type)!).push(toRange(editor.document, mention));
      count++;
    }
    for (const [type, decoration] of this.types) editor.setDecorations(decoration, byType.get(type)!);
    editor.setDecorations(this.documentEntities, named);
    this.applied.set(editor.document.uri.toString(), count);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
