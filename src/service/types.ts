import type { KnowledgeBase } from '../kb';

/** Where log lines go: VS Code's LogOutputChannel, the language server's console, or nowhere. */
export interface Logger {
  trace(message: string): void;
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export const SILENT_LOGGER: Logger = { trace() {}, debug() {}, info() {}, warn() {}, error() {} };

export interface CancellationToken {
  readonly isCancellationRequested: boolean;
}

export interface Disposable {
  dispose(): void;
}

/**
 * What the service needs from the editor or tool it runs in. Everything else (documents, caches,
 * analysis, knowledge overlays) the service owns.
 */
export interface IrServiceHost {
  readonly log: Logger;
  /** The knowledge base shipped with IR Lens. */
  loadBundledKnowledge(): Promise<KnowledgeBase>;
  /** URIs of the workspace's KB files matching these globs (irLens.knowledgeBase.files). */
  findKnowledgeFiles(patterns: readonly string[]): Promise<readonly string[]>;
  /** URIs of the workspace's Markdown and text papers no larger than `maxFileSize` bytes. */
  findPapers(maxFileSize: number, token?: CancellationToken): Promise<readonly string[]>;
  /** A file's text, or undefined when it cannot be read. */
  readFile(uri: string): Promise<string | undefined>;
  /** Whether the workspace is trusted; untrusted workspaces use the bundled KB only. */
  isTrusted(): boolean;
}
