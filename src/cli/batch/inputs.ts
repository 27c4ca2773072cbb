import { readdirSync, statSync } from 'node:fs';
import { basename, join, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { CliError } from '../readTextFile';

/** Papers a directory or glob selects: Markdown and plain text. */
const PAPER = /\.(md|markdown|mdown|mkd|txt)$/i;
const SKIPPED = new Set(['node_modules', '.git', '.hg', '.svn']);

export interface Input {
  readonly file: string;
  /** Its path under the directory or glob base that found it (its name, when named itself): export --out-dir keeps it. */
  readonly relative: string;
  /** Named on the command line (its problems are errors), not found in a directory or by a glob. */
  readonly explicit: boolean;
}

/**
 * The files that command-line arguments name: files as given, directories searched recursively for
 * papers, globs ("corpus/**\/*.txt", quoted so the shell leaves them) matched under their fixed prefix.
 * In argument order, each file once; a path that matches nothing is an error.
 */
export function expandInputs(args: readonly string[]): Input[] {
  const seen = new Set<string>();
  const inputs: Input[] = [];
  const add = (file: string, explicit: boolean, root?: string): void => {
    const key = resolve(file);
    if (seen.has(key)) return;
    seen.add(key);
    inputs.push({ file, explicit, relative: root === undefined ? basename(file) : relative(root, file) });
  };
  for (const arg of args) {
    if (picomatch.scan(arg).isGlob) {
      const { base } = picomatch.scan(arg);
      const matches = picomatch(arg, { dot: false });
      const found = walk(base || '.').filter((f) => matches(f.split(sep).join('/')) || matches(relative('.', f).split(sep).join('/')));
      if (found.length === 0) throw new CliError(`${arg}: no file matches`);
      for (const f of found.sort()) add(f, false, base || '.');
      continue;
    }
    let stats;
    try {
      stats = statSync(arg);
    } catch {
      throw new CliError(`${arg}: no such file`);
    }
    if (stats.isDirectory()) {
      const papers = walk(arg).filter((f) => PAPER.test(f)).sort();
      if (papers.length === 0) throw new CliError(`${arg}: is a directory with no Markdown or text files`);
      for (const f of papers) add(f, false, arg);
    } else {
      add(arg, true);
    }
  }
  return inputs;
}

function walk(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  const files: string[] = [];
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED.has(entry.name) && !entry.name.startsWith('.')) files.push(...walk(path));
    } else if (entry.isFile()) {
      files.push(path);
    }
  }
  return files;
}
