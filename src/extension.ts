import * as vscode from 'vscode';
import { AnalysisService } from './vscode/analysisService';
import { registerCommands } from './vscode/commands';
import { EntityDefinitionProvider } from './vscode/definitionProvider';
import { IR_DOCUMENT_SELECTOR } from './vscode/documentFilter';
import { EntitiesView } from './vscode/entitiesView';
import { MentionHighlighter } from './vscode/highlighter';
import { EntityHoverProvider } from './vscode/hoverProvider';
import { KnowledgeService } from './vscode/knowledgeService';
import { EntityReferenceProvider } from './vscode/referenceProvider';
import { SettingsService } from './vscode/settingsService';
import { MentionStatusBar } from './vscode/statusBar';
import { WorkspaceKnowledge } from './vscode/workspaceKnowledge';
import { WritingChecks } from './vscode/writingChecksProvider';

/** What `activate` returns: the activation time and read-outs that the end-to-end tests assert on. */
export interface IrLensApi {
  readonly activationMs: number;
  highlightCount(uri: string): number;
  statusBarText(): string;
}

/** Wires the services, providers and views. Heavy work (KB load, analysis) starts after activation. */
export function activate(context: vscode.ExtensionContext): IrLensApi {
  const started = performance.now();
  const stage = (name: string, fn: () => void): void => {
    try {
      fn();
    } catch (error) {
      void vscode.window.showErrorMessage(`IR Lens could not start (${name}): ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  const subscriptions = context.subscriptions;
  const settings = new SettingsService();
  const knowledge = new KnowledgeService(context.extensionUri);
  const analysis = new AnalysisService(knowledge);
  subscriptions.push(settings, knowledge, analysis);

  let workspaceKnowledge: WorkspaceKnowledge | undefined;
  stage('workspace knowledge', () => {
    workspaceKnowledge = new WorkspaceKnowledge(knowledge, settings);
    subscriptions.push(workspaceKnowledge);
  });
  stage('language features', () => {
    const writingChecks = new WritingChecks(analysis, knowledge, settings);
    subscriptions.push(writingChecks, vscode.languages.registerCodeActionsProvider(IR_DOCUMENT_SELECTOR, writingChecks, { providedCodeActionKinds: WritingChecks.providedCodeActionKinds }));
    subscriptions.push(
      vscode.languages.registerHoverProvider(IR_DOCUMENT_SELECTOR, new EntityHoverProvider(analysis, knowledge)),
      vscode.languages.registerDefinitionProvider(IR_DOCUMENT_SELECTOR, new EntityDefinitionProvider(analysis, knowledge)),
      vscode.languages.registerReferenceProvider(IR_DOCUMENT_SELECTOR, new EntityReferenceProvider(analysis, knowledge, settings)),
    );
  });
  let entities: EntitiesView | undefined;
  let highlighter: MentionHighlighter | undefined;
  let statusBar: MentionStatusBar | undefined;
  stage('views', () => {
    entities = new EntitiesView(analysis);
    highlighter = new MentionHighlighter(analysis, settings);
    statusBar = new MentionStatusBar(analysis);
    subscriptions.push(entities, vscode.window.createTreeView('irLens.entities', { treeDataProvider: entities, showCollapseAll: true }));
    subscriptions.push(highlighter, statusBar);
  });
  stage('commands', () => {
    if (entities && workspaceKnowledge) subscriptions.push(...registerCommands({ knowledge, analysis, settings, entities, workspaceKnowledge }));
  });

  // Load the KB right after activation, off its path, and tell the user if it cannot load.
  setTimeout(() => {
    knowledge.get().catch((error: unknown) => {
      void vscode.window.showErrorMessage(`IR Lens: ${error instanceof Error ? error.message : String(error)}`);
    });
  }, 0);
  return {
    activationMs: performance.now() - started,
    highlightCount: (uri) => highlighter?.appliedCount(uri) ?? 0,
    statusBarText: () => statusBar?.text ?? '',
  };
}

export function deactivate(): void {}
