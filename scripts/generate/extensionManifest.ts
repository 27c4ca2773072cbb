/** Parts of package.json and README made from the code's declarations (settings, colours). */
import { allSettingDeclarations, type SettingDeclaration } from '../../src/core/settings';
import { contributedColours } from '../../src/core/entityStyles';

/** A setting's JSON Schema as VS Code's settings editor reads it (a union of literals becomes an enum). */
function settingSchema(declaration: SettingDeclaration): Record<string, unknown> {
  const plain = JSON.parse(JSON.stringify(declaration.schema)) as Record<string, unknown>;
  const toEnum = (schema: Record<string, unknown>): Record<string, unknown> => {
    const anyOf = schema.anyOf as { const?: unknown }[] | undefined;
    if (!anyOf || !anyOf.every((s) => typeof s.const === 'string')) return schema;
    const rest = Object.fromEntries(Object.entries(schema).filter(([key]) => key !== 'anyOf'));
    return { type: 'string', enum: anyOf.map((s) => s.const), ...rest };
  };
  const out = toEnum(plain);
  if (out.items) out.items = toEnum(out.items as Record<string, unknown>);
  const ordered: Record<string, unknown> = { type: out.type };
  if (out.items) ordered.items = out.items;
  for (const [k, v] of Object.entries(out)) if (!(k in ordered)) ordered[k] = v;
  return declaration.scope ? { ...ordered, scope: declaration.scope } : ordered;
}

export function configurationProperties(): Record<string, unknown> {
  return Object.fromEntries(allSettingDeclarations().map((d) => [`irLens.${d.key}`, settingSchema(d)]));
}

export function colours(): object[] {
  return contributedColours();
}

export function settingsTable(): string {
  const show = (value: unknown): string => {
    if (Array.isArray(value)) return value.length > 3 ? `${value.length} patterns` : value.map((v) => `\`${String(v)}\``).join(', ');
    if (typeof value === 'number' && value >= 1024 * 1024 && value % (1024 * 1024) === 0) return `${value / (1024 * 1024)} MB`;
    return `\`${String(value)}\``;
  };
  const rows = allSettingDeclarations().map((d) => {
    const schema = d.schema as { default: unknown; description: string };
    return `| \`irLens.${d.key}\` | ${show(schema.default)} | ${schema.description} |`;
  });
  return ['| Setting | Default | Meaning |', '| --- | --- | --- |', ...rows].join('\n');
}
