import type { CliContext, OutputFormat } from '../io';

export function runEntities(context: CliContext, format: OutputFormat): number {
  const kb = context.bundledKnowledge();
  if (format === 'json') {
    context.io.stdout(JSON.stringify(kb.entries, null, 1) + '\n');
    return 0;
  }
  for (const e of kb.entries) context.io.stdout(`${e.id}\t${e.type}/${e.subtype}\t${e.name}\n`);
  const bySubtype = new Map<string, number>();
  for (const e of kb.entries) bySubtype.set(`${e.type}/${e.subtype}`, (bySubtype.get(`${e.type}/${e.subtype}`) ?? 0) + 1);
  const counts = [...bySubtype].sort().map(([k, n]) => `${k}: ${n}`).join(', ');
  context.io.stdout(`\n${kb.size} entries (${counts})\n`);
  return 0;
}
