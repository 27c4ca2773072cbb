#!/usr/bin/env node
// The demo: builds and packages IR Lens, then opens VS Code with the VSIX installed on the example
// paper in examples/. Uses the `code` CLI where there is one; otherwise the locally installed
// code-server on 127.0.0.1, printing the URL to open. Ctrl-C stops code-server.
// Options: --port N (default 8080), --no-open (code-server only; do not try the `code` CLI).
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ensureCodeServer, REPO_ROOT } from './install-code-server.mjs';

const { version } = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8'));
const vsix = resolve(REPO_ROOT, `ir-lens-${version}.vsix`);
const examples = resolve(REPO_ROOT, 'examples');
const paper = join(examples, 'china-russia-alignment.md');
const portArg = process.argv.indexOf('--port');
const port = portArg > 0 ? Number(process.argv[portArg + 1]) : 8080;

execFileSync(process.execPath, [join(REPO_ROOT, 'scripts', 'package.mjs')], { stdio: 'inherit', cwd: REPO_ROOT });

const hasCode = !process.argv.includes('--no-open') && spawnSync('code', ['--version'], { stdio: 'ignore' }).status === 0;
if (hasCode) {
  execFileSync('code', ['--install-extension', vsix, '--force'], { stdio: 'inherit' });
  execFileSync('code', [examples, paper], { stdio: 'inherit' });
  console.log(`[demo] opened ${paper} in VS Code with IR Lens ${version}. Hover over "SCO" or "Wendt".`);
} else {
  const entry = ensureCodeServer();
  const profile = join(REPO_ROOT, '.vscode-test', 'demo');
  const dirs = { user: join(profile, 'user'), extensions: join(profile, 'extensions') };
  mkdirSync(dirs.user, { recursive: true });
  mkdirSync(dirs.extensions, { recursive: true });
  const common = ['--user-data-dir', dirs.user, '--extensions-dir', dirs.extensions];
  execFileSync(process.execPath, [entry, ...common, '--install-extension', vsix, '--force'], { stdio: 'inherit' });
  const args = [entry, ...common, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', examples];
  const server = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let announced = false;
  const announce = (chunk) => {
    if (announced || !/HTTP server listening/.test(String(chunk))) return;
    announced = true;
    console.log(`\n[demo] IR Lens ${version} is installed. Open this address in a browser:\n\n  http://127.0.0.1:${port}/?folder=${encodeURIComponent(examples)}\n`);
    console.log('[demo] then open china-russia-alignment.md and hover over "SCO" or "Wendt". Ctrl-C stops the server.');
  };
  server.stdout.on('data', announce);
  server.stderr.on('data', announce);
  server.on('exit', (code) => process.exit(code ?? 0));
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill('SIGTERM'));
}
