import * as vscode from 'vscode';
import { isDocumentEntityId } from '../core/recognition';
import type { IrService } from '../service';
import { addToKnowledgeBase, type AddToKnowledgeBaseArgs } from './addToKnowledgeBase';
import type { ArgumentView } from './argumentView';
import { targetLocation } from './definitionProvider';
import { exportAnnotationsCommand, type ExportArgs } from './exportCommand';
import type { EntitiesView } from './entitiesView';
import type { KnowledgeFiles } from './knowledgeFiles';
import type { ParagraphMapView } from './paragraphMapView';
import { referenceLocation } from './referenceProvider';
import type { SettingsService } from './settingsService';

export interface CommandServices {
  readonly service: IrService;
  readonly settings: SettingsService;
  readonly entities: EntitiesView;
  readonly argument: ArgumentView;
  readonly paragraphs: ParagraphMapView;
  readonly knowledgeFiles: KnowledgeFiles;
  readonly log: vscode.LogOutputChannel;
  readonly extensionUri: vscode.Uri;
}

/** The extension's commands, as a table: id -> handler. */
export function registerCommands(services: CommandServices): vscode.Disposable[] {
  const { service, settings, entities, argument, paragraphs, knowledgeFiles, log, extensionUri } = services;
  const table: Record<string, (...args: never[]) => unknown> = {
    /** Opens an entity's KB entry at its line. Linked from hover cards. */
    'irLens.openEntry': async (id: string) => {
      const entry = typeof id === 'string' ? (await service.knowledge()).get(id) : undefined;
      const location = entry?.source && targetLocation({ kind: 'entry', entryId: entry.id, file: entry.source.file, line: entry.source.line }, undefined, extensionUri);
      if (!location) {
        void vscode.window.showWarningMessage(`IR Lens: no knowledge-base entry "${String(id)}".`);
        return;
      }
      await vscode.window.showTextDocument(location.uri, { selection: location.range, preview: true });
    },

    /** Shows every mention of an entity in the workspace, in the references peek of the active editor. */
    'irLens.findMentions': async (id: string) => {
      const editor = vscode.window.activeTextEditor;
      const kb = await service.knowledge();
      // doc:... ids are entities a paper names itself: their mentions are in the analysed documents.
      if (typeof id !== 'string' || !(kb.get(id) || isDocumentEntityId(id))) return [];
      const locations = (await service.mentionsOfEntity(id)).map(referenceLocation);
      if (editor) await vscode.commands.executeCommand('editor.action.showReferences', editor.document.uri, editor.selection.active, locations);
      return locations;
    },

    'irLens.toggleHighlight': async () => {
      const config = vscode.workspace.getConfiguration('irLens');
      await config.update('highlight.enabled', !settings.current.highlightEnabled, vscode.ConfigurationTarget.Global);
    },

    /** Selects [start, end) of a document; used by tree items and hover links (which pass the URI as text). */
    'irLens.revealRange': async (uri: vscode.Uri | string, start: number, end: number) => {
      if (typeof start !== 'number' || typeof end !== 'number') return;
      const document = await vscode.workspace.openTextDocument(typeof uri === 'string' ? vscode.Uri.parse(uri) : uri);
      const editor = await vscode.window.showTextDocument(document, { preserveFocus: false });
      const range = new vscode.Range(document.positionAt(start), document.positionAt(end));
      editor.selection = new vscode.Selection(range.start, range.end);
      editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    },

    /** Writes a new entry into the workspace KB file; arguments skip the questions (code actions, tests). */
    'irLens.addToKnowledgeBase': (args?: AddToKnowledgeBaseArgs) => addToKnowledgeBase(args, service, knowledgeFiles),

    'irLens.reloadKnowledge': () => knowledgeFiles.restart(),

    'irLens.exportAnnotations': (args?: ExportArgs) => exportAnnotationsCommand(args, service),

    /** Shows the "IR Lens" log: knowledge loads, analysis failures, timings at debug level. */
    'irLens.showLog': () => log.show(true),

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

    /** Opens the Paragraph Map view beside the Argument view. */
    'irLens.showParagraphMap': () => vscode.commands.executeCommand('irLens.paragraphs.focus'),
    /** The Paragraph Map view's content as data (for tests and scripting). */
    'irLens.paragraphs.snapshot': () => paragraphs.snapshot(),

    /** The Entities view's content as data (for tests and scripting). */
    'irLens.entities.snapshot': () => entities.snapshot(),
  };
  return Object.entries(table).map(([id, handler]) => vscode.commands.registerCommand(id, handler));
}
