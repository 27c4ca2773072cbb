import { parseBundle, type KnowledgeBase, type KbEntry } from '../kb';
import * as vscode from 'vscode';

/**
 * Owns the knowledge the extension uses: the bundled KB (loaded lazily, off the activation path)
 * and, on top of it, whatever the workspace adds. Fires `onDidChange` when the knowledge changes.
 */
export class KnowledgeService implements vscode.Disposable {
  private bundled: Promise<KnowledgeBase> | undefined;
  private current: Promise<KnowledgeBase> | undefined;
  private overlay: ((base: KnowledgeBase) => KnowledgeBase) | undefined;
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;

  constructor(private readonly extensionUri: vscode.Uri) {}

  /** The knowledge in force now. Rejects with a message naming the stage if the bundle cannot load. */
  get(): Promise<KnowledgeBase> {
    return (this.current ??= this.loadBundled().then((base) => (this.overlay ? this.overlay(base) : base)));
  }

  /** Replaces what the workspace adds on top of the bundled KB (see workspace KB files). */
  setOverlay(overlay: ((base: KnowledgeBase) => KnowledgeBase) | undefined): void {
    if (overlay === undefined && this.overlay === undefined) return; // nothing changes: spare a re-analysis
    this.overlay = overlay;
    this.current = undefined;
    this.changed.fire();
  }

  loadBundled(): Promise<KnowledgeBase> {
    return (this.bundled ??= (async () => {
      const uri = vscode.Uri.joinPath(this.extensionUri, 'dist', 'kb', 'kb.json');
      try {
        const bytes = await vscode.workspace.fs.readFile(uri);
        return parseBundle(new TextDecoder().decode(bytes));
      } catch (error) {
        throw new Error(`loading the bundled knowledge base (${uri.fsPath}) failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
      }
    })());
  }

  /** Where an entry is defined: the bundled YAML shipped with the extension, or a user's KB file. */
  locationOf(entry: KbEntry): vscode.Location | undefined {
    if (!entry.source) return undefined;
    const uri = /^[a-z][a-z0-9+.-]+:/i.test(entry.source.file)
      ? vscode.Uri.parse(entry.source.file)
      : vscode.Uri.joinPath(this.extensionUri, entry.source.file);
    const line = Math.max(0, entry.source.line - 1);
    return new vscode.Location(uri, new vscode.Range(line, 0, line, 0));
  }

  dispose(): void {
    this.changed.dispose();
  }
}
