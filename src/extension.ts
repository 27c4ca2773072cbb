import type { KnowledgeBase } from './kb';
import type { MarkdownIt } from 'markdown-it';
import * as vscode from 'vscode';
import { irLensMarkdownItPlugin } from './preview/markdownItPlugin';
import { AnalysisService } from './vscode/analysisService';
import { ArgumentView } from './vscode/argumentView';
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

/** What `activate` returns: the Markdown preview hook, and read-outs that the end-to-end tests assert on. */
export interface IrLensApi {
  readonly activationMs: number;
  highlightCount(uri: string): number;
  statusBarText(): string;
  extendMarkdownIt(md: MarkdownIt): MarkdownIt;
  /** Documents with cached analyses or pending refreshes; both drop to zero once documents close. */
  liveDocuments(): { readonly cached: number; readonly pending: number };
  trustNoteVisible(): boolean;
  /** How many registrations the extension holds; it must not grow as documents come and go. */
  subscriptionCount(): number;
}

/** Wires the services, providers and views. Heavy work (KB load, analysis) starts after activation. */
export function activate(context: vscode.ExtensionContext): IrLensApi {
  const started = performance.now();
  const subscriptions = context.subscriptions;
  const stage = (name: string, fn: () => void): void => {
    try {
      fn();
    } catch (error) {
      void vscode.window.showErrorMessage(`IR Lens could not start (${name}): ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  const settings = new SettingsService();
  const knowledge = new KnowledgeService(context.extensionUri);
  const analysis = new AnalysisService(knowledge, settings);
  subscriptions.push(settings, knowledge, analysis);

  let workspaceKnowledge: WorkspaceKnowledge | undefined;
  stage('workspace knowledge', () => {
    workspaceKnowledge = new WorkspaceKnowledge(knowledge, settings);
    subscriptions.push(workspaceKnowledge);
  });

  stage('language features', () => {
    const writingChecks = new WritingChecks(analysis, knowledge, settings);
    subscriptions.push(
      writingChecks,
      vscode.languages.registerCodeActionsProvider(IR_DOCUMENT_SELECTOR, writingChecks, { providedCodeActionKinds: WritingChecks.providedCodeActionKinds }),
      vscode.languages.registerHoverProvider(IR_DOCUMENT_SELECTOR, new EntityHoverProvider(analysis, knowledge)),
      vscode.languages.registerDefinitionProvider(IR_DOCUMENT_SELECTOR, new EntityDefinitionProvider(analysis, knowledge)),
      vscode.languages.registerReferenceProvider(IR_DOCUMENT_SELECTOR, new EntityReferenceProvider(analysis, knowledge, settings)),
    );
  });

  let entities: EntitiesView | undefined;
  let argument: ArgumentView | undefined;
  let highlighter: MentionHighlighter | undefined;
  let statusBar: MentionStatusBar | undefined;
  stage('views', () => {
    entities = new EntitiesView(analysis);
    argument = new ArgumentView(analysis, context.workspaceState);
    highlighter = new MentionHighlighter(analysis, settings);
    statusBar = new MentionStatusBar(analysis);
    subscriptions.push(
      entities,
      vscode.window.createTreeView('irLens.entities', { treeDataProvider: entities, showCollapseAll: true }),
      argument,
      highlighter,
      statusBar,
    );
  });

  stage('commands', () => {
    if (entities && argument && workspaceKnowledge) {
      subscriptions.push(...registerCommands({ knowledge, analysis, settings, entities, argument, workspaceKnowledge, extensionUri: context.extensionUri }));
    }
  });

  // The preview plugin reads the knowledge synchronously, so it keeps the last loaded copy.
  let previewKnowledge: KnowledgeBase | undefined;
  let previewEnabled = settings.current.previewEnabled;
  const refreshPreview = (): void => void vscode.commands.executeCommand('markdown.preview.refresh').then(undefined, () => undefined);
  const loadKnowledge = (): void => {
    knowledge.get().then(
      (kb) => {
        previewKnowledge = kb;
        refreshPreview();
      },
      (error: unknown) => void vscode.window.showErrorMessage(`IR Lens: ${error instanceof Error ? error.message : String(error)}`),
    );
  };
  subscriptions.push(
    knowledge.onDidChange(loadKnowledge),
    settings.onDidChange((current) => {
      if (current.previewEnabled === previewEnabled) return;
      previewEnabled = current.previewEnabled;
      refreshPreview();
    }),
  );
  // Load the KB right after activation, off its path.
  setTimeout(loadKnowledge, 0);

  return {
    activationMs: performance.now() - started,
    highlightCount: (uri) => highlighter?.appliedCount(uri) ?? 0,
    statusBarText: () => statusBar?.text ?? '',
    liveDocuments: () => analysis.liveDocuments,
    trustNoteVisible: () => workspaceKnowledge?.trustNoteVisible ?? false,
    subscriptionCount: () => subscriptions.length,
    extendMarkdownIt: (md) => md.use(irLensMarkdownItPlugin, { getKnowledge: () => previewKnowledge, isEnabled: () => settings.current.previewEnabled }),
  };
}

export function deactivate(): void {}
