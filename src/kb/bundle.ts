import { deserializeTrie, type SerializedTrie } from '../matcher';
import type { KbDiagnostic } from './diagnostics';
import { KnowledgeBase } from './knowledgeBase';
import type { KbEntry } from './schema';

/** The compiled KB shipped in `dist/kb/kb.json`. Source paths are relative to the package root. */
export interface KbBundle {
  readonly format: 4;
  readonly entries: readonly KbEntry[];
  readonly diagnostics: readonly KbDiagnostic[];
  /** The alias trie of `entries`, prebuilt so loading the KB costs a JSON parse, not a trie build. */
  readonly trie: SerializedTrie;
}

/** 4: aliases carry their role (surname, everyday, blocking phrase) for the rules in context. */
export const BUNDLE_FORMAT = 4;

/** Which layer a bundled source file belongs to (see src/kb/data/FORMAT.md). */
export function layerOfFile(fileName: string): number {
  if (/(^|\/)countries\.ya?ml$/.test(fileName)) return 0;
  if (/(^|\/)seed-[^/]*\.ya?ml$/.test(fileName)) return 2;
  return 1;
}

export function parseBundle(json: string): KnowledgeBase {
  const bundle = JSON.parse(json) as KbBundle;
  if (bundle.format !== BUNDLE_FORMAT || !Array.isArray(bundle.entries)) {
    throw new Error(`unsupported KB bundle format ${String(bundle.format)}`);
  }
  return new KnowledgeBase(bundle.entries, deserializeTrie(bundle.trie));
}
