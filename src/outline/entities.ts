import type { OutlineMention } from './types';

/**
 * The KB ids mentioned inside [start, end), each once, in order of appearance. Mentions must be
 * sorted by start (as `analyzeDocument` returns them); a binary search finds the first.
 */
export function entitiesIn(mentions: readonly OutlineMention[], start: number, end: number): string[] {
  let low = 0;
  let high = mentions.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (mentions[mid].start < start) low = mid + 1;
    else high = mid;
  }
  const ids: string[] = [];
  for (let i = low; i < mentions.length && mentions[i].start < end; i++) {
    const id = mentions[i].entry.id;
    if (mentions[i].end <= end && !ids.includes(id)) ids.push(id);
  }
  return ids;
}
