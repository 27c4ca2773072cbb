import * as vscode from 'vscode';
import { findIntroduction, mentionAt } from '../core/mentionQueries';
import type { AnalysisService } from './analysisService';
import type { KnowledgeService } from './knowledgeService';
import { toLocation } from './positions';

/** Go to definition: the entity's KB entry at its line, and where this document introduces it. */
export class EntityDefinitionProvider implements vscode.DefinitionProvider {
  constructor(
    private readonly analysis: AnalysisService,
    private readonly knowledge: KnowledgeService,
  ) {}

  async provideDefinition(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): Promise<vscode.Location[]> {
    const analysis = await this.analysis.analyze(document);
    if (!analysis || token.isCancellationRequested) return [];
    const offset = document.offsetAt(position);
    const mention = mentionAt(analysis.mentions, offset, { inclusiveEnd: true });
    if (!mention) return [];
    const locations: vscode.Location[] = [];
    const entryLocation = this.knowledge.locationOf(mention.entry);
    if (entryLocation) locations.push(entryLocation);
    const introduction = findIntroduction(analysis.document.text, analysis.mentions, mention.entry.id);
    if (introduction && !(introduction.start <= offset && offset <= introduction.end)) locations.push(toLocation(document, introduction));
    return locations;
  }
}
