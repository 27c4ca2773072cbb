/**
 * The outline's support check and the Paragraph Map view, through VS Code's own commands.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, openFixture, waitFor } from './util';

const PAPER = 'papers/ports-and-power.md';

type MapSnapshot = { document?: string; entries: { kind: string; label: string; depth: number }[] };

describe('support at a glance, and the paragraph map', () => {
  before(activateExtension);
  after(closeAllEditors);

  it('marks a claim with no support with an Information diagnostic, and its quick fix accepts it (undoable)', async () => {
    const editor = await openFixture(PAPER);
    const original = editor.document.getText();
    const unsupported = () => vscode.languages.getDiagnostics(editor.document.uri).filter((d) => d.code === 'unsupported-claim');
    const [diagnostic] = await waitFor(() => (unsupported().length > 0 ? unsupported() : undefined), { message: 'the unsupported-claim diagnostic' });
    assert.equal(unsupported().length, 1, 'the claim backed by figures and a citation is not reported');
    assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Information);
    assert.equal(diagnostic.message, 'This claim has no evidence or citation in the paper.');
    assert.equal(editor.document.getText(diagnostic.range), 'Ports are the new bases of great-power competition.');

    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', editor.document.uri, diagnostic.range);
    const accept = actions.find((a) => a.title.startsWith('Accept this claim as it stands'));
    assert.ok(accept?.edit, actions.map((a) => a.title).join(', '));
    assert.ok(await vscode.workspace.applyEdit(accept.edit));
    assert.match(editor.document.getText(), /<!-- irLens: supported --> Ports are the new bases/);
    await waitFor(() => unsupported().length === 0, { message: 'the accepted claim is no longer reported' });
    await vscode.commands.executeCommand('undo');
    await waitFor(() => editor.document.getText() === original, { message: 'undo restores the text' });
  });

  it('the Paragraph Map lists every paragraph by its main sentence, under the sections', async () => {
    await openFixture(PAPER);
    await vscode.commands.executeCommand('irLens.showParagraphMap');
    const map = await waitFor(async () => {
      const s = await vscode.commands.executeCommand<MapSnapshot>('irLens.paragraphs.snapshot');
      return s.document?.endsWith(PAPER) && s.entries.length > 0 ? s : undefined;
    }, { message: 'the paragraph map of the paper' });
    assert.deepEqual(map.entries.map((e) => [e.kind, e.depth, e.label]), [
      ['section', 0, 'Ports and power'],
      ['paragraph', 1, 'Ports are the new bases of great-power competition'],
      ['paragraph', 1, 'Commercial ports rarely become naval bases'],
    ]);
  });
});
