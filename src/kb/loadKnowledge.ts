import type { KbDiagnostic } from './diagnostics';
import { mergeEntry } from './mergeEntries';
import { readKbFile } from './readKbFile';
import type { KbEntry } from './schema';
import { validateEntry } from './validateEntry';
import { crossCheck } from './crossCheck';

/** A KB file's text, and the layer it belongs to: higher layers extend lower ones. */
export interface KbSource {
  readonly file: string;
  readonly text: string;
  readonly layer: number;
}

export interface LoadedKnowledge {
  readonly entries: KbEntry[];
  readonly diagnostics: KbDiagnostic[];
}

/**
 * Loads KB files into one list of entries. Within a layer a repeated id is an error (the first
 * definition stays); an entry in a higher layer with a known id extends it (see `mergeEntry`).
 * Every valid entry loads, whatever is wrong elsewhere in its file. `base` entries (the bundled KB,
 * already checked) sit below every layer.
 */
export function loadKnowledge(
  sources: readonly KbSource[],
  options: { readonly base?: readonly KbEntry[]; readonly crossCheck?: boolean } = {},
): LoadedKnowledge {
  const diagnostics: KbDiagnostic[] = [];
  const byId = new Map<string, { entry: KbEntry; layer: number }>();
  const order: string[] = [];
  for (const entry of options.base ?? []) {
    byId.set(entry.id, { entry, layer: Number.NEGATIVE_INFINITY });
    order.push(entry.id);
  }
  const sorted = [...sources].sort((a, b) => a.layer - b.layer);
  for (const source of sorted) {
    const read = readKbFile(source.file, source.text);
    diagnostics.push(...read.diagnostics);
    for (const raw of read.entries) {
      const { entry, diagnostics: problems } = validateEntry(raw, source.file, read.locate);
      diagnostics.push(...problems);
      if (!entry) continue;
      const { line } = read.locate(raw.start);
      const located = { ...entry, source: { file: source.file, line } } as KbEntry;
      const existing = byId.get(entry.id);
      if (!existing) {
        byId.set(entry.id, { entry: located, layer: source.layer });
        order.push(entry.id);
      } else if (existing.layer === source.layer) {
        const { line: l, column } = read.locate(raw.start);
        const first = existing.entry.source;
        diagnostics.push({
          file: source.file,
          line: l,
          column,
          start: raw.start,
          end: raw.end,
          severity: 'error',
          message: `duplicate id "${entry.id}" (first defined at ${first?.file}:${first?.line})`,
          entryId: entry.id,
        });
      } else {
        byId.set(entry.id, { entry: mergeEntry(existing.entry, located), layer: source.layer });
      }
    }
  }
  const entries = order.map((id) => byId.get(id)!.entry);
  if (options.crossCheck !== false) diagnostics.push(...crossCheck(entries));
  return { entries, diagnostics };
}
