#!/usr/bin/env node
// Proves the shipped artefact: packages ir-lens-<version>.vsix, installs it into a fresh code-server
// and runs the end-to-end tests tagged @vsix against the installed copy (not the repository), then the
// first-open scenario (a paper opened from the Explorer before anything has started IR Lens).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
execFileSync(process.execPath, ['scripts/package.mjs'], { stdio: 'inherit' });
execFileSync(process.execPath, ['scripts/e2e.mjs'], {
  stdio: 'inherit',
  env: { ...process.env, IR_LENS_E2E_VSIX: `ir-lens-${version}.vsix`, IR_LENS_E2E_GREP: '@vsix' },
});
// What a new user sees: the installed VSIX, a paper opened from the Explorer, underlines with no command.
execFileSync(process.execPath, ['scripts/e2e.mjs'], {
  stdio: 'inherit',
  env: { ...process.env, IR_LENS_E2E_VSIX: `ir-lens-${version}.vsix`, IR_LENS_E2E_SCENARIO: 'first-open' },
});
