/**
 * The knowledge base: its schema, the loader that reports every problem with file and line, the
 * compiled bundle and the loaded `KnowledgeBase`. The only way into this folder from outside it.
 */
export * from './schema';
export { KnowledgeBase, type PackedEntries } from './knowledgeBase';
export { loadKnowledge, type KbSource, type LoadedKnowledge } from './loadKnowledge';
export { parseBundle, readBundleHeader, writeBundle, layerOfFile, BUNDLE_FILE, BUNDLE_FORMAT, type KbBundleHeader } from './bundle';
export { formatDiagnostic, type KbDiagnostic } from './diagnostics';
export { slugify, uniqueId } from './slug';
export { addEntryEdit, applyEdit, type NewKbEntry, type TextEdit } from './kbFileWriter';
