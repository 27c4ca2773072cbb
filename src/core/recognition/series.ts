import type { KbEntry, KnowledgeBase } from '../../kb';

/**
 * Series of meetings and exercises in the KB (entries with `instances`), by the places of their
 * instances: "the Vilnius summit" is the NATO summit of 2023.
 */
const byPlace = new WeakMap<KnowledgeBase, Map<string, KbEntry[]>>();

export function seriesAtPlace(kb: KnowledgeBase, place: string): readonly KbEntry[] {
  let map = byPlace.get(kb);
  if (!map) {
    map = new Map();
    for (let index = 0; index < kb.size; index++) {
      if (kb.typeAt(index) !== 'event') continue;
      const entry = kb.entryAt(index);
      if (entry.type !== 'event' || !entry.instances) continue;
      for (const instance of entry.instances) {
        if (!instance.place) continue;
        const key = instance.place.toLowerCase();
        const list = map.get(key) ?? [];
        if (!list.includes(entry)) list.push(entry);
        map.set(key, list);
      }
    }
    byPlace.set(kb, map);
  }
  return map.get(place.toLowerCase()) ?? [];
}

/** The instances of a series held at a place (several years may share one city). */
export function instancesAt(series: KbEntry, place: string): { year: number; place?: string }[] {
  if (series.type !== 'event' || !series.instances) return [];
  return series.instances.filter((i) => i.place?.toLowerCase() === place.toLowerCase());
}
