import { LineIndex } from '../text';
import { type KbDiagnostic, KnowledgeBase, loadKnowledge, type KbSource } from '../kb';
import * as vscode from 'vscode';
import type { KnowledgeService } from './knowledgeService';
import { toRangeInText } from './positions';
import type { SettingsService } from './settingsService';

const RELOAD_DELAY_MS = 200;
/** Workspace KB layer: above the bundled KB (countries 0, world 1, seed 2). */
const USER_LAYER = 3;

/**
 * The user's own knowledge: files matching `irLens.knowledgeBase.files`. Watches them (create,
 * edit while typing, save, delete, rename), reloads them on top of the bundled KB, and reports
 * their problems in the Problems panel at exact ranges. Every valid entry loads, whatever else is
 * wrong in its file. In an untrusted workspace the files are ignored and a status-bar note says so.
 */
export class WorkspaceKnowledge implements vscode.Disposable {
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('irLens.knowledgeBase');
  private readonly disposables: vscode.Disposable[] = [this.diagnostics];
  private readonly watchers: vscode.Disposable[] = [];
  private readonly note = vscode.window.createStatusBarItem('irLens.untrusted', vscode.StatusBarAlignment.Right, 99);
  private files: vscode.Uri[] = [];
  private noteShown = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private generation = 0;
  private readonly loaded = new vscode.EventEmitter<void>();
  /** Fires after each reload has been applied (tests wait on it). */
  readonly onDidLoad = this.loaded.event;

  constructor(
    private readonly knowledge: KnowledgeService,
    private readonly settings: SettingsService,
  ) {
    this.note.name = 'IR Lens workspace knowledge';
    this.note.text = '$(shield) IR Lens: workspace KB ignored';
    this.note.tooltip = 'This workspace is not trusted, so IR Lens uses its bundled knowledge base only and ignores the workspace knowledge-base files. Trust the workspace to use them.';
    this.note.command = 'workbench.trust.manage';
    this.disposables.push(
      this.note,
      this.loaded,
      vscode.workspace.onDidGrantWorkspaceTrust(() => void this.restart()),
      settings.onDidChange(() => void this.restart()),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (this.isKbFile(e.document.uri)) this.schedule();
      }),
      vscode.workspace.onDidCloseTextDocument((d) => {
        if (this.isKbFile(d.uri)) this.schedule(); // unsaved edits are gone: read the file again
      }),
    );
    void this.restart();
  }

  /** The workspace KB files found, in a stable order. */
  get knowledgeFiles(): readonly vscode.Uri[] {
    return this.files;
  }

  /** True while the "workspace KB ignored" status-bar note is shown. */
  get trustNoteVisible(): boolean {
    return this.noteShown;
  }

  get trusted(): boolean {
    return vscode.workspace.isTrusted;
  }

  /** Re-finds the files and re-creates the watchers (settings or trust changed). */
  async restart(): Promise<void> {
    for (const w of this.watchers.splice(0)) w.dispose();
    if (!vscode.workspace.isTrusted) {
      this.files = [];
      this.note.show();
      this.noteShown = true;
      this.diagnostics.clear();
      this.knowledge.setOverlay(undefined);
      this.loaded.fire();
      return;
    }
    this.note.hide();
    this.noteShown = false;
    for (const pattern of this.settings.current.knowledgeBaseFiles) {
      const watcher = vscode.workspace.createFileSystemWatcher(pattern);
      watcher.onDidCreate(() => this.schedule(true));
      watcher.onDidChange(() => this.schedule());
      watcher.onDidDelete(() => this.schedule(true));
      this.watchers.push(watcher);
    }
    await this.reload(true);
  }

  /** Reloads now (also used after "Add to knowledge base"). */
  async reload(rediscover = false): Promise<void> {
    const generation = ++this.generation;
    if (rediscover) this.files = await this.discover();
    const sources: KbSource[] = [];
    for (const uri of this.files) {
      const text = await this.read(uri);
      if (text !== undefined) sources.push({ file: uri.toString(), text, layer: USER_LAYER });
    }
    const base = await this.knowledge.loadBundled().catch(() => undefined);
    if (generation !== this.generation || !base) return; // a newer reload is under way
    if (sources.length === 0) {
      this.diagnostics.clear();
      this.knowledge.setOverlay(undefined);
      this.loaded.fire();
      return;
    }
    const { entries, diagnostics } = loadKnowledge(sources, { base: base.entries });
    const extended = new KnowledgeBase(entries);
    this.publish(sources, diagnostics);
    this.knowledge.setOverlay(() => extended);
    this.loaded.fire();
  }

  private schedule(rediscover = false): void {
    const pending = this.timer !== undefined;
    clearTimeout(this.timer);
    const again = rediscover || pending;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.reload(again);
    }, RELOAD_DELAY_MS);
  }

  private isKbFile(uri: vscode.Uri): boolean {
    if (!vscode.workspace.isTrusted) return false;
    if (this.files.some((f) => f.toString() === uri.toString())) return true;
    return this.settings.current.knowledgeBaseFiles.some((pattern) => vscode.languages.match({ pattern }, { uri, languageId: '' } as vscode.TextDocument) > 0);
  }

  private async discover(): Promise<vscode.Uri[]> {
    const found = new Map<string, vscode.Uri>();
    for (const pattern of this.settings.current.knowledgeBaseFiles) {
      try {
        for (const uri of await vscode.workspace.findFiles(pattern, '**/node_modules/**', 500)) found.set(uri.toString(), uri);
      } catch {
        // No file search here (virtual workspace without a search provider): open KB documents still count.
      }
    }
    for (const document of vscode.workspace.textDocuments) {
      if (document.uri.scheme !== 'git' && this.isKbFile(document.uri)) found.set(document.uri.toString(), document.uri);
    }
    return [...found.values()].sort((a, b) => a.toString().localeCompare(b.toString()));
  }

  /** Open documents are read as edited (live validation); others from disk. */
  private async read(uri: vscode.Uri): Promise<string | undefined> {
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (open) return open.getText();
    try {
      return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    } catch {
      return undefined; // deleted meanwhile
    }
  }

  private publish(sources: readonly KbSource[], problems: readonly KbDiagnostic[]): void {
    this.diagnostics.clear();
    for (const source of sources) {
      const lines = new LineIndex(source.text);
      const own = problems.filter((p) => p.file === source.file);
      this.diagnostics.set(
        vscode.Uri.parse(source.file),
        own.map((p) => {
          const range =
            p.end > p.start
              ? toRangeInText(lines, p)
              : new vscode.Range(p.line - 1, 0, p.line - 1, lines.lineEndOffset(p.line - 1) - lines.lineStartOffset(p.line - 1));
          const diagnostic = new vscode.Diagnostic(range, p.message, p.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning);
          diagnostic.source = 'IR Lens';
          return diagnostic;
        }),
      );
    }
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const w of this.watchers) w.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
