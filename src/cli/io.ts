import type { KnowledgeBase } from '../kb';

export interface CliIo {
  /** Output; large results come as UTF-8 bytes. */
  readonly stdout: (text: string | Uint8Array) => void;
  readonly stderr: (text: string) => void;
}

export interface CliContext {
  readonly io: CliIo;
  /** The bundled knowledge, loaded on first use. */
  readonly bundledKnowledge: () => KnowledgeBase;
  /** Where the progress bar goes (stderr when it is a terminal). */
  readonly progressStream?: { isTTY?: boolean; columns?: number; write(text: string): unknown };
  /** The built CLI script and its KB, for worker threads; absent in-process (tests), which then runs in one thread. */
  readonly workerScript?: { readonly path: string; readonly kbPath: () => string };
}

export type OutputFormat = 'json' | 'text';
