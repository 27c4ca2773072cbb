import * as vscode from 'vscode';
import type { WritingFinding } from '../core/writingChecks';
import type { CodeActionResult, IrService } from '../service';
import type { DocumentSync } from './documentSync';
import { toRange } from './positions';
import type { SettingsService } from './settingsService';

/**
 * Writing checks as Information diagnostics in papers, with their quick fixes. Nothing changes
 * the paper unless the user picks a fix; every fix is one undoable workspace edit.
 */
export class WritingChecks implements vscode.CodeActionProvider, vscode.Disposable {
  static readonly providedCodeActionKinds = [vscode.CodeActionKind.QuickFix];
  private readonly collection = vscode.languages.createDiagnosticCollection('irLens.writing');
  private readonly disposables: vscode.Disposable[] = [this.collection];

  constructor(
    private readonly service: IrService,
    sync: DocumentSync,
    settings: SettingsService,
  ) {
    this.disposables.push(
      sync.onDidAnalyze((document) => void this.check(document)),
      settings.onDidChange(() => {
        for (const document of vscode.workspace.textDocuments) void this.check(document);
      }),
      vscode.workspace.onDidCloseTextDocument((document) => this.collection.delete(document.uri)),
    );
  }

  async check(document: vscode.TextDocument): Promise<void> {
    const version = document.version;
    const findings = await this.service.checks(document.uri.toString());
    if (document.isClosed || document.version !== version) return;
    this.collection.set(document.uri, findings.map((f) => diagnosticOf(document, f)));
  }

  async provideCodeActions(document: vscode.TextDocument, range: vscode.Range | vscode.Selection): Promise<vscode.CodeAction[]> {
    const span = { start: document.offsetAt(range.start), end: document.offsetAt(range.end) };
    const selection = range instanceof vscode.Selection && !range.isEmpty ? document.getText(range) : undefined;
    const version = document.version;
    const actions = await this.service.codeActions(document.uri.toString(), span, selection);
    if (document.version !== version) return [];
    return actions.map((action) => this.toCodeAction(document, action));
  }

  private toCodeAction(document: vscode.TextDocument, result: CodeActionResult): vscode.CodeAction {
    const action = new vscode.CodeAction(result.title, vscode.CodeActionKind.QuickFix);
    if (result.kind === 'edit') {
      action.edit = new vscode.WorkspaceEdit();
      for (const edit of result.edits) action.edit.replace(document.uri, toRange(document, edit.span), edit.text);
      action.isPreferred = result.preferred;
    } else {
      action.command = { command: 'irLens.addToKnowledgeBase', title: 'IR Lens: Add to knowledge base', arguments: [{ text: result.text }] };
    }
    if (result.finding) action.diagnostics = [diagnosticOf(document, result.finding)];
    return action;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

function diagnosticOf(document: vscode.TextDocument, finding: WritingFinding): vscode.Diagnostic {
  const diagnostic = new vscode.Diagnostic(toRange(document, finding.span), finding.message, vscode.DiagnosticSeverity.Information);
  diagnostic.source = 'IR Lens';
  diagnostic.code = finding.kind;
  return diagnostic;
}
