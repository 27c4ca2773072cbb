/**
 * Workspace trust. Under IR_LENS_E2E_UNTRUSTED=1 (npm run test:e2e runs it) the folder opens in
 * restricted mode: the bundled KB works, workspace KB files are ignored and the status bar says so.
 * In the normal (trusted) run the same files are used. Tagged @untrusted / @trusted for the runner.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, openFixture, waitFor } from './util';

const untrusted = process.env.IR_LENS_E2E_UNTRUSTED === '1';

async function hoverAt(document: vscode.TextDocument, needle: string): Promise<string> {
  const position = document.positionAt(document.getText().indexOf(needle) + 1);
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
  return hovers.flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : '')).join('\n');
}

describe('workspace trust @untrusted @trusted', () => {
  before(activateExtension);
  after(closeAllEditors);

  it(untrusted ? 'untrusted: bundled KB works, workspace KB files are ignored with a visible note' : 'trusted: workspace KB files are used', async () => {
    assert.equal(vscode.workspace.isTrusted, !untrusted);
    const editor = await openFixture('papers/steppe-concert.md');
    const moscow = await waitFor(async () => {
      const text = await hoverAt(editor.document, 'Moscow');
      return text.includes('Russia') ? text : undefined;
    }, { timeout: 15_000, message: 'the bundled KB hovers' });
    assert.match(moscow, /\*\*Russia\*\*/);
    if (untrusted) {
      // Give the workspace KB time it would need to load, then check it did not.
      await new Promise((resolve) => setTimeout(resolve, 1500));
      assert.equal(await hoverAt(editor.document, 'Steppe Concert'), '');
      assert.deepEqual(vscode.languages.getDiagnostics().filter(([uri]) => uri.path.endsWith('.irkb.yaml')).flatMap(([, d]) => d), []);
      const api = vscode.extensions.getExtension('ir-lens.ir-lens')!.exports as { trustNoteVisible(): boolean };
      assert.equal(api.trustNoteVisible(), true);
    } else {
      await waitFor(async () => (await hoverAt(editor.document, 'Steppe Concert')).includes('Steppe Concert'), { message: 'the user entry hovers' });
    }
  });
});
