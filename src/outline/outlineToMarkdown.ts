import type { OutlineRole, OutlineUnit, Support } from './types';

/** How each role reads in a list: "- **Counter-claim**: label". */
export const ROLE_TITLES: Readonly<Record<OutlineRole, string>> = {
  section: 'Section',
  thesis: 'Thesis',
  claim: 'Claim',
  reason: 'Reason',
  counterclaim: 'Counter-claim',
  evidence: 'Evidence',
  conclusion: 'Conclusion',
};

/**
 * The outline as a nested Markdown list, two spaces per level:
 *
 *     - **Section**: Introduction
 *       - **Thesis**: Alliances rarely outlast the threat that formed them
 */
export function outlineToMarkdown(units: readonly OutlineUnit[]): string {
  const lines: string[] = [];
  const visit = (unit: OutlineUnit, depth: number): void => {
    lines.push(`${'  '.repeat(depth)}- **${ROLE_TITLES[unit.role]}**: ${escapeMarkdown(unit.label)}`);
    for (const child of unit.children) visit(child, depth + 1);
  };
  for (const unit of units) visit(unit, 0);
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}

/** Keeps a label from turning into emphasis, a link or HTML when rendered. */
function escapeMarkdown(label: string): string {
  return label.replace(/[\\`*_[\]<>]/g, (c) => `\\${c}`);
}

/**
 * How a unit is supported, in a few words for the view: "2 reasons, 1 citation", "accepted as it
 * stands", or "no support in the paper".
 */
export function supportSummary(support: Support): string {
  const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
  const parts = [
    support.reasons > 0 ? plural(support.reasons, 'reason', 'reasons') : '',
    support.evidence > 0 ? `${support.evidence} evidence` : '',
    support.citations > 0 ? plural(support.citations, 'citation', 'citations') : '',
    support.answered > 0 ? plural(support.answered, 'objection met', 'objections met') : '',
  ].filter(Boolean);
  if (parts.length > 0) return parts.join(', ');
  return support.accepted ? 'accepted as it stands' : 'no support in the paper';
}
