import { addEntryEdit, SUBTYPES, ENTITY_TYPES, type EntityType, uniqueId } from '../kb';
import { LineIndex } from '../text';
import * as vscode from 'vscode';
import type { IrService } from '../service';
import type { KnowledgeFiles } from './knowledgeFiles';
import { toRangeInText } from './positions';

/** What the command may be given; anything missing is asked for with quick inputs. */
export interface AddToKnowledgeBaseArgs {
  readonly text?: string;
  readonly type?: EntityType;
  readonly subtype?: string;
  readonly name?: string;
  /** Other names to record, such as the acronym a paper introduced. */
  readonly aliases?: readonly string[];
  readonly summary?: string;
}

const DEFAULT_FILE = 'ir-lens.irkb.yaml';
const TYPE_LABELS: Readonly<Record<EntityType, string>> = {
  actor: 'Actor: a state, organisation, person, state body or media outlet',
  treaty: 'Treaty or document',
  theory: 'Theory term, concept or doctrine',
  event: 'Event',
};

/**
 * "IR Lens: Add to knowledge base": asks for type, subtype, name and summary, then writes the entry
 * into the workspace KB file (creating ir-lens.irkb.yaml at the root when there is none) as one
 * undoable edit that leaves the rest of the file untouched. The entity is recognised at once.
 */
export async function addToKnowledgeBase(
  args: AddToKnowledgeBaseArgs | undefined,
  service: IrService,
  workspace: KnowledgeFiles,
): Promise<string | undefined> {
  if (!workspace.trusted) {
    void vscode.window.showWarningMessage('IR Lens: this workspace is not trusted, so its knowledge-base files are not used. Trust the workspace to add entries.');
    return undefined;
  }
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) {
    void vscode.window.showWarningMessage('IR Lens: open a folder to keep a workspace knowledge base.');
    return undefined;
  }
  const editor = vscode.window.activeTextEditor;
  const selected = args?.text ?? (editor && !editor.selection.isEmpty ? editor.document.getText(editor.selection).trim() : '');

  // Arguments may come from a hover link: a type that is not one is asked for instead.
  const type = args?.type && (ENTITY_TYPES as readonly string[]).includes(args.type) ? args.type : await pickType();
  if (!type) return undefined;
  const subtypes = SUBTYPES[type] as readonly string[];
  const subtype = args?.subtype ?? (subtypes.length === 1 ? subtypes[0] : await vscode.window.showQuickPick([...subtypes], { title: 'Add to knowledge base (2/4): subtype', ignoreFocusOut: true }));
  if (!subtype || !subtypes.includes(subtype)) return undefined;
  const name = args?.name ?? (await vscode.window.showInputBox({ title: 'Add to knowledge base (3/4): full name', value: selected, ignoreFocusOut: true, validateInput: (v) => (v.trim() ? undefined : 'A name is needed') }));
  if (!name?.trim()) return undefined;
  const summary = args?.summary ?? (await vscode.window.showInputBox({ title: 'Add to knowledge base (4/4): one-sentence summary (optional)', ignoreFocusOut: true }));
  if (summary === undefined) return undefined;

  const kb = await service.knowledge();
  const id = uniqueId(name.trim(), (candidate) => kb.get(candidate) !== undefined);
  const given = Array.isArray(args?.aliases) ? args.aliases.filter((a): a is string => typeof a === 'string' && a.trim() !== '') : [];
  const aliases = [...new Set([...(selected ? [selected] : []), ...given].map((a) => a.trim()))].filter((a) => a !== name.trim());
  const target = workspace.files.find((f) => /\.ya?ml$/.test(f.path)) ?? workspace.files[0] ?? vscode.Uri.joinPath(folder.uri, DEFAULT_FILE);

  const exists = await vscode.workspace.fs.stat(target).then(() => true, () => false);
  const document = exists ? await vscode.workspace.openTextDocument(target) : undefined;
  const current = document?.getText() ?? '';
  let edit;
  try {
    edit = addEntryEdit(current, { id, type, subtype, name: name.trim(), aliases, summary: summary.trim() || undefined }, target.path.endsWith('.json') ? 'json' : 'yaml');
  } catch (error) {
    void vscode.window.showErrorMessage(`IR Lens: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
  const workspaceEdit = new vscode.WorkspaceEdit();
  if (!exists) workspaceEdit.createFile(target, { ignoreIfExists: true });
  workspaceEdit.replace(target, toRangeInText(new LineIndex(current), edit), edit.text);
  if (!(await vscode.workspace.applyEdit(workspaceEdit))) {
    void vscode.window.showErrorMessage(`IR Lens: could not write to ${vscode.workspace.asRelativePath(target)}.`);
    return undefined;
  }
  await (await vscode.workspace.openTextDocument(target)).save();
  await service.reloadKnowledge();
  void vscode.window.showInformationMessage(`IR Lens: added "${name.trim()}" to ${vscode.workspace.asRelativePath(target)}.`);
  return id;
}

async function pickType(): Promise<EntityType | undefined> {
  const items = ENTITY_TYPES.map((type) => ({ label: type, description: TYPE_LABELS[type] }));
  const picked = await vscode.window.showQuickPick(items, { title: 'Add to knowledge base (1/4): type', ignoreFocusOut: true });
  return picked?.label;
}
