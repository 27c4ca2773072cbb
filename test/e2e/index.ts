/**
 * Entry point of the end-to-end suite: the `extensionTestsPath` module both runners load
 * (scripts/e2e.mjs in code-server + Chromium, scripts/e2e-electron.mjs in desktop VS Code).
 * esbuild bundles it to out/e2e/index.js and every test/e2e/suite/**\/*.test.ts next to it, with
 * `vscode` and `mocha` left external.
 *
 * Environment (read inside the extension host):
 * - IR_LENS_E2E_GREP: only run tests whose full title matches this (a mocha grep, as a RegExp source).
 * - IR_LENS_E2E_INVERT=1: run the tests that do NOT match IR_LENS_E2E_GREP.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { format } from 'node:util';

/** Every compiled test file under out/e2e/suite (Node 20 has no fs.globSync). */
function testFiles(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.test.js'))
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name))
    .sort();
}

export async function run(): Promise<void> {
  // mocha 12 is an ES module; a dynamic import works in every extension host (Node 20.19+ or Electron),
  // where `require('mocha')` would depend on the host's require(esm) support.
  const { default: Mocha } = await import('mocha');
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000 });
  // VS Code forwards the extension host's console without applying printf-style formats ("%s (%dms)"),
  // so hand the reporter's lines over already formatted.
  Mocha.reporters.Base.consoleLog = (...args: unknown[]) => console.log(format(...args));

  const grep = process.env.IR_LENS_E2E_GREP;
  if (grep) {
    mocha.grep(grep);
    if (process.env.IR_LENS_E2E_INVERT === '1') mocha.invert();
    console.log(`[e2e] mocha grep: ${grep}${process.env.IR_LENS_E2E_INVERT === '1' ? ' (inverted)' : ''}`);
  }

  const files = testFiles(join(__dirname, 'suite'));
  if (files.length === 0) throw new Error(`no *.test.js files under ${join(__dirname, 'suite')}: run npm run build`);
  for (const file of files) mocha.addFile(file);

  await new Promise<void>((resolve, reject) => {
    try {
      mocha.run((failures) => {
        if (failures > 0) reject(new Error(`${failures} end-to-end test(s) failed.`));
        else resolve();
      });
    } catch (error) {
      reject(error);
    }
  });
}
