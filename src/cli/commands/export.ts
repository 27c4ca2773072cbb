import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { exportAnnotations, type ExportFormat } from '../../export/exportAnnotations';
import type { CliContext } from '../io';
import { CliError, readTextFile } from '../readTextFile';
import { annotateText, knowledgeWithExtras } from './annotate';

/**
 * `ir-lens export <file> --format json|w3c|csv|brat [--out FILE] [--kb extra.yaml]`: one file's
 * mentions in an exchange format, printed or written to `--out`.
 */
export function runExport(
  context: CliContext,
  files: readonly string[],
  format: ExportFormat,
  extraKb: readonly string[],
  out: string | undefined,
): number {
  if (files.length !== 1) throw new CliError('export: give exactly one file');
  const [file] = files;
  if (out !== undefined && resolve(out) === resolve(file)) throw new CliError(`export: --out ${out} would overwrite the input file`);
  const kb = knowledgeWithExtras(context, extraKb);
  const text = readTextFile(file);
  const output = exportAnnotations(format, annotateText(file, text, kb), text, { source: pathToFileURL(resolve(file)).href });
  if (out === undefined) {
    context.io.stdout(output);
    return 0;
  }
  try {
    writeFileSync(out, output, 'utf8');
  } catch (error) {
    throw new CliError(`${out}: cannot write (${error instanceof Error && 'code' in error ? String(error.code) : String(error)})`);
  }
  return 0;
}
