import type { KbEntry } from './schema';

/**
 * Applies an overlay entry to a base entry with the same id: fields the overlay gives replace the
 * base's, except `aliases` and `related`, which are added (without repeats). The overlay's source
 * location wins, so go-to-definition opens the most specific definition.
 */
export function mergeEntry(base: KbEntry, overlay: KbEntry): KbEntry {
  const aliases = [...base.aliases];
  for (const alias of overlay.aliases) {
    if (!aliases.some((a) => a.text === alias.text && a.lang === alias.lang)) aliases.push(alias);
  }
  const related = [...new Set([...base.related, ...overlay.related])];
  const merged = { ...base, ...overlay, aliases, related } as KbEntry;
  // An overlay that changes the type starts from its own facts; keeping the base's would mix types.
  return overlay.type === base.type && overlay.subtype === base.subtype ? merged : { ...overlay, aliases, related };
}
