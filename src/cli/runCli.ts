import type { KnowledgeBase } from '../kb';
import { parseArgs } from 'node:util';
import { EXPORT_FORMATS, type ExportFormat } from '../export/exportAnnotations';
import { loadBundledKnowledge } from './bundledKnowledge';
import { runAnnotate } from './commands/annotate';
import { runCheckKb } from './commands/checkKb';
import { runEntities } from './commands/entities';
import { runExport } from './commands/export';
import { runOutline, OUTLINE_FORMATS, type OutlineFormat } from './commands/outline';
import type { CliContext, CliIo, OutputFormat } from './io';
import { CliError } from './readTextFile';

const USAGE = `Usage: ir-lens <command> [options]

Commands:
  annotate <file...> [--format json|text] [--kb extra.yaml]   mentions of KB entities in each file
  entities [--format json|text]                                the bundled knowledge base
  check-kb <file...>                                           validate KB files (exit 1 on errors)
  outline <file...> [--format json|markdown] [--kb extra.yaml] the argument outline (thesis, claims,
                                                               reasons, counter-claims, evidence)
  export <file> --format json|w3c|csv|brat [--out FILE]        mentions as JSON, W3C Web Annotations,
                                                               CSV or a brat .ann file
  lsp --stdio                                                  the language server, for any editor

Options:
  --format FORMAT      output format (default: json for annotate, export and outline, text for entities)
  --kb FILE            an extra KB file (repeatable), applied over the bundled KB
  --out FILE           export: write to FILE instead of printing
  -h, --help           this help
`;

interface Command {
  readonly formats: readonly string[];
  readonly defaultFormat: string;
  readonly allowsKb: boolean;
  readonly allowsOut?: boolean;
  readonly run: (context: CliContext, files: string[], format: string, kb: string[], out: string | undefined) => number;
}

const COMMANDS: Readonly<Record<string, Command>> = {
  annotate: { formats: ['json', 'text'], defaultFormat: 'json', allowsKb: true, run: (c, f, fmt, kb) => runAnnotate(c, f, fmt as OutputFormat, kb) },
  entities: { formats: ['json', 'text'], defaultFormat: 'text', allowsKb: false, run: (c, f, fmt) => noFiles('entities', f) || runEntities(c, fmt as OutputFormat) },
  'check-kb': { formats: ['text'], defaultFormat: 'text', allowsKb: false, run: (c, f) => runCheckKb(c, f) },
  export: { formats: EXPORT_FORMATS, defaultFormat: 'json', allowsKb: true, allowsOut: true, run: (c, f, fmt, kb, out) => runExport(c, f, fmt as ExportFormat, kb, out) },
  outline: { formats: OUTLINE_FORMATS, defaultFormat: 'json', allowsKb: true, run: (c, f, fmt, kb) => runOutline(c, f, fmt as OutlineFormat, kb) },
};

/** Registers another command (the outline and export modules add theirs). */
export function registerCommand(name: string, command: Command): void {
  (COMMANDS as Record<string, Command>)[name] = command;
}

function noFiles(name: string, files: readonly string[]): 0 {
  if (files.length > 0) throw new CliError(`${name}: takes no file arguments`);
  return 0;
}

/** Runs the CLI and returns its exit code: 0 ok, 1 problems found (check-kb), 2 usage or input error. */
export function runCli(args: readonly string[], io: CliIo, loadKnowledge: () => KnowledgeBase = loadBundledKnowledge): number {
  let kb: KnowledgeBase | undefined;
  const context: CliContext = { io, bundledKnowledge: () => (kb ??= loadKnowledge()) };
  try {
    const { values, positionals } = parseArgs({
      args: [...args],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string' },
        kb: { type: 'string', multiple: true },
        out: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    const [name, ...files] = positionals;
    if (values.help || name === 'help') {
      io.stdout(USAGE);
      return 0;
    }
    if (!name) throw new CliError('no command given (try: ir-lens --help)');
    const command = COMMANDS[name];
    if (!command) throw new CliError(`unknown command "${name}" (try: ir-lens --help)`);
    const format = values.format ?? command.defaultFormat;
    if (!command.formats.includes(format)) throw new CliError(`${name}: --format must be ${command.formats.join(' or ')}`);
    if (values.kb && !command.allowsKb) throw new CliError(`${name}: --kb is not accepted`);
    if (values.out !== undefined && !command.allowsOut) throw new CliError(`${name}: --out is not accepted`);
    return command.run(context, files, format, values.kb ?? [], values.out);
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
