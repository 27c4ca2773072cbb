/** The per-type colour rules of media/preview.css, from src/core/entityStyles.ts. */
import { DOCUMENT_ENTITY_COLOUR, ENTITY_COLOURS } from '../../src/core/entityStyles';

const cssVariable = (id: string): string => `--vscode-${id.replace('.', '-')}`;

export function previewColourRules(): string {
  const styles = [...Object.entries(ENTITY_COLOURS).map(([type, colour]) => [`ir-lens-${type}`, colour] as const), ['ir-lens-document', DOCUMENT_ENTITY_COLOUR] as const];
  const light = styles.map(([cls, c]) => `.${cls} { --ir-lens-colour: var(${cssVariable(c.id)}, ${c.light.toLowerCase()}); }`);
  const dark = styles.map(
    ([cls, c]) => `.vscode-dark .${cls},\n.vscode-high-contrast:not(.vscode-high-contrast-light) .${cls} { --ir-lens-colour: var(${cssVariable(c.id)}, ${c.dark.toLowerCase()}); }`,
  );
  return ['/* Light fallbacks by default (light and high-contrast light themes)... */', ...light, '', '/* ...dark ones in dark and high-contrast dark themes. */', ...dark].join('\n');
}
