import type { Span } from '../text';
import type { OutlineRole } from './types';

/**
 * Nests the flat, ordered units into the outline tree:
 * - sections nest by heading depth and contain everything up to the next section of their depth;
 * - theses and claims sit in their section; reasons under the unit that announced their series
 *   (or the claim just before the first item, or the section);
 * - a reason's scope runs until the next reason, thesis, section or summing-up conclusion: claims
 *   and conclusions inside it nest under the reason;
 * - evidence and counter-claims nest under the nearest claim-like unit (claim, reason, thesis,
 *   conclusion) of the section: one in their own paragraph, else the open reason, else the last
 *   topic claim; a reply to an objection nests under the objection.
 */
export interface FlatUnit extends Span {
  readonly role: OutlineRole;
  readonly cue: string;
  /** Heading depth for sections; 0 otherwise. */
  readonly depth: number;
  /** Index of the paragraph the sentence is in; -1 for sections. */
  readonly paragraph: number;
  /** How sure the cue is; decides which leaves stay when a parent has too many (see limitLeaves). */
  readonly score: number;
  /** A summing-up conclusion ("In sum", "To summarize"): it closes an open series. */
  readonly strong: boolean;
  readonly series?: { readonly id: number; readonly first: boolean; readonly announcer?: number };
  /** For a numbered item inside a sentence: the index (in the flat list) of its head clause. */
  readonly itemOf?: number;
  /** For the author's reply to an objection: the index (in the flat list) of the counter-claim. */
  readonly replyTo?: number;
  /** The first sentence of its paragraph: a topic claim governs the paragraphs after it. */
  readonly topic: boolean;
  /** For an announcer: its index among the sentences, matched by `series.announcer`. */
  readonly sentence?: number;
  /** Why it has its role, where the cue alone does not say. */
  readonly why?: string;
  /** Found from its paragraph alone (no cue): a reason of this kind supports a claim but opens no scope. */
  readonly local?: boolean;
  /** The author accepts it without evidence. */
  readonly supported?: boolean;
}

export interface TreeNode {
  readonly unit: FlatUnit;
  /** The unit's role, which nesting may refine (an "I would argue" inside a reason is a claim). */
  role: OutlineRole;
  readonly children: TreeNode[];
}

interface SectionScope {
  readonly node: TreeNode | undefined;
  readonly depth: number;
  reason?: TreeNode;
  /** The nearest claim-like unit, for evidence and counter-claims. */
  anchor?: TreeNode;
  /** The last claim-like unit that opened its paragraph. */
  topicAnchor?: TreeNode;
  /** The last thesis or claim outside any reason, with its paragraph: a candidate series parent. */
  lastClaim?: { node: TreeNode; paragraph: number };
}

