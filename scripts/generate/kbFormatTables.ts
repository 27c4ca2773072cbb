/** The field tables of src/kb/data/FORMAT.md, made from the schema in src/kb/schema.ts. */
import type { TSchema } from '@sinclair/typebox';
import { ALIAS_SCHEMA, COMMON_FIELDS, CORE_FIELDS, ENTITY_TYPES, FACT_FIELDS, SUBTYPES, type Subtype } from '../../src/kb';

type Described = TSchema & { description?: string };

function rows(fields: Record<string, TSchema>): string {
  return Object.entries(fields)
    .map(([key, schema]) => `| \`${key}\` | ${((schema as Described).description ?? '').replace(/\|/g, '\\|')} |`)
    .join('\n');
}

export function kbFormatTables(): string {
  const parts: string[] = [];
  parts.push('### Fields of every entry\n\n| field | meaning |\n| --- | --- |\n' + rows({ ...CORE_FIELDS, ...COMMON_FIELDS }));
  parts.push('### Alias keys\n\n| key | meaning |\n| --- | --- |\n' + rows(ALIAS_SCHEMA.properties as Record<string, TSchema>));
  const facts: string[] = [];
  const seen = new Set<unknown>();
  for (const type of ENTITY_TYPES) {
    for (const subtype of SUBTYPES[type] as readonly Subtype[]) {
      const table = FACT_FIELDS[subtype];
      if (seen.has(table)) continue;
      seen.add(table);
      const sharing = (SUBTYPES[type] as readonly Subtype[]).filter((s) => FACT_FIELDS[s] === table);
      facts.push(`#### ${sharing.join(', ')}\n\n| field | meaning |\n| --- | --- |\n` + rows(table as Record<string, TSchema>));
    }
  }
  parts.push('### Facts by subtype\n\n' + facts.join('\n\n'));
  return parts.join('\n\n');
}
