import { parseArgs } from 'node:util';
import { EXPORT_FORMATS, type ExportFormat } from '../export/exportAnnotations';
import type { KnowledgeBase } from '../kb';
import { loadBundledKnowledge } from './bundledKnowledge';
import { runBatchCommand } from './commands/batch';
import { runCheckKb } from './commands/checkKb';
import { runEntities } from './commands/entities';
import type { CliContext, CliIo, OutputFormat } from './io';
import { CliError } from './readTextFile';

const USAGE = `Usage: ir-lens <command> [options]

Commands:
  annotate <path...> [--format json|jsonl|text] [--summary csv]   mentions of KB entities in each file
  outline <path...> [--format json|jsonl|markdown] [--paragraphs]  the argument outline of each file
                                                                  (--paragraphs: the paragraph map instead)
  export <path...> --format ${EXPORT_FORMATS.join('|')} [--out FILE | --out-dir DIR]
                                                                  mentions in an exchange format
  entities [--format json|text]                                   the bundled knowledge base
  check-kb <file...>                                              validate KB files (exit 1 on errors)
  lsp --stdio                                                     the language server, for any editor

A path is a file, a directory (searched for .md, .markdown and .txt files) or a quoted glob
("corpus/**/*.txt"). Several files run on worker threads; results come out in input order.

Options:
  --format FORMAT      output format (default: json; text for entities). json and jsonl print one
                       object per file and line
  --summary csv        annotate: instead of mentions, entity counts per file (file,id,name,type,subtype,count)
  --jobs N             worker threads (default: the number of cores)
  --kb FILE            an extra KB file (repeatable), applied over the bundled KB
  --out FILE           export: write to FILE instead of printing (one input)
  --out-dir DIR        export: write one file per input under DIR
  -h, --help           this help
`;

interface Command {
  readonly formats: readonly string[];
  readonly defaultFormat: string;
  readonly allows: readonly ('kb' | 'out' | 'summary' | 'jobs' | 'paragraphs')[];
  readonly run: (context: CliContext, paths: string[], format: string, options: ParsedOptions) => number | Promise<number>;
}

interface ParsedOptions {
  readonly kb: string[];
  readonly out?: string;
  readonly outDir?: string;
  readonly summary?: string;
  readonly jobs?: number;
  readonly paragraphs: boolean;
}

const COMMANDS: Readonly<Record<string, Command>> = {
  annotate: {
    formats: ['json', 'jsonl', 'text'],
    defaultFormat: 'json',
    allows: ['kb', 'summary', 'jobs'],
    run: (c, paths, format, o) => runBatchCommand(c, { paths, extraKb: o.kb, jobs: o.jobs, spec: { command: 'annotate', format: format as 'json' | 'jsonl' | 'text', summary: o.summary !== undefined } }),
  },
  outline: {
    formats: ['json', 'jsonl', 'markdown'],
    defaultFormat: 'json',
    allows: ['kb', 'jobs', 'paragraphs'],
    run: (c, paths, format, o) =>
      runBatchCommand(c, { paths, extraKb: o.kb, jobs: o.jobs, spec: { command: 'outline', format: format as 'json' | 'jsonl' | 'markdown', paragraphs: o.paragraphs, multiple: paths.length > 1 } }),
  },
  export: {
    formats: EXPORT_FORMATS,
    defaultFormat: 'json',
    allows: ['kb', 'out', 'jobs'],
    run: (c, paths, format, o) =>
      runBatchCommand(c, {
        paths,
        extraKb: o.kb,
        jobs: o.jobs,
        spec: { command: 'export', format: format as ExportFormat, ...(o.out !== undefined ? { outFile: o.out } : {}), ...(o.outDir !== undefined ? { outDir: o.outDir } : {}) },
      }),
  },
  entities: { formats: ['json', 'text'], defaultFormat: 'text', allows: [], run: (c, paths, format) => noFiles('entities', paths) || runEntities(c, format as OutputFormat) },
  'check-kb': { formats: ['text'], defaultFormat: 'text', allows: [], run: (c, paths) => runCheckKb(c, paths) },
};

function noFiles(name: string, files: readonly string[]): 0 {
  if (files.length > 0) throw new CliError(`${name}: takes no file arguments`);
  return 0;
}

/**
 * Runs the CLI and resolves to its exit code: 0 ok, 1 problems found (check-kb errors, files skipped),
 * 2 usage or input error. `options.loadKnowledge` replaces the bundled KB (tests); `options.context`
 * adds what the built script has (worker threads, a progress bar).
 */
export async function runCli(
  args: readonly string[],
  io: CliIo,
  loadKnowledge: () => KnowledgeBase = loadBundledKnowledge,
  extra: Pick<CliContext, 'progressStream' | 'workerScript'> = {},
): Promise<number> {
  let kb: KnowledgeBase | undefined;
  const context: CliContext = { io, bundledKnowledge: () => (kb ??= loadKnowledge()), ...extra };
  try {
    const { values, positionals } = parseArgs({
      args: [...args],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string' },
        kb: { type: 'string', multiple: true },
        out: { type: 'string' },
        'out-dir': { type: 'string' },
        summary: { type: 'string' },
        jobs: { type: 'string' },
        paragraphs: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    const [name, ...paths] = positionals;
    if (values.help || name === 'help') {
      io.stdout(USAGE);
      return 0;
    }
    if (!name) throw new CliError('no command given (try: ir-lens --help)');
    const command = COMMANDS[name];
    if (!command) throw new CliError(`unknown command "${name}" (try: ir-lens --help)`);
    const format = values.format ?? command.defaultFormat;
    if (!command.formats.includes(format)) throw new CliError(`${name}: --format must be ${command.formats.join(' or ')}`);
    const refuse = (option: string, given: unknown, key: Command['allows'][number]): void => {
      if (given !== undefined && !command.allows.includes(key)) throw new CliError(`${name}: --${option} is not accepted`);
    };
    refuse('kb', values.kb, 'kb');
    refuse('out', values.out, 'out');
    refuse('out-dir', values['out-dir'], 'out');
    refuse('summary', values.summary, 'summary');
    refuse('jobs', values.jobs, 'jobs');
    refuse('paragraphs', values.paragraphs, 'paragraphs');
    if (values.summary !== undefined && values.summary !== 'csv') throw new CliError(`${name}: --summary must be csv`);
    if (values.out !== undefined && values['out-dir'] !== undefined) throw new CliError(`${name}: give --out or --out-dir, not both`);
    let jobs: number | undefined;
    if (values.jobs !== undefined) {
      jobs = Number(values.jobs);
      if (!Number.isInteger(jobs) || jobs < 1 || jobs > 64) throw new CliError(`${name}: --jobs must be a whole number from 1 to 64`);
    }
    return await command.run(context, paths, format, {
      kb: values.kb ?? [],
      paragraphs: values.paragraphs === true,
      ...(values.out !== undefined ? { out: values.out } : {}),
      ...(values['out-dir'] !== undefined ? { outDir: values['out-dir'] } : {}),
      ...(values.summary !== undefined ? { summary: values.summary } : {}),
      ...(jobs !== undefined ? { jobs } : {}),
    });
  } catch (error) {
    io.stderr(`ir-lens: ${messageOf(error)}\n`);
    return 2;
  }
}

function messageOf(error: unknown): string {
  if (error instanceof CliError) return error.message;
  if (error instanceof Error && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) return error.message;
  return error instanceof Error ? error.message : String(error);
}
