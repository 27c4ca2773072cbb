import type { OutlineRole, OutlineUnit } from './types';

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
