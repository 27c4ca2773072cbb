import type { TSchema } from '@sinclair/typebox';
import { COMMON_FIELDS, CORE_FIELDS, DEFAULT_SUBTYPE, ENTITY_TYPES, ENTITY_TYPE_DESCRIPTIONS, FACT_FIELDS, SUBTYPES, type Subtype } from './schema';

/**
 * The JSON Schema editors use for `*.irkb.yaml` / `*.irkb.json` files, made from schema.ts (the build
 * writes it to dist/kb/irkb.schema.json). One `if`/`then` per subtype adds that subtype's facts, so
 * completion offers the right fields once `type` and `subtype` are written.
 */
export function kbJsonSchema(): object {
  const common = { ...CORE_FIELDS, ...COMMON_FIELDS };
  const rules: object[] = [];
  for (const type of ENTITY_TYPES) {
    rules.push({
      if: { properties: { type: { const: type } }, required: ['type'] },
      then: { properties: { subtype: { enum: SUBTYPES[type], description: `Subtype of ${type}; ${DEFAULT_SUBTYPE[type]} when left out.` } } },
    });
    for (const subtype of SUBTYPES[type] as readonly Subtype[]) {
      const facts = FACT_FIELDS[subtype] as Record<string, TSchema>;
      const isDefault = DEFAULT_SUBTYPE[type] === subtype;
      rules.push({
        if: {
          properties: { type: { const: type }, ...(isDefault ? {} : { subtype: { const: subtype } }) },
          required: isDefault ? ['type'] : ['type', 'subtype'],
          ...(isDefault ? { not: { required: ['subtype'], properties: { subtype: { not: { const: subtype } } } } } : {}),
        },
        then: {
          properties: plain(facts),
          propertyNames: { enum: [...Object.keys(common), ...Object.keys(facts)], errorMessage: `not a field of ${type}/${subtype}` },
        },
      });
    }
  }
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://ir-lens.invalid/irkb.schema.json',
    title: 'IR Lens knowledge-base file',
    description: 'A list of entries: actors, treaties and documents, theory terms and events.',
    type: 'array',
    items: {
      type: 'object',
      required: ['id', 'type', 'name'],
      properties: { ...plain(common), type: { enum: ENTITY_TYPES, description: ENTITY_TYPES.map((t) => `${t}: ${ENTITY_TYPE_DESCRIPTIONS[t]}`).join(' ') } },
      allOf: rules,
    },
  };
}

/** The schemas as plain JSON (TypeBox's symbol-keyed markers and its `static` helpers left out). */
function plain(fields: Record<string, TSchema>): Record<string, unknown> {
  return JSON.parse(JSON.stringify(fields)) as Record<string, unknown>;
}
