import * as vscode from 'vscode';
import { mentionAt } from '../core/mentionQueries';
import type { AnalysisService } from './analysisService';
import type { KnowledgeService } from './knowledgeService';
import type { SettingsService } from './settingsService';
import { findWorkspaceMentions } from './workspaceMentions';

/** Find all references: every mention of the entity in this document and in the workspace. */
export class EntityReferenceProvider implements vscode.ReferenceProvider {
  constructor(
    private readonly analysis: AnalysisService,
    private readonly knowledge: KnowledgeService,
    private readonly settings: SettingsService,
  ) {}

  async provideReferences(
    document: vscode.TextDocument,
    position: vscode.Position,
    context: vscode.ReferenceContext,
    token: vscode.CancellationToken,
  ): Promise<vscode.Location[]> {
    const analysis = await this.analysis.analyze(document);
    if (!analysis) return [];
    const mention = mentionAt(analysis.mentions, document.offsetAt(position), { inclusiveEnd: true });
    if (!mention) return [];
    const kb = await this.knowledge.get();
    const locations = await findWorkspaceMentions(mention.entry.id, kb, this.analysis, this.settings.current.referencesMaxFileSize, token);
    const definition = context.includeDeclaration ? this.knowledge.locationOf(mention.entry) : undefined;
    return definition ? [definition, ...locations] : locations;
  }
}
