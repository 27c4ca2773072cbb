import { parseMarkdown } from '../core/markdownRegions';
import type { Block } from './blocks';
import { findDirectives, type Directive } from './directives';
import { readItems } from './documentItems';
import { entitiesIn } from './entities';
import type { FlatEntry } from './flatUnits';
import { buildHierarchy, limitLeaves, type FlatUnit, type TreeNode } from './hierarchy';
import { markdownBlocks, markdownDirectives } from './markdownBlocks';
import { plainTextBlocks } from './plainTextBlocks';
import { chooseUnits } from './selectUnits';
import type { OutlineInput, OutlineMention, OutlineUnit } from './types';

/**
 * The argument outline of a document: its sections, and the sentences that carry the argument
 * (thesis, claims, reasons, counter-claims, evidence, conclusions), nested as a reader would
 * follow them. Pure and linear in the text: blocks -> sentences -> cues -> roles -> tree.
 *
 *     extractArgumentOutline({ text, language: 'plaintext', mentions: analysis.mentions })
 */
export function extractArgumentOutline(input: OutlineInput): OutlineUnit[] {
  const { text } = input;
  let blocks: Block[];
  let directives: Directive[];
  if (input.language === 'markdown') {
    const tree = input.tree ?? parseMarkdown(text);
    directives = markdownDirectives(text, tree);
    blocks = markdownBlocks(text, tree);
  } else {
    directives = findDirectives(text);
    blocks = plainTextBlocks(text, directives);
  }
  const items = readItems(text, blocks);
  const flat = chooseUnits(text, items, directives);
  return toOutline(limitLeaves(buildHierarchy(flat.map((f) => f.unit))), flat, input.mentions);
}

/** The public tree: levels from the nesting, labels and entities for the units that made it. */
function toOutline(roots: readonly TreeNode[], flat: readonly FlatEntry[], mentions: readonly OutlineMention[]): OutlineUnit[] {
  const labelOf = new Map<FlatUnit, () => string>();
  for (const entry of flat) labelOf.set(entry.unit, entry.label);
  const sorted = isSorted(mentions) ? mentions : [...mentions].sort((a, b) => a.start - b.start);
  const convert = (node: TreeNode, level: number): OutlineUnit => ({
    role: node.role,
    level,
    start: node.unit.start,
    end: node.unit.end,
    label: labelOf.get(node.unit)?.() ?? '',
    cue: node.unit.cue,
    entities: entitiesIn(sorted, node.unit.start, node.unit.end),
    children: node.children.map((child) => convert(child, level + 1)),
  });
  return roots.map((root) => convert(root, 0));
}

function isSorted(mentions: readonly OutlineMention[]): boolean {
  for (let i = 1; i < mentions.length; i++) if (mentions[i].start < mentions[i - 1].start) return false;
  return true;
}
