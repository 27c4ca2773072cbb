import * as vscode from 'vscode';
import { HOVER_COMMANDS, renderHoverCard } from '../core/hoverCard';
import { mentionAt, mentionsOf } from '../core/mentionQueries';
import type { AnalysisService } from './analysisService';
import type { KnowledgeService } from './knowledgeService';
import { toRange } from './positions';

/** Hover cards for recognised mentions. KB text is escaped; only our own commands are trusted. */
export class EntityHoverProvider implements vscode.HoverProvider {
  constructor(
    private readonly analysis: AnalysisService,
    private readonly knowledge: KnowledgeService,
  ) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): Promise<vscode.Hover | undefined> {
    const analysis = await this.analysis.analyze(document);
    if (!analysis || token.isCancellationRequested) return undefined;
    const mention = mentionAt(analysis.mentions, document.offsetAt(position), { inclusiveEnd: false });
    if (!mention) return undefined;
    const kb = await this.knowledge.get();
    const markdown = new vscode.MarkdownString(
      renderHoverCard(mention.entry, {
        lookup: (id) => kb.get(id),
        mentionCount: mentionsOf(analysis.mentions, mention.entry.id).length,
        alternatives: mention.alternatives,
      }),
    );
    markdown.isTrusted = { enabledCommands: [...HOVER_COMMANDS] };
    markdown.supportHtml = false;
    return new vscode.Hover(markdown, toRange(document, mention));
  }
}
