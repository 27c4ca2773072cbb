import * as vscode from 'vscode';
import { BUNDLE_FILE, parseBundle, type KnowledgeBase } from '../kb';
import type { CancellationToken, IrServiceHost, Logger } from '../service';

const MAX_PAPERS = 2000;

/** What the IR Lens service needs from VS Code: files, the bundled KB, trust, and the log. */
export function createVsCodeHost(extensionUri: vscode.Uri, log: Logger): IrServiceHost {
  return {
    log,
    async loadBundledKnowledge(): Promise<KnowledgeBase> {
      const uri = vscode.Uri.joinPath(extensionUri, 'dist', 'kb', BUNDLE_FILE);
      try {
        return parseBundle(await vscode.workspace.fs.readFile(uri));
      } catch (error) {
        throw new Error(`loading the bundled knowledge base (${uri.fsPath}) failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
      }
    },
    async findKnowledgeFiles(patterns) {
      const found = new Set<string>();
      for (const pattern of patterns) {
        try {
          for (const uri of await vscode.workspace.findFiles(pattern, '**/node_modules/**', 500)) found.add(uri.toString());
        } catch {
          // No file search here (a virtual workspace without a search provider): open KB documents still count.
        }
      }
      return [...found];
    },
    async findPapers(maxFileSize: number, token?: CancellationToken) {
      // findFiles applies files.exclude when no exclude is given. Without a file search (no ripgrep, a
      // virtual file system) the open documents are what we have.
      const files = await vscode.workspace
        .findFiles('**/*.{md,markdown,txt}', undefined, MAX_PAPERS, token as vscode.CancellationToken | undefined)
        .then((found) => found, () => [] as vscode.Uri[]);
      const papers: string[] = [];
      for (const uri of files) {
        if (uri.path.includes('/node_modules/')) continue;
        const size = await vscode.workspace.fs.stat(uri).then((s) => s.size, () => Infinity);
        if (size <= maxFileSize) papers.push(uri.toString());
      }
      return papers;
    },
    async readFile(uri) {
      const parsed = vscode.Uri.parse(uri);
      const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
      if (open) return open.getText();
      try {
        return new TextDecoder().decode(await vscode.workspace.fs.readFile(parsed));
      } catch {
        return undefined; // deleted meanwhile, or unreadable
      }
    },
    isTrusted: () => vscode.workspace.isTrusted,
  };
}

/** Where a KB entry's source file is: a user's file by URI, a bundled file inside the extension. */
export function knowledgeFileUri(file: string, extensionUri: vscode.Uri): vscode.Uri {
  return /^[a-z][a-z0-9+.-]+:/i.test(file) ? vscode.Uri.parse(file) : vscode.Uri.joinPath(extensionUri, file);
}
