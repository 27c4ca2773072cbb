import * as vscode from 'vscode';
import type { DefinitionTarget, IrService } from '../service';
import { knowledgeFileUri } from './host';
import { toLocation } from './positions';

/** Go to definition: the entity's KB entry at its line, and where this document introduces it. */
export class EntityDefinitionProvider implements vscode.DefinitionProvider {
  constructor(
    private readonly service: IrService,
    private readonly extensionUri: vscode.Uri,
  ) {}

  async provideDefinition(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Location[]> {
    const targets = await this.service.definition(document.uri.toString(), document.offsetAt(position));
    return targets.map((t) => targetLocation(t, document, this.extensionUri));
  }
}

export function targetLocation(target: DefinitionTarget, document: vscode.TextDocument | undefined, extensionUri: vscode.Uri): vscode.Location {
  if (target.kind === 'document' && document) return toLocation(document, target.span);
  if (target.kind === 'document') return new vscode.Location(vscode.Uri.parse(target.uri), new vscode.Position(0, 0));
  const line = Math.max(0, target.line - 1);
  return new vscode.Location(knowledgeFileUri(target.file, extensionUri), new vscode.Range(line, 0, line, 0));
}
