import { KnowledgeBase, loadKnowledge, type KbDiagnostic, type KbSource } from '../kb';
import { Emitter } from './events';
import type { Disposable, IrServiceHost } from './types';

/** Workspace KB layer: above the bundled KB (countries 0, world 1, seed 2). */
const USER_LAYER = 3;
const RELOAD_DELAY_MS = 200;

/**
 * The knowledge in force: the bundled KB and, over it, the workspace's KB files (read from disk, or
 * as edited in an open editor). Reloads them when told a file changed, reports their problems per
 * file, and fires `onDidChange` when the knowledge changes. Untrusted workspaces use the bundled KB.
 */
export class KnowledgeStore implements Disposable {
  private bundled: Promise<KnowledgeBase> | undefined;
  private current: Promise<KnowledgeBase> | undefined;
  private overlay: KnowledgeBase | undefined;
  private files: readonly string[] = [];
  /** Texts of KB files open in the editor, which win over the files on disk. */
  private readonly openTexts = new Map<string, string>();
  private diagnostics: ReadonlyMap<string, readonly KbDiagnostic[]> = new Map();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private rediscoverPending = false;
  private generation = 0;
  private readonly changed = new Emitter<void>();
  private readonly diagnosticsChanged = new Emitter<ReadonlyMap<string, readonly KbDiagnostic[]>>();
  private readonly reloaded = new Emitter<void>();
  readonly onDidChange = this.changed.event;
  readonly onDidChangeDiagnostics = this.diagnosticsChanged.event;
  /** Fires after every reload of the workspace files, whether or not anything changed. */
  readonly onDidReload = this.reloaded.event;

  constructor(
    private readonly host: IrServiceHost,
    private patterns: () => readonly string[],
  ) {}

  /** The knowledge in force now. Rejects, naming the stage, if the bundled KB cannot load. */
  get(): Promise<KnowledgeBase> {
    return (this.current ??= this.loadBundled().then((base) => this.overlay ?? base));
  }

  loadBundled(): Promise<KnowledgeBase> {
    return (this.bundled ??= (async () => {
      const started = Date.now();
      const kb = await this.host.loadBundledKnowledge();
      this.host.log.info(`knowledge base loaded: ${kb.size} entries in ${Date.now() - started} ms`);
      return kb;
    })().catch((error: unknown) => {
      this.host.log.error(`loading the bundled knowledge base failed: ${messageOf(error)}`);
      throw error;
    }));
  }

  /** The workspace KB files found at the last reload. */
  get knowledgeFiles(): readonly string[] {
    return this.files;
  }

  /** Problems found in the workspace KB files, by file URI. */
  get problems(): ReadonlyMap<string, readonly KbDiagnostic[]> {
    return this.diagnostics;
  }

  /** A KB file was created, changed on disk or edited (`text` while it is open), or deleted/closed. */
  fileChanged(uri: string, change: { readonly text?: string; readonly created?: boolean; readonly deleted?: boolean; readonly closed?: boolean } = {}): void {
    if (change.text !== undefined) this.openTexts.set(uri, change.text);
    if (change.closed || change.deleted) this.openTexts.delete(uri);
    this.schedule(Boolean(change.created || change.deleted || !this.files.includes(uri)));
  }

  /** Finds the files again and reloads them now (settings or trust changed, or asked for). */
  async reload(rediscover = true): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    const generation = ++this.generation;
    if (!this.host.isTrusted()) {
      this.files = [];
      this.apply(generation, undefined, new Map());
      return;
    }
    if (rediscover) {
      const found = new Set(await this.host.findKnowledgeFiles(this.patterns()).catch(() => [] as string[]));
      for (const uri of this.openTexts.keys()) found.add(uri);
      this.files = [...found].sort();
    }
    const sources: KbSource[] = [];
    for (const uri of this.files) {
      const text = this.openTexts.get(uri) ?? (await this.host.readFile(uri));
      if (text !== undefined) sources.push({ file: uri, text, layer: USER_LAYER });
    }
    const base = await this.loadBundled().catch(() => undefined);
    if (generation !== this.generation || !base) return; // a newer reload is under way
    if (sources.length === 0) {
      this.apply(generation, undefined, new Map());
      return;
    }
    const started = Date.now();
    const { entries, diagnostics } = loadKnowledge(sources, { base: base.entries });
    const byFile = new Map<string, KbDiagnostic[]>(sources.map((s) => [s.file, []]));
    for (const d of diagnostics) byFile.get(d.file)?.push(d);
    const problems = diagnostics.filter((d) => byFile.has(d.file)).length;
    this.host.log.info(`workspace knowledge: ${sources.length} file(s), ${entries.length - base.size} new entries, ${problems} problem(s), ${Date.now() - started} ms`);
    this.apply(generation, new KnowledgeBase(entries), byFile);
  }

  private apply(generation: number, overlay: KnowledgeBase | undefined, diagnostics: ReadonlyMap<string, readonly KbDiagnostic[]>): void {
    if (generation !== this.generation) return;
    const unchanged = overlay === undefined && this.overlay === undefined;
    this.overlay = overlay;
    this.diagnostics = diagnostics;
    this.diagnosticsChanged.fire(diagnostics);
    if (!unchanged) {
      this.current = undefined;
      this.changed.fire();
    }
    this.reloaded.fire();
  }

  private schedule(rediscover: boolean): void {
    this.rediscoverPending ||= rediscover;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      const again = this.rediscoverPending;
      this.rediscoverPending = false;
      void this.reload(again);
    }, RELOAD_DELAY_MS);
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.generation++;
    this.changed.dispose();
    this.diagnosticsChanged.dispose();
    this.reloaded.dispose();
  }
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
