import { partitionPoint } from '../text';
import type { OutlineMention } from './types';

/**
 * The KB ids mentioned inside [start, end), each once, in order of appearance. Mentions must be
 * sorted by start (as `analyzeDocument` returns them); a binary search finds the first.
 */
export function entitiesIn(mentions: readonly OutlineMention[], start: number, end: number): string[] {
  const first = partitionPoint(mentions.length, (i) => mentions[i].start < start);
  const ids: string[] = [];
  for (let i = first; i < mentions.length && mentions[i].start < end; i++) {
    const id = mentions[i].entry.id;
    if (mentions[i].end <= end && !ids.includes(id)) ids.push(id);
  }
  return ids;
}
