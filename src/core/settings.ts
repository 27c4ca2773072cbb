import { Type, type Static, type TSchema } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import { ENTITY_TYPES } from '../kb';
import type { AnalysisOptions } from './analysis';
import { WRITING_CHECKS, type WritingCheckId } from './writingCheckIds';

/**
 * IR Lens settings, declared once. From these declarations come the typed settings the code reads, the
 * fallback to the default for any bad value, `contributes.configuration` in package.json and README's
 * settings table (both by `npm run generate`; a unit test fails when they are stale).
 */

export interface SettingDeclaration<S extends TSchema = TSchema> {
  /** The key under `irLens.` */
  readonly key: string;
  /** JSON Schema of the value, with its `default` and `description`. */
  readonly schema: S;
  /** VS Code's scope; settings are window-wide unless said otherwise. */
  readonly scope?: 'resource';
}

function setting<S extends TSchema>(key: string, schema: S, scope?: 'resource'): SettingDeclaration<S> {
  return { key, schema, ...(scope ? { scope } : {}) };
}

const MB = 1024 * 1024;

export const SETTINGS = {
  highlightEnabled: setting('highlight.enabled', Type.Boolean({ default: true, description: 'Underline recognised mentions in the editor.' })),
  highlightTypes: setting(
    'highlight.types',
    Type.Array(Type.Union(ENTITY_TYPES.map((t) => Type.Literal(t))), { default: [...ENTITY_TYPES], description: 'Which entity types to underline.' }),
  ),
  documentEntities: setting(
    'documentEntities.enabled',
    Type.Boolean({
      default: true,
      description: 'Also recognise treaties, events, bodies and people that the paper itself names ("the Windhoek Declaration of 1992"), beside the knowledge base.',
    }),
  ),
  maxFileSize: setting(
    'maxFileSize',
    Type.Number({ default: 5 * MB, minimum: 1, description: 'Above this size (bytes) only the visible part of a document is analysed.' }),
  ),
  knowledgeBaseFiles: setting(
    'knowledgeBase.files',
    Type.Array(Type.String({ minLength: 1, pattern: '\\S' }), {
      default: ['**/*.irkb.yaml', '**/*.irkb.yml', '**/*.irkb.json'],
      description: 'Glob patterns of workspace knowledge-base files.',
    }),
    'resource',
  ),
  previewEnabled: setting('preview.enabled', Type.Boolean({ default: true, description: 'Mark recognised mentions in the Markdown preview.' })),
  referencesMaxFileSize: setting(
    'references.maxFileSize',
    Type.Number({ default: 2 * MB, minimum: 1, description: 'Workspace files larger than this (bytes) are skipped by Find All Mentions.' }),
  ),
};

/** One `checks.<id>` setting per writing check, from the checks' own table. */
export const CHECK_SETTINGS = Object.fromEntries(
  WRITING_CHECKS.map((check) => [check.id, setting(`checks.${check.id}`, Type.Boolean({ default: check.enabledByDefault, description: check.setting }))]),
) as unknown as Record<WritingCheckId, SettingDeclaration>;

type Values = { readonly [K in keyof typeof SETTINGS]: Static<(typeof SETTINGS)[K]['schema']> };

/** IR Lens settings as the rest of the code sees them: typed, with every bad value replaced by its default. */
export interface IrLensSettings extends Values {
  readonly checks: Readonly<Record<WritingCheckId, boolean>>;
}

/** Every declaration, in the order package.json lists them. */
export function allSettingDeclarations(): SettingDeclaration[] {
  return [...Object.values(SETTINGS), ...Object.values(CHECK_SETTINGS)];
}

/** Reads raw values (as `getConfiguration('irLens').get(key)` returns them) into typed settings. */
export function normaliseSettings(get: (key: string) => unknown): IrLensSettings {
  const read = (declaration: SettingDeclaration): unknown => {
    const value = get(declaration.key);
    return value !== undefined && Value.Check(declaration.schema, value) ? value : (declaration.schema as { default: unknown }).default;
  };
  const values = Object.fromEntries(Object.entries(SETTINGS).map(([name, declaration]) => [name, read(declaration)]));
  const checks = Object.fromEntries(Object.entries(CHECK_SETTINGS).map(([id, declaration]) => [id, read(declaration)]));
  return { ...values, checks } as unknown as IrLensSettings;
}

export const DEFAULT_SETTINGS: IrLensSettings = normaliseSettings(() => undefined);

/** How the analysis reads documents under these settings. */
export function analysisOptionsOf(settings: IrLensSettings): AnalysisOptions {
  return { documentEntities: settings.documentEntities };
}