export function buildHierarchy(units: readonly FlatUnit[]): TreeNode[] {
  const roots: TreeNode[] = [];
  const stack: SectionScope[] = [{ node: undefined, depth: 0 }];
  const bySentence = new Map<number, TreeNode>();
  const scopeOf = new Map<TreeNode, SectionScope>();
  const seriesParent = new Map<number, TreeNode | undefined>();
  const nodes: TreeNode[] = [];

  const attach = (parent: TreeNode | undefined, node: TreeNode): void => {
    (parent ? parent.children : roots).push(node);
  };

  for (const unit of units) {
    const node: TreeNode = { unit, role: unit.role, children: [] };
    nodes.push(node);
    const scope = stack[stack.length - 1];
    scopeOf.set(node, scope);
    if (unit.sentence !== undefined) bySentence.set(unit.sentence, node);

    if (unit.itemOf !== undefined || unit.replyTo !== undefined) {
      attach(nodes[(unit.itemOf ?? unit.replyTo)!], node);
      if (unit.replyTo !== undefined) scope.anchor = node;
      continue;
    }
    switch (unit.role) {
      case 'section': {
        while (stack.length > 1 && stack[stack.length - 1].depth >= unit.depth) stack.pop();
        attach(stack[stack.length - 1].node, node);
        stack.push({ node, depth: unit.depth });
        continue;
      }
      case 'thesis':
        if (scope.reason) {
          // The author's own answer inside a reason ("I would argue that even though ...").
          node.role = 'claim';
          attach(scope.reason, node);
          scope.anchor = node;
          break;
        }
        attach(scope.node, node);
        scope.anchor = node;
        scope.lastClaim = { node, paragraph: unit.paragraph };
        break;
      case 'claim': {
        // The points of a list its sentence announced ("We will ..., including by:") sit under that sentence.
        const announcer = unit.series?.announcer !== undefined ? bySentence.get(unit.series.announcer) : undefined;
        if (announcer && scopeOf.get(announcer) === scope) {
          attach(announcer, node);
          break;
        }
        attach(scope.reason ?? scope.node, node);
        scope.anchor = node;
        if (!scope.reason) scope.lastClaim = { node, paragraph: unit.paragraph };
        break;
      }
      case 'reason': {
        const series = unit.series;
        let parent: TreeNode | undefined;
        if (series && !series.first && seriesParent.has(series.id)) {
          parent = seriesParent.get(series.id);
        } else {
          const announcer = series?.announcer !== undefined ? bySentence.get(series.announcer) : undefined;
          if (announcer && scopeOf.get(announcer) === scope) parent = announcer;
          else if (scope.lastClaim && scope.lastClaim.paragraph >= unit.paragraph - 1) parent = scope.lastClaim.node;
          else parent = scope.node;
          if (series) seriesParent.set(series.id, parent);
        }
        // A series that runs on into a later section nests there, not back in the first one.
        if (parent !== scope.node && (!parent || scopeOf.get(parent) !== scope)) parent = scope.node;
        attach(parent, node);
        scope.anchor = node;
        if (unit.local && !series) break;
        scope.reason = node;
        scope.topicAnchor = node;
        break;
      }
      case 'conclusion':
        if (unit.strong || !scope.reason) {
          attach(scope.node, node);
          scope.reason = undefined;
          if (unit.strong) scope.topicAnchor = undefined;
        } else {
          attach(scope.reason, node);
        }
        scope.anchor = node;
        break;
      case 'counterclaim':
      case 'evidence': {
        const anchor = scope.anchor;
        const near = anchor && (anchor.unit.paragraph === unit.paragraph || anchor === scope.reason || anchor.role === 'thesis');
        attach(near ? anchor : (scope.reason ?? scope.topicAnchor ?? scope.node), node);
        break;
      }
    }
    if (unit.topic && node.role !== 'section' && node.role !== 'evidence' && node.role !== 'counterclaim') scope.topicAnchor = node;
  }
  return roots;
}


/** Leaves worth showing under one claim-like parent: the best evidence, the two strongest objections. */
const LEAF_LIMITS: Partial<Record<OutlineRole, number>> = { evidence: 1, counterclaim: 2 };

/**
 * Drops the weaker evidence and counter-claims where one parent has more than its share, keeping
 * document order. Forced units (directives) score above any cue and always stay.
 */
export function limitLeaves(nodes: TreeNode[], parent?: TreeNode): TreeNode[] {
  for (const node of nodes) if (node.children.length > 0) limitLeaves(node.children, node);
  // A section's own leaves are its content (a section of objections); only claims get a share.
  if (nodes.length <= 1 || !parent || parent.role === 'section') return nodes;
  const drop = new Set<TreeNode>();
  for (const [role, limit] of Object.entries(LEAF_LIMITS) as [OutlineRole, number][]) {
    const leaves = nodes.filter((n) => n.role === role && n.children.length === 0 && n.unit.score < FORCED_SCORE);
    if (leaves.length <= limit) continue;
    const ranked = [...leaves].sort((a, b) => b.unit.score - a.unit.score || a.unit.start - b.unit.start);
    for (const n of ranked.slice(limit)) drop.add(n);
  }
  if (drop.size === 0) return nodes;
  const kept = nodes.filter((n) => !drop.has(n));
  nodes.length = 0;
  nodes.push(...kept);
  return nodes;
}

/** The score given to units the author or the structure imposes. */
export const FORCED_SCORE = 10;
