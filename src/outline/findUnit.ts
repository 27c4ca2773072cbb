import { findSpanIndexAt } from '../text';
import type { OutlineUnit } from './types';

/**
 * Lookups the outline view needs to follow the cursor: the unit at an offset, and each unit's
 * parent (`TreeView.reveal` walks up through `getParent`).
 */

/**
 * The deepest unit at `offset`: one whose span contains it, or else the last unit starting before
 * it along the tree (the unit whose part of the text the cursor is in). Siblings are in document
 * order, so each level is a binary search.
 *
 *     findUnitAt(units, offset)               // the unit to reveal
 *     findUnitAt(units, offset, 'containing') // only a unit whose span holds the offset
 */
export function findUnitAt(units: readonly OutlineUnit[], offset: number, mode: 'nearest' | 'containing' = 'nearest'): OutlineUnit | undefined {
  let found: OutlineUnit | undefined;
  let containing: OutlineUnit | undefined;
  let level = units;
  for (;;) {
    const i = findSpanIndexAt(level, offset);
    if (i < 0) break;
    found = level[i];
    if (offset < found.end) containing = found;
    level = found.children;
  }
  return mode === 'containing' ? containing : found;
}


/** Every unit's parent (top-level units map to undefined). Build once per outline. */
export function buildParentMap(units: readonly OutlineUnit[]): Map<OutlineUnit, OutlineUnit | undefined> {
  const parents = new Map<OutlineUnit, OutlineUnit | undefined>();
  const visit = (unit: OutlineUnit, parent: OutlineUnit | undefined): void => {
    parents.set(unit, parent);
    for (const child of unit.children) visit(child, unit);
  };
  for (const unit of units) visit(unit, undefined);
  return parents;
}

const parentMaps = new WeakMap<readonly OutlineUnit[], Map<OutlineUnit, OutlineUnit | undefined>>();

/** The parent of `unit` in `units` (built on first use and cached per outline). */
export function parentOf(units: readonly OutlineUnit[], unit: OutlineUnit): OutlineUnit | undefined {
  let parents = parentMaps.get(units);
  if (!parents) {
    parents = buildParentMap(units);
    parentMaps.set(units, parents);
  }
  return parents.get(unit);
}

/** All units in document order (depth first), for lists and tests. */
export function flattenOutline(units: readonly OutlineUnit[]): OutlineUnit[] {
  const out: OutlineUnit[] = [];
  const visit = (unit: OutlineUnit): void => {
    out.push(unit);
    unit.children.forEach(visit);
  };
  units.forEach(visit);
  return out;
}
