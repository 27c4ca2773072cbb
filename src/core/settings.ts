import { ENTITY_TYPES, type EntityType } from '../kb';

/** IR Lens settings as the rest of the code sees them: typed, with every bad value replaced by its default. */
export interface IrLensSettings {
  readonly highlightEnabled: boolean;
  readonly highlightTypes: readonly EntityType[];
  readonly maxFileSize: number;
  readonly knowledgeBaseFiles: readonly string[];
  readonly previewEnabled: boolean;
  readonly checks: {
    readonly acronymBeforeIntroduction: boolean;
    readonly inconsistentVariants: boolean;
    readonly unknownAcronyms: boolean;
  };
  readonly referencesMaxFileSize: number;
}

export const DEFAULT_SETTINGS: IrLensSettings = {
  highlightEnabled: true,
  highlightTypes: [...ENTITY_TYPES],
  maxFileSize: 5 * 1024 * 1024,
  knowledgeBaseFiles: ['**/*.irkb.yaml', '**/*.irkb.yml', '**/*.irkb.json'],
  previewEnabled: true,
  checks: { acronymBeforeIntroduction: true, inconsistentVariants: true, unknownAcronyms: true },
  referencesMaxFileSize: 2 * 1024 * 1024,
};

/** Reads raw values (as `getConfiguration('irLens').get(key)` returns them) into typed settings. */
export function normaliseSettings(get: (key: string) => unknown): IrLensSettings {
  const d = DEFAULT_SETTINGS;
  const bool = (key: string, fallback: boolean): boolean => {
    const v = get(key);
    return typeof v === 'boolean' ? v : fallback;
  };
  const size = (key: string, fallback: number): number => {
    const v = get(key);
    return typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : fallback;
  };
  const types = get('highlight.types');
  const files = get('knowledgeBase.files');
  return {
    highlightEnabled: bool('highlight.enabled', d.highlightEnabled),
    highlightTypes:
      Array.isArray(types) && types.every((t) => (ENTITY_TYPES as readonly unknown[]).includes(t)) ? (types as EntityType[]) : d.highlightTypes,
    maxFileSize: size('maxFileSize', d.maxFileSize),
    knowledgeBaseFiles:
      Array.isArray(files) && files.every((f) => typeof f === 'string' && f.trim() !== '') ? (files as string[]) : d.knowledgeBaseFiles,
    previewEnabled: bool('preview.enabled', d.previewEnabled),
    checks: {
      acronymBeforeIntroduction: bool('checks.acronymBeforeIntroduction', d.checks.acronymBeforeIntroduction),
      inconsistentVariants: bool('checks.inconsistentVariants', d.checks.inconsistentVariants),
      unknownAcronyms: bool('checks.unknownAcronyms', d.checks.unknownAcronyms),
    },
    referencesMaxFileSize: size('references.maxFileSize', d.referencesMaxFileSize),
  };
}
