#!/usr/bin/env node
// Makes sure Debian's Chromium is at /usr/bin/chromium (the browser the end-to-end runner drives
// through playwright-core; never `npx playwright install`, which downloads a browser), and Debian's
// ripgrep at /usr/bin/rg (VS Code's file search needs it; code-server's own copy is a download).
// As root it installs the package with apt-get; otherwise it explains how and exits non-zero.
// Usage: node scripts/ensure-chromium.mjs   (also imported by scripts/e2e.mjs)
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

export const CHROMIUM_PATH = process.env.IR_LENS_E2E_CHROMIUM || '/usr/bin/chromium';

/** Returns the Chromium path, installing the Debian package first when it is missing and we are root. */
export const RIPGREP_PATH = '/usr/bin/rg';

export function ensureChromium({ log = console.log } = {}) {
  if (existsSync(CHROMIUM_PATH) && existsSync(RIPGREP_PATH)) {
    log(`[ensure-chromium] found ${CHROMIUM_PATH}`);
    return CHROMIUM_PATH;
  }
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    throw new Error(
      `${CHROMIUM_PATH} or ${RIPGREP_PATH} is missing. Install Debian's packages as root: ` +
        `sudo apt-get update && sudo apt-get install -y chromium fonts-liberation ripgrep ` +
        `(or point IR_LENS_E2E_CHROMIUM at another Chromium binary).`,
    );
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  // fonts-liberation is only a recommendation of chromium, but screenshots need readable fonts on bare images.
  for (const args of [['update'], ['install', '-y', '--no-install-recommends', 'chromium', 'fonts-liberation', 'ripgrep']]) {
    log(`[ensure-chromium] apt-get ${args.join(' ')}`);
    const result = spawnSync('apt-get', args, { stdio: 'inherit', env });
    if (result.error) throw new Error(`apt-get ${args.join(' ')} could not start: ${result.error.message}`);
    if (result.status !== 0) throw new Error(`apt-get ${args.join(' ')} failed with exit code ${result.status}`);
  }
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`apt-get installed chromium but ${CHROMIUM_PATH} is still missing`);
  log(`[ensure-chromium] installed ${CHROMIUM_PATH}`);
  return CHROMIUM_PATH;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    ensureChromium();
  } catch (error) {
    console.error(`[ensure-chromium] ${error.message}`);
    process.exit(1);
  }
}
