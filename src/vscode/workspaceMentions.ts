import { LineIndex } from '../text';
import type { KnowledgeBase } from '../kb';
import * as vscode from 'vscode';
import { findMentions, proseRanges } from '../core/analysis';
import { createDocument, languageFromPath } from '../core/document';
import type { AnalysisService } from './analysisService';
import { toLocation, toRangeInText } from './positions';

const MAX_FILES = 2000;

/**
 * Every mention of an entity in the workspace's Markdown and text files: open documents as they
 * are in the editor, other files from disk. Honours `files.exclude` (findFiles applies it when no
 * exclude is given), skips node_modules and files above the size cap.
 */
export async function findWorkspaceMentions(
  entryId: string,
  kb: KnowledgeBase,
  analysis: AnalysisService,
  maxFileSize: number,
  token?: vscode.CancellationToken,
): Promise<vscode.Location[]> {
  const locations: vscode.Location[] = [];
  const seen = new Set<string>();
  for (const document of vscode.workspace.textDocuments) {
    const result = await analysis.analyze(document);
    if (!result) continue;
    seen.add(document.uri.toString());
    for (const m of result.mentions) if (m.entry.id === entryId) locations.push(toLocation(document, m));
  }
  let files: vscode.Uri[] = [];
  try {
    files = await vscode.workspace.findFiles('**/*.{md,markdown,txt}', undefined, MAX_FILES, token);
  } catch {
    // Without a file search (no ripgrep, a virtual file system), the open documents are what we have.
  }
  for (const uri of files) {
    if (token?.isCancellationRequested) break;
    if (seen.has(uri.toString()) || uri.path.includes('/node_modules/')) continue;
    try {
      const stat = await vscode.workspace.fs.stat(uri);
      if (stat.size > maxFileSize) continue;
      const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
      const document = createDocument(uri.toString(), text, languageFromPath(uri.path));
      const lines = new LineIndex(text);
      for (const m of findMentions(text, proseRanges(document).prose, kb)) {
        if (m.entry.id !== entryId) continue;
        locations.push(new vscode.Location(uri, toRangeInText(lines, m)));
      }
    } catch {
      // An unreadable file (deleted meanwhile, permissions) has no mentions to offer.
    }
  }
  return locations;
}
