/**
 * Screenshots of the real workbench for the README (hover card, Argument view, Entities view, a
 * writing-check quick fix). Each test also checks what it shows. `npm run screenshots` copies them
 * into media/screenshots/.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, hasUiBridge, openFixture, uiHover, uiPress, uiQuery, uiScreenshot, waitFor } from './util';

const PAPER = 'papers/china-russia-alignment.md';

describe('screenshots for the README @screenshot', function () {
  before(async function () {
    if (!hasUiBridge()) this.skip();
    await activateExtension();
  });
  after(closeAllEditors);

  it('hover card', async () => {
    await openFixture(PAPER);
    const hover = await uiHover('SCO', { expect: 'Shanghai Cooperation Organisation', screenshot: 'docs-hover-card' });
    assert.match(hover.text, /Founded/);
    await uiPress('Escape');
  });

  it('Argument view', async () => {
    await openFixture(PAPER);
    await vscode.commands.executeCommand('irLens.argument.focus');
    const rows = await waitFor(async () => {
      const found = await uiQuery('.monaco-list-row');
      return found.some((r) => /Thesis/.test(r)) ? found : undefined;
    }, { message: 'the Argument view rows' });
    assert.ok(rows.some((r) => /Conclusion/.test(r)));
    await uiScreenshot('docs-argument-view');
  });

  it('Entities view', async () => {
    await openFixture(PAPER);
    await vscode.commands.executeCommand('irLens.entities.focus');
    await waitFor(async () => (await uiQuery('.monaco-list-row')).some((r) => /Actors/.test(r)), { message: 'the Entities view rows' });
    await uiScreenshot('docs-entities-view');
  });

  it('writing-check quick fix', async () => {
    const editor = await openFixture('papers/eurasian-order.md');
    const index = editor.document.getText().indexOf('SCO');
    const position = editor.document.positionAt(index + 1);
    editor.selection = new vscode.Selection(position, position);
    await waitFor(() => vscode.languages.getDiagnostics(editor.document.uri).some((d) => d.source === 'IR Lens'), { message: 'writing diagnostics' });
    await vscode.commands.executeCommand('editor.action.quickFix');
    await waitFor(async () => (await uiQuery('.action-widget')).some((t) => /Introduce the full name here/.test(t)), { message: 'the quick-fix menu' });
    await uiScreenshot('docs-quick-fix');
    await uiPress('Escape');
  });
});
