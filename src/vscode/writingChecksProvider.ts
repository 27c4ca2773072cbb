import * as vscode from 'vscode';
import { runWritingChecks, type WritingFinding } from '../core/writingChecks';
import type { AnalysisService } from './analysisService';
import type { KnowledgeService } from './knowledgeService';
import { toRange } from './positions';
import type { SettingsService } from './settingsService';

interface Published {
  readonly version: number;
  readonly findings: readonly WritingFinding[];
}

/**
 * Writing checks as Information diagnostics in papers, with their quick fixes. Nothing changes
 * the paper unless the user picks a fix; every fix is one undoable workspace edit.
 */
export class WritingChecks implements vscode.CodeActionProvider, vscode.Disposable {
  static readonly providedCodeActionKinds = [vscode.CodeActionKind.QuickFix];
  private readonly collection = vscode.languages.createDiagnosticCollection('irLens.writing');
  private readonly published = new Map<string, Published>();
  private readonly disposables: vscode.Disposable[] = [this.collection];

  constructor(
    private readonly analysis: AnalysisService,
    private readonly knowledge: KnowledgeService,
    private readonly settings: SettingsService,
  ) {
    this.disposables.push(
      analysis.onDidUpdate((document) => void this.check(document)),
      settings.onDidChange(() => {
        for (const document of vscode.workspace.textDocuments) void this.check(document);
      }),
      vscode.workspace.onDidCloseTextDocument((document) => {
        this.collection.delete(document.uri);
        this.published.delete(document.uri.toString());
      }),
    );
  }

  async check(document: vscode.TextDocument): Promise<void> {
    const version = document.version;
    const analysis = await this.analysis.analyze(document)?.catch(() => undefined);
    if (!analysis || document.isClosed || document.version !== version) return;
    const kb = await this.knowledge.get();
    const findings = runWritingChecks(analysis.document.text, analysis.prose, analysis.mentions, kb, this.settings.current.checks);
    this.published.set(document.uri.toString(), { version, findings });
    this.collection.set(
      document.uri,
      findings.map((f) => {
        const diagnostic = new vscode.Diagnostic(toRange(document, f.span), f.message, vscode.DiagnosticSeverity.Information);
        diagnostic.source = 'IR Lens';
        diagnostic.code = f.kind;
        return diagnostic;
      }),
    );
  }

  provideCodeActions(document: vscode.TextDocument, range: vscode.Range | vscode.Selection): vscode.CodeAction[] {
    const actions: vscode.CodeAction[] = [];
    const published = this.published.get(document.uri.toString());
    if (published && published.version === document.version) {
      for (const finding of published.findings) {
        const findingRange = toRange(document, finding.span);
        if (!findingRange.intersection(range)) continue;
        const action = this.actionFor(document, finding, findingRange);
        if (action) actions.push(action);
      }
    }
    if (range instanceof vscode.Selection && !range.isEmpty && actions.length === 0) {
      const text = document.getText(range).trim();
      if (text.length > 0 && text.length <= 200) actions.push(addToKbAction(text));
    }
    return actions;
  }

  private actionFor(document: vscode.TextDocument, finding: WritingFinding, range: vscode.Range): vscode.CodeAction | undefined {
    const diagnostic = new vscode.Diagnostic(range, finding.message, vscode.DiagnosticSeverity.Information);
    diagnostic.source = 'IR Lens';
    diagnostic.code = finding.kind;
    switch (finding.kind) {
      case 'acronym-before-introduction': {
        const action = new vscode.CodeAction('Introduce the full name here', vscode.CodeActionKind.QuickFix);
        action.edit = new vscode.WorkspaceEdit();
        action.edit.replace(document.uri, toRange(document, finding.fix.span), finding.fix.text);
        action.diagnostics = [diagnostic];
        action.isPreferred = true;
        return action;
      }
      case 'inconsistent-variants': {
        const action = new vscode.CodeAction(`Use '${finding.preferred}' throughout`, vscode.CodeActionKind.QuickFix);
        action.edit = new vscode.WorkspaceEdit();
        for (const fix of finding.fixes) action.edit.replace(document.uri, toRange(document, fix.span), fix.text);
        action.diagnostics = [diagnostic];
        return action;
      }
      case 'unknown-acronym': {
        const action = addToKbAction(finding.acronym);
        action.diagnostics = [diagnostic];
        return action;
      }
    }
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

function addToKbAction(text: string): vscode.CodeAction {
  const action = new vscode.CodeAction(`Add '${text.length > 40 ? text.slice(0, 39) + '…' : text}' to knowledge base`, vscode.CodeActionKind.QuickFix);
  action.command = { command: 'irLens.addToKnowledgeBase', title: 'IR Lens: Add to knowledge base', arguments: [{ text }] };
  return action;
}
