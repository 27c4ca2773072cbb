// Builds the extension and CLI bundles (CommonJS, since unified/remark are ESM-only), compiles the
// knowledge base, and bundles the end-to-end test suite. Usage: node esbuild.mjs [--watch] [--minify]
import * as esbuild from 'esbuild';
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Every .ts file under a folder (Node 20 has no fs.globSync). */
const tsFilesUnder = (dir) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name));

const watch = process.argv.includes('--watch');
const minify = process.argv.includes('--minify');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  minify,
  logLevel: 'warning',
};

const builds = [
  { ...common, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  { ...common, entryPoints: ['scripts/build-kb.ts'], outfile: 'out/build-kb.js', sourcemap: false },
  {
    ...common,
    entryPoints: tsFilesUnder('test/e2e'),
    outdir: 'out/e2e',
    outbase: 'test/e2e',
    external: ['vscode', 'mocha'],
  },
];

if (watch) {
  for (const options of builds) await (await esbuild.context(options)).watch();
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
  execFileSync(process.execPath, ['out/build-kb.js'], { stdio: 'inherit' });
}
