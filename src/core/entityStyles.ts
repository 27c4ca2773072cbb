import type { EntityType } from '../kb';

/**
 * How mentions are coloured, declared once: the theme colour each entity type contributes (package.json's
 * `contributes.colors` and the preview's CSS are generated from this table) and its defaults.
 */
export interface HighlightColour {
  readonly id: string;
  readonly description: string;
  readonly light: string;
  readonly dark: string;
}

export const ENTITY_COLOURS: Readonly<Record<EntityType, HighlightColour>> = {
  actor: { id: 'irLens.actorHighlight', description: 'Underline of actor mentions (states, organisations, people).', light: '#0070C1', dark: '#4FC1FF' },
  treaty: { id: 'irLens.treatyHighlight', description: 'Underline of treaty and document mentions.', light: '#AF00DB', dark: '#C586C0' },
  theory: { id: 'irLens.theoryHighlight', description: 'Underline of theory-term mentions.', light: '#098658', dark: '#B5CEA8' },
  event: { id: 'irLens.eventHighlight', description: 'Underline of event mentions.', light: '#795E26', dark: '#DCDCAA' },
};

/** Entities the paper names itself (not in the knowledge base) are drawn dashed, in this colour. */
export const DOCUMENT_ENTITY_COLOUR: HighlightColour = {
  id: 'irLens.documentEntityHighlight',
  description: 'Underline of entities named in the paper itself but not in the knowledge base.',
  light: '#8A6D00',
  dark: '#E2C08D',
};

/** `contributes.colors` of package.json. */
export function contributedColours(): object[] {
  return [...Object.values(ENTITY_COLOURS), DOCUMENT_ENTITY_COLOUR].map((c) => ({
    id: c.id,
    description: c.description,
    defaults: { dark: c.dark, light: c.light, highContrast: c.dark, highContrastLight: c.light },
  }));
}
