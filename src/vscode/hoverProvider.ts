import * as vscode from 'vscode';
import { HOVER_COMMANDS } from '../core/hoverCard';
import type { IrService } from '../service';
import { toRange } from './positions';

/** Hover cards for recognised mentions. KB text is escaped; only our own commands are trusted. */
export class EntityHoverProvider implements vscode.HoverProvider {
  constructor(private readonly service: IrService) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): Promise<vscode.Hover | undefined> {
    const hover = await this.service.hover(document.uri.toString(), document.offsetAt(position));
    if (!hover || token.isCancellationRequested) return undefined;
    const markdown = new vscode.MarkdownString(hover.markdown);
    markdown.isTrusted = { enabledCommands: [...HOVER_COMMANDS] };
    markdown.supportHtml = false;
    return new vscode.Hover(markdown, toRange(document, hover.span));
  }
}
