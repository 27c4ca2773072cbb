import type * as vscode from 'vscode';
import type { DocumentLanguage } from '../core/document';

/** The documents IR Lens reads: Markdown and plain text, in any file system. */
export const IR_DOCUMENT_SELECTOR: vscode.DocumentSelector = [{ language: 'markdown' }, { language: 'plaintext' }];

export function irLanguageOf(document: vscode.TextDocument): DocumentLanguage | undefined {
  if (document.languageId === 'markdown') return 'markdown';
  if (document.languageId === 'plaintext') return 'plaintext';
  return undefined;
}
