#!/usr/bin/env node
// Runs the same end-to-end suite (out/e2e/index.js) in desktop VS Code through @vscode/test-electron,
// for machines that can reach Microsoft's update servers (it downloads VS Code into .vscode-test/).
// Machines without that access use scripts/e2e.mjs (code-server + Chromium) instead.
// UI-bridge tests skip themselves here (there is no Playwright page; see hasUiBridge() in test/e2e/suite/util.ts).
//
// Environment:
//   IR_LENS_E2E_VSCODE_VERSION=stable|insiders|1.100.3   VS Code to download (default: stable)
//   IR_LENS_E2E_VSIX=path.vsix   test the packaged extension, installed into a fresh extensions dir
//   IR_LENS_E2E_GREP=pattern     mocha grep; IR_LENS_E2E_INVERT=1 inverts it
// On Linux without a display it re-runs itself under `xvfb-run -a` when that is installed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  SilentReporter,
  downloadAndUnzipVSCode,
  resolveCliArgsFromVSCodeExecutablePath,
  runTests,
} from '@vscode/test-electron';

const REPO_ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const WORKSPACE = join(REPO_ROOT, 'test', 'e2e', 'workspace');
const TESTS_ENTRY = join(REPO_ROOT, 'out', 'e2e', 'index.js');
const VERSION = process.env.IR_LENS_E2E_VSCODE_VERSION || 'stable';
const VSIX = process.env.IR_LENS_E2E_VSIX ? resolve(process.env.IR_LENS_E2E_VSIX) : undefined;
const say = (message) => console.log(`[e2e-electron] ${message}`);
const fail = (message) => {
  console.error(`[e2e-electron] ${message}`);
  process.exit(1);
};

// Electron needs a display: without one, re-run under a virtual X server if available.
if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY && !process.env.IR_LENS_E2E_XVFB) {
  const xvfb = spawnSync('sh', ['-c', 'command -v xvfb-run'], { encoding: 'utf8' });
  if (xvfb.status === 0) {
    say('no display: re-running under xvfb-run -a');
    const rerun = spawnSync('xvfb-run', ['-a', process.execPath, fileURLToPath(import.meta.url)], {
      stdio: 'inherit',
      env: { ...process.env, IR_LENS_E2E_XVFB: '1' },
    });
    process.exit(rerun.status ?? 1);
  }
  say('warning: no DISPLAY and no xvfb-run (apt-get install -y xvfb); VS Code may fail to start');
}

if (!existsSync(TESTS_ENTRY)) fail(`${relative(REPO_ROOT, TESTS_ENTRY)} is missing: run \`npm run build\` first`);
if (VSIX && !existsSync(VSIX)) fail(`IR_LENS_E2E_VSIX=${VSIX} does not exist`);

let vscodeExecutablePath;
try {
  say(`resolving VS Code ${VERSION} (cached in .vscode-test/ after the first download)`);
  vscodeExecutablePath = await downloadAndUnzipVSCode({
    version: VERSION,
    cachePath: join(REPO_ROOT, '.vscode-test'),
    reporter: new SilentReporter(),
    timeout: 20_000,
  });
} catch (error) {
  const cause = error?.cause?.message ?? error?.code ?? '';
  fail(
    `could not download VS Code ${VERSION} from Microsoft's update servers (${String(error?.message ?? error).split('\n')[0]}` +
      `${cause ? `: ${cause}` : ''}); without internet access use \`npm run test:e2e\` (code-server + Chromium) instead.`,
  );
}
say(`using ${vscodeExecutablePath}`);

const tmp = mkdtempSync(join(tmpdir(), 'ir-lens-e2e-electron-'));
const userDataDir = join(tmp, 'user-data');
const extensionsDir = join(tmp, 'extensions');
mkdirSync(join(userDataDir, 'User'), { recursive: true });
mkdirSync(extensionsDir, { recursive: true });
writeFileSync(
  join(userDataDir, 'User', 'settings.json'),
  JSON.stringify({ 'workbench.startupEditor': 'none', 'telemetry.telemetryLevel': 'off', 'update.mode': 'none', 'git.enabled': false }, null, 2),
);

let extensionDevelopmentPath = REPO_ROOT;
let extensionRoot = REPO_ROOT;
if (VSIX) {
  // Install the VSIX, and load an empty placeholder as the development extension: VS Code only runs an
  // extensionTestsPath module in an extension-development window.
  const [cli, ...cliArgs] = resolveCliArgsFromVSCodeExecutablePath(vscodeExecutablePath);
  say(`installing ${VSIX}`);
  const install = spawnSync(cli, [...cliArgs, '--extensions-dir', extensionsDir, '--user-data-dir', userDataDir, '--install-extension', VSIX, '--force'], {
    encoding: 'utf8',
    shell: process.platform === 'win32',
  });
  if (install.status !== 0) fail(`--install-extension failed (exit ${install.status}): ${(install.stderr || install.stdout || '').trim()}`);
  if (!readdirSync(extensionsDir).some((name) => name.toLowerCase().startsWith('ir-lens.ir-lens-'))) fail('the VSIX did not install ir-lens.ir-lens');
  extensionDevelopmentPath = join(tmp, 'e2e-host');
  mkdirSync(extensionDevelopmentPath);
  writeFileSync(
    join(extensionDevelopmentPath, 'package.json'),
    JSON.stringify({ name: 'ir-lens-e2e-host', publisher: 'ir-lens-e2e', version: '0.0.0', engines: { vscode: '^1.100.0' } }, null, 2),
  );
  extensionRoot = extensionsDir;
}

let code;
try {
  code = await runTests({
    vscodeExecutablePath,
    extensionDevelopmentPath,
    extensionTestsPath: TESTS_ENTRY,
    launchArgs: [WORKSPACE, '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir, '--disable-telemetry'],
    extensionTestsEnv: {
      IR_LENS_E2E_GREP: process.env.IR_LENS_E2E_GREP ?? '',
      IR_LENS_E2E_INVERT: process.env.IR_LENS_E2E_INVERT ?? '',
      IR_LENS_E2E_MODE: VSIX ? 'vsix' : 'development',
      IR_LENS_E2E_EXTENSION_ROOT: extensionRoot,
      // No UI bridge under Electron: make sure one inherited from the environment is not used.
      IR_LENS_E2E_BRIDGE_URL: '',
    },
  });
} catch (error) {
  console.error(`[e2e-electron] ${error?.message ?? error}`);
  code = typeof error?.code === 'number' && error.code !== 0 ? error.code : 1;
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
say(code === 0 ? 'passed' : `FAILED (exit code ${code})`);
process.exit(code);
