import { Kind, type TSchema } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import { cleanDate, cleanText, LIMITS } from './schema';

/**
 * Checks and normalises one field's value with its schema from schema.ts: the loader's only view of
 * what a field may hold, so the messages, the JSON Schema and the types cannot drift apart.
 */

export interface FieldProblem {
  /** Where inside the field the problem is: "" for the field itself, ".wikidata" for a nested key. */
  readonly path: string;
  /** The schema's `errorMessage` for that place ("must be an ISO 8601 date ..."). */
  readonly message: string;
}

type Described = TSchema & { errorMessage?: string; maxLength?: number; properties?: Record<string, TSchema> };

/** Undefined when `value` fits `schema`; otherwise the most specific problem the schema can name. */
export function fieldProblem(schema: TSchema, value: unknown): FieldProblem | undefined {
  if (Value.Check(schema, value)) return undefined;
  const described = schema as Described;
  if (described[Kind] === 'IrText' && cleanText(value) !== undefined) {
    return { path: '', message: `is longer than ${described.maxLength ?? LIMITS.textLength} characters` };
  }
  // A mapping with one bad key: name that key, which says more than the shape of the whole field.
  const properties = described[Kind] === 'Object' ? described.properties : undefined;
  if (properties && isRecord(value)) {
    for (const [key, inner] of Object.entries(value)) {
      const property = properties[key];
      if (!property) return { path: '', message: `has an unknown key "${key.slice(0, 40)}" (${described.errorMessage ?? 'see FORMAT.md'})` };
      const problem = fieldProblem(property, inner);
      if (problem) return { path: `.${key}${problem.path}`, message: problem.message };
    }
  }
  return { path: '', message: described.errorMessage ?? 'is not valid here' };
}

/** The value as the loader keeps it: text cleaned and trimmed, dates as ISO text, nested values likewise. */
export function normalise(schema: TSchema, value: unknown): unknown {
  const described = schema as Described & { items?: TSchema };
  switch (described[Kind]) {
    case 'IrText':
      return cleanText(value);
    case 'IrDate':
      return cleanDate(value);
    case 'Array':
      return Array.isArray(value) && described.items ? value.map((item) => normalise(described.items!, item)) : value;
    case 'Object': {
      if (!isRecord(value) || !described.properties) return value;
      const out: Record<string, unknown> = {};
      for (const [key, inner] of Object.entries(value)) out[key] = described.properties[key] ? normalise(described.properties[key], inner) : inner;
      return out;
    }
    default:
      return value;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
