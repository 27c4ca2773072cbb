import type { MarkdownIt } from 'markdown-it';
import * as vscode from 'vscode';
import type { KnowledgeBase } from './kb';
import { analysisOptionsOf } from './core/settings';
import { irLensMarkdownItPlugin } from './preview/markdownItPlugin';
import { createIrService } from './service';
import { ArgumentView } from './vscode/argumentView';
import { registerCommands } from './vscode/commands';
import { EntityDefinitionProvider } from './vscode/definitionProvider';
import { IR_DOCUMENT_SELECTOR } from './vscode/documentFilter';
import { DocumentSync } from './vscode/documentSync';
import { EntitiesView } from './vscode/entitiesView';
import { ParagraphMapView } from './vscode/paragraphMapView';
import { MentionHighlighter } from './vscode/highlighter';
import { createVsCodeHost } from './vscode/host';
import { EntityHoverProvider } from './vscode/hoverProvider';
import { asDisposable, KnowledgeFiles } from './vscode/knowledgeFiles';
import { EntityReferenceProvider } from './vscode/referenceProvider';
import { SettingsService } from './vscode/settingsService';
import { MentionStatusBar } from './vscode/statusBar';
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

/**
 * Wires the IR Lens service (src/service, the runtime shared with the language server) to VS Code's
 * providers and views. Heavy work (KB load, analysis) starts after activation.
 */
export function activate(context: vscode.ExtensionContext): IrLensApi {
  const started = performance.now();
  const subscriptions = context.subscriptions;
  const log = vscode.window.createOutputChannel('IR Lens', { log: true });
  subscriptions.push(log);
  const stage = (name: string, fn: () => void): void => {
    try {
      fn();
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      log.error(`activation failed at ${name}: ${message}`);
      void vscode.window.showErrorMessage(`IR Lens could not start (${name}): ${message}`);
    }
  };

  const settings = new SettingsService();
  const service = createIrService(createVsCodeHost(context.extensionUri, log), settings.current);
  const sync = new DocumentSync(service);
  subscriptions.push(settings, asDisposable(service), sync, settings.onDidChange((current) => service.updateSettings(current)));

  let knowledgeFiles: KnowledgeFiles | undefined;
  stage('workspace knowledge', () => {
    knowledgeFiles = new KnowledgeFiles(service, settings);
    subscriptions.push(knowledgeFiles);
  });

  stage('language features', () => {
    const writingChecks = new WritingChecks(service, sync, settings);
    subscriptions.push(
      writingChecks,
      vscode.languages.registerCodeActionsProvider(IR_DOCUMENT_SELECTOR, writingChecks, { providedCodeActionKinds: WritingChecks.providedCodeActionKinds }),
      vscode.languages.registerHoverProvider(IR_DOCUMENT_SELECTOR, new EntityHoverProvider(service)),
      vscode.languages.registerDefinitionProvider(IR_DOCUMENT_SELECTOR, new EntityDefinitionProvider(service, context.extensionUri)),
      vscode.languages.registerReferenceProvider(IR_DOCUMENT_SELECTOR, new EntityReferenceProvider(service, context.extensionUri)),
    );
  });

  let entities: EntitiesView | undefined;
  let paragraphs: ParagraphMapView | undefined;
  let argument: ArgumentView | undefined;
  let highlighter: MentionHighlighter | undefined;
  let statusBar: MentionStatusBar | undefined;
  stage('views', () => {
    entities = new EntitiesView(service, sync);
    paragraphs = new ParagraphMapView(service, sync);
    argument = new ArgumentView(service, sync, context.workspaceState);
    highlighter = new MentionHighlighter(service, sync, settings);
    statusBar = new MentionStatusBar(service, sync);
    subscriptions.push(
      entities,
      vscode.window.createTreeView('irLens.entities', { treeDataProvider: entities, showCollapseAll: true }),
      paragraphs,
      argument,
      highlighter,
      statusBar,
    );
  });

  stage('commands', () => {
    if (entities && argument && paragraphs && knowledgeFiles) {
      subscriptions.push(...registerCommands({ service, settings, entities, argument, paragraphs, knowledgeFiles, log, extensionUri: context.extensionUri }));
    }
  });

  // The preview plugin reads the knowledge synchronously, so it keeps the last loaded copy.
  let previewKnowledge: KnowledgeBase | undefined;
  let previewEnabled = settings.current.previewEnabled;
  const refreshPreview = (): void => void vscode.commands.executeCommand('markdown.preview.refresh').then(undefined, () => undefined);
  const loadKnowledge = (): void => {
    service.knowledge().then(
      (kb) => {
        previewKnowledge = kb;
        refreshPreview();
      },
      (error: unknown) => void vscode.window.showErrorMessage(`IR Lens: ${error instanceof Error ? error.message : String(error)}`),
    );
  };
  subscriptions.push(
    asDisposable(service.onDidChangeKnowledge(loadKnowledge)),
    settings.onDidChange((current) => {
      if (current.previewEnabled === previewEnabled) return;
      previewEnabled = current.previewEnabled;
      refreshPreview();
    }),
  );
  // Load the KB right after activation, off its path.
  setTimeout(loadKnowledge, 0);

  const activationMs = performance.now() - started;
  log.debug(`activated in ${activationMs.toFixed(1)} ms`);
  return {
    activationMs,
    highlightCount: (uri) => highlighter?.appliedCount(uri) ?? 0,
    statusBarText: () => statusBar?.text ?? '',
    liveDocuments: () => service.liveDocuments(),
    trustNoteVisible: () => knowledgeFiles?.trustNoteVisible ?? false,
    subscriptionCount: () => subscriptions.length,
    extendMarkdownIt: (md) => md.use(irLensMarkdownItPlugin, { getKnowledge: () => previewKnowledge, isEnabled: () => settings.current.previewEnabled, analysisOptions: () => analysisOptionsOf(settings.current) }),
  };
}

export function deactivate(): void {}
