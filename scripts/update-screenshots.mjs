#!/usr/bin/env node
// Regenerates the README screenshots from the real VS Code: runs the e2e tests tagged @screenshot and
// copies their PNGs from test-artifacts/ into media/screenshots/.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';

execFileSync(process.execPath, ['scripts/e2e.mjs'], { stdio: 'inherit', env: { ...process.env, IR_LENS_E2E_GREP: '@screenshot' } });
mkdirSync('media/screenshots', { recursive: true });
for (const name of readdirSync('test-artifacts').filter((n) => /^docs-.*\.png$/.test(n))) {
  copyFileSync(`test-artifacts/${name}`, `media/screenshots/${name.replace(/^docs-/, '')}`);
  console.log(`media/screenshots/${name.replace(/^docs-/, '')}`);
}
