import * as vscode from 'vscode';
import type { IrService, Reference } from '../service';
import { targetLocation } from './definitionProvider';

/** Find all references: every mention of the entity in the open documents and the workspace. */
export class EntityReferenceProvider implements vscode.ReferenceProvider {
  constructor(
    private readonly service: IrService,
    private readonly extensionUri: vscode.Uri,
  ) {}

  async provideReferences(
    document: vscode.TextDocument,
    position: vscode.Position,
    context: vscode.ReferenceContext,
    token: vscode.CancellationToken,
  ): Promise<vscode.Location[]> {
    const uri = document.uri.toString();
    const offset = document.offsetAt(position);
    const locations = (await this.service.references(uri, offset, token)).map(referenceLocation);
    if (!context.includeDeclaration) return locations;
    const entry = (await this.service.definition(uri, offset)).find((t) => t.kind === 'entry');
    return entry ? [targetLocation(entry, document, this.extensionUri), ...locations] : locations;
  }
}

export function referenceLocation(reference: Reference): vscode.Location {
  const { start, end } = reference.range;
  return new vscode.Location(vscode.Uri.parse(reference.uri), new vscode.Range(start.line, start.character, end.line, end.character));
}
