import type { Span } from '../text';
import type { Item } from './documentItems';
import { entitiesIn } from './entities';
import { countCitations } from './evidenceCues';
import type { FlatEntry } from './flatUnits';
import { buildHierarchy, limitLeaves, type FlatUnit, type TreeNode } from './hierarchy';
import { readDocument } from './readDocument';
import { chooseUnits } from './selectUnits';
import type { OutlineInput, OutlineMention, OutlineRole, OutlineUnit, Support } from './types';

/**
 * The argument outline of a document: its sections, and the sentences that carry the argument
 * (thesis, claims, reasons, counter-claims, evidence, conclusions), nested as a reader would
 * follow them. Pure and linear in the text: blocks -> sentences -> cues -> roles -> tree.
 *
 *     extractArgumentOutline({ text, language: 'plaintext', mentions: analysis.mentions })
 */
export function extractArgumentOutline(input: OutlineInput): OutlineUnit[] {
  const { text } = input;
  const { items, directives } = readDocument(input);
  const mentions = isSorted(input.mentions) ? input.mentions : [...input.mentions].sort((a, b) => a.start - b.start);
  const flat = chooseUnits(text, items, directives, mentions);
  return toOutline(limitLeaves(buildHierarchy(flat.map((f) => f.unit))), flat, mentions, paragraphFacts(items));
}

/** The public tree: levels from the nesting, labels, entities, ids, support links and counts. */
function toOutline(roots: readonly TreeNode[], flat: readonly FlatEntry[], mentions: readonly OutlineMention[], facts: ReadonlyMap<number, ParagraphFacts>): OutlineUnit[] {
  const labelOf = new Map<FlatUnit, () => string>();
  const idOf = new Map<FlatUnit, string>();
  flat.forEach((entry, index) => {
    labelOf.set(entry.unit, entry.label);
    idOf.set(entry.unit, `u${index + 1}`);
  });
  const convert = (node: TreeNode, level: number, parent: TreeNode | undefined): OutlineUnit => {
    const supports = parent && SUPPORTING.has(node.role) && CLAIM_LIKE.has(parent.role) ? idOf.get(parent.unit) : undefined;
    const answers = node.unit.replyTo !== undefined ? idOf.get(flat[node.unit.replyTo].unit) : undefined;
    return {
      role: node.role,
      level,
      start: node.unit.start,
      end: node.unit.end,
      label: labelOf.get(node.unit)?.() ?? '',
      cue: node.unit.cue,
      why: explainRole(node),
      id: idOf.get(node.unit)!,
      ...(supports ? { supports } : {}),
      ...(answers ? { answers } : {}),
      ...(CLAIM_LIKE.has(node.role) ? { support: supportOf(node, facts.get(node.unit.paragraph)) } : {}),
      entities: entitiesIn(mentions, node.unit.start, node.unit.end),
      children: node.children.map((child) => convert(child, level + 1, node)),
    };
  };
  return roots.map((root) => convert(root, 0, undefined));
}

const CLAIM_LIKE: ReadonlySet<OutlineRole> = new Set(['thesis', 'claim', 'reason', 'conclusion']);
const SUPPORTING: ReadonlySet<OutlineRole> = new Set(['claim', 'reason', 'evidence']);

/** What a paragraph holds besides its units: citations and footnotes, and sentences that report facts. */
interface ParagraphFacts {
  readonly citations: number;
  readonly factSentences: readonly Span[];
}

function paragraphFacts(items: readonly Item[]): Map<number, ParagraphFacts> {
  const facts = new Map<number, { citations: number; factSentences: Span[] }>();
  for (const item of items) {
    if (item.kind !== 'sentence') continue;
    let entry = facts.get(item.paragraph);
    if (!entry) facts.set(item.paragraph, (entry = { citations: 0, factSentences: [] }));
    entry.citations += item.notes.length + countCitations(item.clean);
    if (item.cues.hits.some((h) => h.role === 'evidence' && h.strength >= FACT_STRENGTH)) entry.factSentences.push(item);
  }
  return facts;
}

/** An evidence signal this strong (a figure, a citation, a source) makes a sentence a report of facts. */
const FACT_STRENGTH = 2.5;

/** Support counted for a claim-like unit (see `Support`). */
function supportOf(node: TreeNode, facts: ParagraphFacts | undefined): Support {
  const count = (role: OutlineRole): number => node.children.filter((c) => c.role === role).length;
  const childEvidence = node.children.filter((c) => c.role === 'evidence');
  const ownFacts = (facts?.factSentences ?? []).filter((s) => !childEvidence.some((c) => c.unit.start === s.start));
  return {
    reasons: count('reason') + (node.role === 'thesis' ? count('claim') : 0),
    evidence: childEvidence.length + ownFacts.length,
    citations: facts?.citations ?? 0,
    answered: count('counterclaim'),
    accepted: node.unit.supported === true,
  };
}

function isSorted(mentions: readonly OutlineMention[]): boolean {
  for (let i = 1; i < mentions.length; i++) if (mentions[i].start < mentions[i - 1].start) return false;
  return true;
}

/** The tooltip's "why": the step that chose the unit, else the cue that gave its role. */
function explainRole(node: TreeNode): string {
  const { unit, role } = node;
  if (role === 'section') return 'a heading';
  if (unit.cue.startsWith('irLens:')) return `set by the directive <!-- ${unit.cue} -->`;
  if (unit.why) return unit.why;
  if (unit.series) return `an item of an enumeration ("${unit.cue}")`;
  if (unit.itemOf !== undefined) return `a numbered item (${unit.cue})`;
  if (unit.replyTo !== undefined) return `answers the objection before it ("${unit.cue}")`;
  return unit.cue ? `the cue "${unit.cue}"` : 'its place in the argument';
}
