import * as vscode from 'vscode';
import { addToKnowledgeBase, type AddToKnowledgeBaseArgs } from './addToKnowledgeBase';
import type { AnalysisService } from './analysisService';
import type { ArgumentView } from './argumentView';
import { exportAnnotationsCommand, type ExportArgs } from './exportCommand';
import type { EntitiesView } from './entitiesView';
import type { KnowledgeService } from './knowledgeService';
import type { SettingsService } from './settingsService';
import type { WorkspaceKnowledge } from './workspaceKnowledge';
import { findWorkspaceMentions } from './workspaceMentions';

export interface CommandServices {
  readonly knowledge: KnowledgeService;
  readonly analysis: AnalysisService;
  readonly settings: SettingsService;
  readonly entities: EntitiesView;
  readonly argument: ArgumentView;
  readonly workspaceKnowledge: WorkspaceKnowledge;
  readonly extensionUri: vscode.Uri;
}

/** The extension's commands, as a table: id -> handler. */
export function registerCommands(services: CommandServices): vscode.Disposable[] {
  const { knowledge, analysis, settings, entities, argument, workspaceKnowledge, extensionUri } = services;
  const table: Record<string, (...args: never[]) => unknown> = {
    /** Opens an entity's KB entry at its line. Linked from hover cards. */
    'irLens.openEntry': async (id: string) => {
      const entry = typeof id === 'string' ? (await knowledge.get()).get(id) : undefined;
      const location = entry && knowledge.locationOf(entry);
      if (!location) {
        void vscode.window.showWarningMessage(`IR Lens: no knowledge-base entry "${String(id)}".`);
        return;
      }
      await vscode.window.showTextDocument(location.uri, { selection: location.range, preview: true });
    },

    /** Shows every mention of an entity in the workspace, in the references peek of the active editor. */
    'irLens.findMentions': async (id: string) => {
      const editor = vscode.window.activeTextEditor;
      const kb = await knowledge.get();
      if (typeof id !== 'string' || !kb.get(id)) return [];
      const locations = await findWorkspaceMentions(id, kb, analysis, settings.current.referencesMaxFileSize);
      if (editor) await vscode.commands.executeCommand('editor.action.showReferences', editor.document.uri, editor.selection.active, locations);
      return locations;
    },

    'irLens.toggleHighlight': async () => {
      const config = vscode.workspace.getConfiguration('irLens');
      await config.update('highlight.enabled', !settings.current.highlightEnabled, vscode.ConfigurationTarget.Global);
    },

    /** Selects [start, end) of a document; used by tree items. */
    'irLens.revealRange': async (uri: vscode.Uri, start: number, end: number) => {
      const document = await vscode.workspace.openTextDocument(uri);
      const editor = await vscode.window.showTextDocument(document, { preserveFocus: false });
      const range = new vscode.Range(document.positionAt(start), document.positionAt(end));
      editor.selection = new vscode.Selection(range.start, range.end);
      editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    },

    /** Writes a new entry into the workspace KB file; arguments skip the questions (code actions, tests). */
    'irLens.addToKnowledgeBase': (args?: AddToKnowledgeBaseArgs) => addToKnowledgeBase(args, knowledge, workspaceKnowledge),

    'irLens.reloadKnowledge': () => workspaceKnowledge.restart(),

    'irLens.exportAnnotations': (args?: ExportArgs) => exportAnnotationsCommand(args, knowledge),

    'irLens.argument.filter': (roles?: Parameters<ArgumentView['chooseRoles']>[0]) => argument.chooseRoles(roles),
    'irLens.argument.copyMarkdown': () => argument.copyAsMarkdown(),
    /** The Argument view's content as data (for tests and scripting). */
    'irLens.argument.snapshot': () => argument.snapshot(),

    /** Opens the example paper shipped for the walkthrough, as an untitled copy the user may edit. */
    'irLens.openExample': async () => {
      const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, 'media', 'walkthrough', 'example-paper.md'));
      const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: new TextDecoder().decode(bytes) });
      return vscode.window.showTextDocument(document);
    },

    /** The Entities view's content as data (for tests and scripting). */
    'irLens.entities.snapshot': () => entities.snapshot(),
  };
  return Object.entries(table).map(([id, handler]) => vscode.commands.registerCommand(id, handler));
}
