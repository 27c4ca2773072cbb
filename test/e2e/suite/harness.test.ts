/**
 * First end-to-end tests: the harness itself. They prove that the suite runs inside a real VS Code with
 * IR Lens loaded (from the repository, or from the VSIX under IR_LENS_E2E_VSIX), and that a test can
 * drive the rendered workbench through the runner's UI bridge.
 */
import * as assert from 'node:assert/strict';
import { existsSync, statSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import * as vscode from 'vscode';
import { EXTENSION_ID, closeAllEditors, hasUiBridge, openFixture, uiDecorations, uiHover, uiPress, uiScreenshot, waitFor } from './util';

const PAPER = 'sco-regional-security.md';

describe('e2e harness', () => {
  after(closeAllEditors);

  it(`finds ${EXTENSION_ID} and activates it on a Markdown paper from the fixture workspace @vsix`, async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not installed in this VS Code`);

    const editor = await openFixture(PAPER);
    assert.equal(editor.document.languageId, 'markdown');
    assert.match(editor.document.getText(), /Shanghai Cooperation Organisation \(SCO\)/);

    await extension.activate();
    assert.equal(extension.isActive, true, `${EXTENSION_ID} did not activate`);

    // Which copy of the extension is loaded: the development folder or the installed VSIX.
    const loadedFrom = resolve(extension.extensionUri.fsPath);
    const expectedDir = process.env.IR_LENS_E2E_EXTENSION_ROOT;
    if (expectedDir) {
      const root = resolve(expectedDir);
      assert.ok(
        loadedFrom === root || loadedFrom.startsWith(root + sep),
        `${EXTENSION_ID} was loaded from ${loadedFrom}, expected under ${root} (${process.env.IR_LENS_E2E_MODE} mode)`,
      );
    }
    console.log(`      ${EXTENSION_ID} ${extension.packageJSON.version} loaded from ${loadedFrom}`);
  });

  it('UI: the editor renders the underlines of an opened paper, with no command run first @vsix', async function () {
    if (!hasUiBridge()) this.skip();
    // No command, setting change or edit before this: what a user sees after opening a paper. (The
    // first paper of a session, opened before IR Lens is active, is checked by scripts/e2e.mjs's
    // first-open scenario: here the test runner has already started the extension.)
    await openFixture(PAPER);
    const underlined = await waitFor(async () => {
      const spans = await uiDecorations();
      return ['SCO', 'Shanghai Cooperation Organisation'].every((name) => spans.includes(name)) ? spans : undefined;
    }, { timeout: 60_000, message: 'the editor renders dotted underlines under SCO and its full name' });
    assert.ok(underlined.length >= 5, `underlined: ${JSON.stringify(underlined)}`);
    await uiScreenshot('first-open-underlines');
  });

  it('UI bridge: hovers a word in the editor and reads the rendered hover card', async function () {
    if (!hasUiBridge()) this.skip(); // only scripts/e2e.mjs drives the page

    const probe = `IR Lens e2e hover probe ${Date.now()}`;
    // A temporary provider with a known answer, so the assertion does not depend on other hovers.
    const provider = vscode.languages.registerHoverProvider(
      { language: 'markdown' },
      {
        provideHover(document, position) {
          const range = document.getWordRangeAtPosition(position, /Wendt/);
          return range ? new vscode.Hover(new vscode.MarkdownString(`**${probe}**: constructivist`), range) : undefined;
        },
      },
    );
    try {
      const editor = await openFixture(PAPER);
      await waitFor(() => vscode.window.activeTextEditor === editor, { message: `${PAPER} is the active editor` });

      const hover = await uiHover('Wendt', { expect: probe, screenshot: 'e2e-bridge-hover-wendt' });
      assert.ok(hover.text.trim().length > 0, 'the hover card is empty');
      assert.ok(hover.text.includes(probe), `hover card text was: ${JSON.stringify(hover.text)}`);
      assert.ok(existsSync(hover.screenshot) && statSync(hover.screenshot).size > 1_000, `no screenshot at ${hover.screenshot}`);
      await uiPress('Escape');
    } finally {
      provider.dispose();
    }
  });
});
