// Builds (minified) and packages the extension as ir-lens-<version>.vsix with @vscode/vsce.
// The .vscodeignore allow-list decides what ships; dependencies are bundled, so none are listed.
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const out = `ir-lens-${version}.vsix`;
const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });

run(process.execPath, ['esbuild.mjs', '--minify']);
run(process.execPath, ['node_modules/@vscode/vsce/vsce', 'package', '--no-dependencies', '--out', out]);
console.log(`${out}: ${(statSync(out).size / 1024).toFixed(0)} KiB`);
