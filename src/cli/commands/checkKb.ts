import { formatDiagnostic, loadKnowledge } from '../../kb';
import type { CliContext } from '../io';
import { CliError, readTextFile } from '../readTextFile';

/**
 * Validates KB files on top of the bundled KB (so their references may point at bundled entries).
 * Prints every problem as file:line:column; exit code 1 when there is an error.
 */
export function runCheckKb(context: CliContext, files: readonly string[]): number {
  if (files.length === 0) throw new CliError('check-kb: give at least one KB file');
  const sources = files.map((file) => ({ file, text: readTextFile(file), layer: 3 }));
  const { entries, diagnostics } = loadKnowledge(sources, { base: context.bundledKnowledge().entries });
  const own = diagnostics.filter((d) => files.includes(d.file));
  for (const d of own) context.io.stdout(formatDiagnostic(d) + '\n');
  const errors = own.filter((d) => d.severity === 'error').length;
  const loaded = entries.filter((e) => e.source && files.includes(e.source.file)).length;
  context.io.stdout(`${loaded} entries loaded; ${errors} errors, ${own.length - errors} warnings\n`);
  return errors > 0 ? 1 : 0;
}
