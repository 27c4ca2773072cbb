import { deserializeTrie, type SerializedTrie } from '../matcher';
import type { KbDiagnostic } from './diagnostics';
import { KnowledgeBase, type PackedEntries } from './knowledgeBase';
import type { KbEntry } from './schema';

/** The compiled KB's file name, under `dist/kb/`. */
export const BUNDLE_FILE = 'kb.jsonl';

/**
 * The first line of the compiled KB. Every later line is one entry as JSON, in the order of `ids`:
 * loading decodes and parses only this line, and each entry the first time it is needed (a paper
 * touches a few hundred of several thousand). Source paths are relative to the package root.
 */
export interface KbBundleHeader {
  readonly format: 7;
  readonly ids: readonly string[];
  readonly types: readonly string[];
  /** Indices of historical states with a successor (dated names), so finding them parses no other entry. */
  readonly historical: readonly number[];
  readonly diagnostics: readonly KbDiagnostic[];
  /** The alias trie of the entries, prebuilt so loading the KB costs a JSON parse, not a trie build. */
  readonly trie: SerializedTrie;
}

/**
 * 7: a header line, then one line per entry, read lazily; 5: the trie's arrays as delta varints;
 * 4: aliases carry their role (surname, everyday, blocking phrase).
 */
export const BUNDLE_FORMAT = 7;

const NEWLINE = 0x0a;

/** The compiled KB's text: the header line and one line per entry. */
export function writeBundle(entries: readonly KbEntry[], diagnostics: readonly KbDiagnostic[], trie: SerializedTrie): string {
  const historical = entries.flatMap((e, i) => (e.subtype === 'state' && e.successor && e.existed ? [i] : []));
  const header: KbBundleHeader = { format: BUNDLE_FORMAT, ids: entries.map((e) => e.id), types: entries.map((e) => e.type), historical, diagnostics, trie };
  return [header, ...entries].map((line) => JSON.stringify(line)).join('\n') + '\n';
}

/** Which layer a bundled source file belongs to (see src/kb/data/FORMAT.md). */
export function layerOfFile(fileName: string): number {
  if (/(^|\/)countries\.ya?ml$/.test(fileName)) return 0;
  // Additions and corrections to world and country entries: over the world files, under the seed.
  if (/(^|\/)amendments\.ya?ml$/.test(fileName)) return 1.5;
  if (/(^|\/)seed-[^/]*\.ya?ml$/.test(fileName)) return 2;
  return 1;
}

/** The first line of a compiled bundle's bytes, checked for its format. */
export function readBundleHeader(bytes: Uint8Array): KbBundleHeader {
  const headerEnd = bytes.indexOf(NEWLINE);
  const header = JSON.parse(new TextDecoder().decode(headerEnd < 0 ? bytes : bytes.subarray(0, headerEnd))) as KbBundleHeader;
  if (header.format !== BUNDLE_FORMAT || !Array.isArray(header.ids) || !Array.isArray(header.types)) {
    throw new Error(`unsupported KB bundle format ${String(header.format)}`);
  }
  return header;
}

/** The knowledge base in a compiled bundle's bytes (UTF-8). */
export function parseBundle(bytes: Uint8Array): KnowledgeBase {
  const decoder = new TextDecoder();
  const header = readBundleHeader(bytes);
  const headerEnd = bytes.indexOf(NEWLINE);
  // Where each entry's line starts (one more for the end): a memchr per line, no decoding.
  const starts = new Int32Array(header.ids.length + 1);
  let at = headerEnd + 1;
  for (let i = 0; i < header.ids.length; i++) {
    starts[i] = at;
    const end = bytes.indexOf(NEWLINE, at);
    if (end < 0) throw new Error(`the KB bundle ends after ${i} of ${header.ids.length} entries`);
    at = end + 1;
  }
  starts[header.ids.length] = at;
  const packed: PackedEntries = {
    ids: header.ids,
    types: header.types,
    historical: header.historical ?? [],
    read: (index) => JSON.parse(decoder.decode(bytes.subarray(starts[index], starts[index + 1] - 1))) as KbEntry,
  };
  return new KnowledgeBase(packed, deserializeTrie(header.trie));
}
