// Builds (minified) and packages the extension as ir-lens-<version>.vsix with @vscode/vsce.
// The .vscodeignore allow-list decides what ships; dependencies are bundled, so none are listed.
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';

const { version, repository } = JSON.parse(readFileSync('package.json', 'utf8'));
// README links and screenshots are relative; vsce needs a base to make them absolute in the package.
const base = repository.url.replace(/\.git$/, '');
const out = `ir-lens-${version}.vsix`;
const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });

run(process.execPath, ['esbuild.mjs', '--minify']);
run(process.execPath, ['node_modules/@vscode/vsce/vsce', 'package', '--no-dependencies', '--out', out, '--baseContentUrl', `${base}/blob/main/`, '--baseImagesUrl', `${base}/raw/main/`]);
console.log(`${out}: ${(statSync(out).size / 1024).toFixed(0)} KiB`);
