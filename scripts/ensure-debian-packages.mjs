#!/usr/bin/env node
// Makes sure the Debian packages the tests use are installed: Chromium at /usr/bin/chromium (the browser
// the end-to-end runner drives through playwright-core; never `npx playwright install`, which downloads a
// browser), ripgrep at /usr/bin/rg (VS Code's file search; code-server's own copy is a download), Neovim
// (the language-server test drives it), and fonts, Noto CJK among them, so screenshots show Chinese and
// Russian names. As root it installs what is missing with apt-get; otherwise it says how and exits non-zero.
// Usage: node scripts/ensure-debian-packages.mjs   (also imported by scripts/e2e.mjs)
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

export const CHROMIUM_PATH = process.env.IR_LENS_E2E_CHROMIUM || '/usr/bin/chromium';

/** Each package and the file that shows it is installed. */
const PACKAGES = [
  { name: 'chromium', file: CHROMIUM_PATH },
  { name: 'ripgrep', file: '/usr/bin/rg' },
  { name: 'neovim', file: '/usr/bin/nvim' },
  // fonts-liberation is only a recommendation of chromium, but screenshots need readable fonts on bare images.
  { name: 'fonts-liberation', file: '/usr/share/fonts/truetype/liberation' },
  { name: 'fonts-noto-cjk', file: '/usr/share/fonts/opentype/noto' },
];

/** Installs the missing packages (as root); returns the Chromium path. */
export function ensureDebianPackages({ log = console.log } = {}) {
  const missing = PACKAGES.filter((p) => !existsSync(p.file)).map((p) => p.name);
  if (missing.length === 0) {
    log(`[ensure-debian-packages] found ${PACKAGES.map((p) => p.name).join(', ')}`);
    return CHROMIUM_PATH;
  }
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    throw new Error(
      `missing Debian packages: ${missing.join(', ')}. Install them as root: sudo apt-get update && sudo apt-get install -y ${missing.join(' ')} ` +
        `(or point IR_LENS_E2E_CHROMIUM at another Chromium binary).`,
    );
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update'], ['install', '-y', '--no-install-recommends', ...missing]]) {
    log(`[ensure-debian-packages] apt-get ${args.join(' ')}`);
    const result = spawnSync('apt-get', args, { stdio: 'inherit', env });
    if (result.error) throw new Error(`apt-get ${args.join(' ')} could not start: ${result.error.message}`);
    if (result.status !== 0) throw new Error(`apt-get ${args.join(' ')} failed with exit code ${result.status}`);
  }
  const still = PACKAGES.filter((p) => !existsSync(p.file));
  if (still.length > 0) throw new Error(`apt-get ran but these are still missing: ${still.map((p) => p.file).join(', ')}`);
  log(`[ensure-debian-packages] installed ${missing.join(', ')}`);
  return CHROMIUM_PATH;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    ensureDebianPackages();
  } catch (error) {
    console.error(`[ensure-debian-packages] ${error.message}`);
    process.exit(1);
  }
}
