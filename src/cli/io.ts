import type { KnowledgeBase } from '../kb';

export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

export interface CliContext {
  readonly io: CliIo;
  /** The bundled knowledge, loaded on first use. */
  readonly bundledKnowledge: () => KnowledgeBase;
}

export type OutputFormat = 'json' | 'text';
