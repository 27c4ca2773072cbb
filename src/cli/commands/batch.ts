import { csvRow } from '../../export/csv';
import type { CliContext } from '../io';
import { expandInputs } from '../batch/inputs';
import type { JobSpec } from '../batch/jobs';
import { defaultJobs, runBatch, type FileResult } from '../batch/pool';
import { Progress } from '../batch/progress';
import { extendKnowledge } from '../knowledgeFiles';
import { CliError } from '../readTextFile';

export interface BatchArgs {
  readonly paths: readonly string[];
  readonly spec: JobSpec;
  readonly extraKb: readonly string[];
  readonly jobs?: number;
}

/**
 * `annotate`, `outline` and `export` over files, directories and globs: each file's output in input
 * order (one JSON object per file and line for json/jsonl), on worker threads when there are several
 * files. A named file that cannot be read is an error before anything is printed; a file found in a
 * directory that cannot be read is reported and skipped (exit code 1 at the end).
 */
export async function runBatchCommand(context: CliContext, args: BatchArgs): Promise<number> {
  if (args.paths.length === 0) throw new CliError(`${args.spec.command}: give at least one file, directory or glob`);
  const inputs = expandInputs(args.paths);
  if (args.spec.command === 'export' && args.spec.outFile !== undefined && inputs.length > 1) {
    throw new CliError('export: --out names one file; for several inputs give --out-dir DIR');
  }
  const kb = (): ReturnType<CliContext['bundledKnowledge']> => extendKnowledge(context.bundledKnowledge(), args.extraKb);
  // Problems in --kb files, and unreadable named files, are reported before any output.
  const knowledge = kb();
  const summary = args.spec.command === 'annotate' && args.spec.summary;
  if (summary) context.io.stdout(csvRow(['file', 'id', 'name', 'type', 'subtype', 'count']));
  let skipped = 0;
  let failed: string | undefined;
  const onResult = (result: FileResult): void => {
    if (result.error !== undefined) {
      if (result.input.explicit && inputs.length === 1) {
        failed = result.error;
        return;
      }
      context.io.stderr(`ir-lens: skipped ${result.error}\n`);
      skipped++;
      return;
    }
    if (summary) {
      for (const [id, name, type, subtype, count] of result.counts ?? []) context.io.stdout(csvRow([result.input.file, id, name, type, subtype, String(count)]));
    } else if (result.output) {
      context.io.stdout(result.output);
    }
  };
  await runBatch({
    inputs,
    spec: args.spec,
    jobs: args.jobs ?? defaultJobs(),
    progress: new Progress(inputs.length, context.progressStream),
    onResult,
    knowledge: () => knowledge,
    ...(context.workerScript ? { workers: { kbPath: context.workerScript.kbPath(), extraKb: args.extraKb, script: context.workerScript.path } } : {}),
  });
  if (failed !== undefined) throw new CliError(failed);
  if (skipped > 0) context.io.stderr(`ir-lens: ${skipped} file${skipped === 1 ? '' : 's'} skipped\n`);
  return skipped > 0 ? 1 : 0;
}
