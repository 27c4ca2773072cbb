import { ensureClassified, KEY_UNIT } from '../text';
import type { AliasTrie } from './aliasTrie';

/**
 * Per trie, the label of each text unit (`trie.label[KEY_UNIT[unit]]`), filled as units are met:
 * one table read per step instead of two. `filled` tells a unit outside the alphabet from one not
 * looked up yet; it is read only when a step fails.
 */
export interface UnitLabels {
  readonly labels: Uint16Array;
  readonly filled: Uint8Array;
}

const unitLabelCache = new WeakMap<AliasTrie, UnitLabels>();

export function unitLabelsOf(trie: AliasTrie): UnitLabels {
  let units = unitLabelCache.get(trie);
  if (!units) {
    units = { labels: new Uint16Array(0x10000), filled: new Uint8Array(0x10000) };
    unitLabelCache.set(trie, units);
  }
  return units;
}

export function fillUnitLabel(units: UnitLabels, trie: AliasTrie, unit: number): void {
  ensureClassified(unit);
  units.labels[unit] = trie.label[KEY_UNIT[unit]];
  units.filled[unit] = 1;
}
