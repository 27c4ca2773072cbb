import * as vscode from 'vscode';
import { annotateText } from '../core/annotateText';
import { EXPORT_FORMAT_INFO, EXPORT_FORMATS, exportAnnotations, type ExportFormat } from '../export/exportAnnotations';
import { irLanguageOf } from './documentFilter';
import type { IrService } from '../service';

export interface ExportArgs {
  readonly format?: ExportFormat;
  /** The document to export; default: the active editor's. */
  readonly uri?: vscode.Uri;
  /** Where to write; default: asked with a save dialog (next to the paper). */
  readonly target?: vscode.Uri;
}

/** "IR Lens: Export annotations": writes the mentions of a paper in the chosen format. Returns the file written. */
export async function exportAnnotationsCommand(args: ExportArgs | undefined, service: IrService): Promise<vscode.Uri | undefined> {
  const uri = args?.uri ?? vscode.window.activeTextEditor?.document.uri;
  const document = uri && (await vscode.workspace.openTextDocument(uri));
  if (!document || !irLanguageOf(document)) {
    void vscode.window.showWarningMessage('IR Lens: open a Markdown or plain-text paper to export its annotations.');
    return undefined;
  }
  const format =
    args?.format ??
    (await vscode.window.showQuickPick(EXPORT_FORMATS.map((f) => ({ label: f, description: EXPORT_FORMAT_INFO[f].description })), { title: 'Export annotations as' }))?.label;
  if (!format || !(EXPORT_FORMATS as readonly string[]).includes(format)) return undefined;
  const base = document.uri.path.replace(/\.[^./]+$/, '');
  const target =
    args?.target ?? (await vscode.window.showSaveDialog({ defaultUri: document.uri.with({ path: base + EXPORT_FORMAT_INFO[format].extension }), title: 'Export annotations' }));
  if (!target) return undefined;
  if (target.toString() === document.uri.toString()) {
    void vscode.window.showErrorMessage('IR Lens: the export would overwrite the paper itself; choose another file.');
    return undefined;
  }
  const text = document.getText();
  const annotated = annotateText(vscode.workspace.asRelativePath(document.uri), text, await service.knowledge());
  const output = exportAnnotations(format, annotated, text, { source: document.uri.toString() });
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(output));
  void vscode.window.showInformationMessage(`IR Lens: exported ${annotated.mentions.length} mentions to ${vscode.workspace.asRelativePath(target)}.`);
  return target;
}
