import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import picomatch from 'picomatch';
import { parseBundle, type KnowledgeBase } from '../kb';
import type { CancellationToken, IrServiceHost, Logger } from '../service';

const MAX_FILES = 2000;
const SKIPPED_FOLDERS = new Set(['node_modules', '.git', '.hg', '.svn', 'dist', 'out']);

/** The service's host in a language server: the file system under the workspace folders. */
export function createNodeHost(options: { readonly kbPath: string; readonly folders: () => readonly string[]; readonly log: Logger }): IrServiceHost {
  return {
    log: options.log,
    loadBundledKnowledge: async (): Promise<KnowledgeBase> => parseBundle(await readFile(options.kbPath)),
    async findKnowledgeFiles(patterns) {
      const matches = picomatch([...patterns], { dot: false });
      const found: string[] = [];
      for (const folder of options.folders()) {
        for await (const path of walk(folder)) if (matches(relative(folder, path).split('\\').join('/'))) found.push(pathToFileURL(path).toString());
      }
      return found;
    },
    async findPapers(maxFileSize: number, token?: CancellationToken) {
      const found: string[] = [];
      for (const folder of options.folders()) {
        for await (const path of walk(folder)) {
          if (token?.isCancellationRequested || found.length >= MAX_FILES) return found;
          if (!/\.(md|markdown|txt)$/i.test(path)) continue;
          const size = await stat(path).then((s) => s.size, () => Infinity);
          if (size <= maxFileSize) found.push(pathToFileURL(path).toString());
        }
      }
      return found;
    },
    async readFile(uri) {
      if (!uri.startsWith('file:')) return undefined;
      return readFile(fileURLToPath(uri), 'utf8').catch(() => undefined);
    },
    isTrusted: () => true,
  };
}

/** Every file under `folder`, skipping dependency and build folders and hidden ones. */
async function* walk(folder: string): AsyncGenerator<string> {
  let entries;
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(entry.name) && !entry.name.startsWith('.')) yield* walk(path);
    } else if (entry.isFile()) {
      yield path;
    }
  }
}

/** The package root (where `dist/` is) of a bundled KB at `<root>/dist/kb/kb.jsonl`. */
export function packageRootOf(kbPath: string): string {
  return join(kbPath, '..', '..', '..');
}

/** A KB entry's source file as a URI: bundled files are relative to the package root. */
export function knowledgeFileUri(file: string, packageRoot: string): string {
  if (/^[a-z][a-z0-9+.-]+:/i.test(file)) return file;
  return pathToFileURL(join(packageRoot, file)).toString();
}
