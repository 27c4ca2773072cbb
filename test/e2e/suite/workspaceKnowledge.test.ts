/**
 * The user's own knowledge and the writing checks, in a real VS Code: a workspace KB file
 * (glossary.irkb.yaml) adds and extends entries live, its problems appear in the Problems panel, and
 * each quick fix produces the expected text and can be undone.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, fixtureUri, openFixture, waitFor } from './util';

const PAPER = 'papers/steppe-concert.md';

function positionOf(document: vscode.TextDocument, needle: string): vscode.Position {
  const index = document.getText().indexOf(needle);
  assert.ok(index >= 0, `"${needle}" not found`);
  return document.positionAt(index + 1);
}

async function hoverValue(document: vscode.TextDocument, needle: string): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, positionOf(document, needle));
  return hovers.flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : '')).join('\n');
}

async function quickFixes(document: vscode.TextDocument, needle: string): Promise<vscode.CodeAction[]> {
  const start = positionOf(document, needle).translate(0, -1);
  const range = new vscode.Range(start, start.translate(0, needle.length));
  return vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, range);
}

describe('workspace knowledge and writing checks', () => {
  before(activateExtension);
  after(closeAllEditors);

  it('hovers a user entry, and a bundled entry the user extended', async () => {
    const editor = await openFixture(PAPER);
    const steppe = await waitFor(async () => {
      const text = await hoverValue(editor.document, 'Steppe Concert');
      return text.includes('Steppe Concert') ? text : undefined;
    }, { timeout: 15_000, message: 'the user entry is recognised' });
    assert.match(steppe, /great\\-power management of Central Asia/);
    const cica = await hoverValue(editor.document, 'Asian confidence conference');
    assert.match(cica, /Seminar note on CICA/);
    assert.match(cica, /`actor · organization`/);
  });

  it('reports a malformed entry at its line while the file\'s other entries still load', async () => {
    const uri = fixtureUri('glossary.irkb.yaml');
    const problems = await waitFor(() => {
      const found = vscode.languages.getDiagnostics(uri);
      return found.length > 0 ? found : undefined;
    }, { message: 'diagnostics in glossary.irkb.yaml' });
    assert.equal(problems.length, 1);
    assert.equal(problems[0].severity, vscode.DiagnosticSeverity.Error);
    assert.match(problems[0].message, /unknown type "planet"/);
    assert.equal(problems[0].range.start.line, 16, 'the "type: planet" line (0-based)');
    const editor = await openFixture(PAPER);
    assert.match(await hoverValue(editor.document, 'Dushanbe Seminar'), /\*\*When:\*\* 2019/);
  });

  it('goes to the definition of a user entry in the user\'s file', async () => {
    const editor = await openFixture(PAPER);
    const [location] = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeDefinitionProvider', editor.document.uri, positionOf(editor.document, 'Steppe Concert'));
    assert.ok(location.uri.path.endsWith('/glossary.irkb.yaml'));
    assert.equal(location.range.start.line, 1);
  });

  it('updates hovers as the KB file is edited, without a reload', async function () {
    this.timeout(150_000);
    const kbDocument = await vscode.workspace.openTextDocument(fixtureUri('glossary.irkb.yaml'));
    const edit = new vscode.WorkspaceEdit();
    edit.replace(kbDocument.uri, kbDocument.lineAt(6).range, '  summary: Edited live in the editor.');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const paper = await openFixture(PAPER);
    await waitFor(async () => (await hoverValue(paper.document, 'Steppe Concert')).includes('Edited live in the editor'), { message: 'the edited summary' });
    // Revert acts on the active editor. On a busy machine the editor just shown may not be active yet
    // (a CI run once waited 30 s for a summary that never changed back), so it is shown and reverted
    // again, every 10 s, until the document is clean; the hover must then follow.
    let tried = 0;
    await waitFor(
      async () => {
        if (kbDocument.isDirty && Date.now() - tried > 10_000) {
          tried = Date.now();
          await vscode.window.showTextDocument(kbDocument);
          await vscode.commands.executeCommand('workbench.action.files.revert');
        }
        return !kbDocument.isDirty;
      },
      { timeout: 60_000, message: 'the KB file is reverted' },
    );
    await waitFor(async () => (await hoverValue(paper.document, 'Steppe Concert')).includes('great\\-power management'), { timeout: 60_000, message: 'the reverted summary' });
  });

  it('quick fix "Introduce the full name here" rewrites the first use, and undo restores it', async () => {
    const editor = await openFixture('papers/eurasian-order.md');
    const original = editor.document.getText();
    const fix = await waitFor(async () => (await quickFixes(editor.document, 'SCO')).find((a) => a.title === 'Introduce the full name here'), { message: 'the quick fix' });
    assert.ok(fix.edit);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.match(editor.document.getText(), /^The Shanghai Cooperation Organisation \(SCO\) appears here before its full name/m);
    await vscode.commands.executeCommand('undo');
    await waitFor(() => editor.document.getText() === original, { message: 'undo restores the text' });
  });

  it('quick fix "Use \'X\' throughout" unifies spellings, touching nothing else', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: 'The Second World War ended. World War II shaped the order. World War II again.\n' });
    await vscode.window.showTextDocument(document);
    const fix = await waitFor(async () => (await quickFixes(document, 'Second World War')).find((a) => a.title.startsWith('Use ')), { message: 'the quick fix' });
    assert.equal(fix.title, "Use 'World War II' throughout");
    assert.ok(await vscode.workspace.applyEdit(fix.edit!));
    assert.equal(document.getText(), 'The World War II ended. World War II shaped the order. World War II again.\n');
  });

  it('offers "Add to knowledge base" for an unknown acronym, and the new entry is recognised at once', async () => {
    const editor = await openFixture(PAPER);
    const action = await waitFor(async () => (await quickFixes(editor.document, 'KZX')).find((a) => a.command?.command === 'irLens.addToKnowledgeBase'), { message: 'the code action' });
    assert.deepEqual(action.command!.arguments, [{ text: 'KZX' }]);
    const glossary = fixtureUri('glossary.irkb.yaml');
    const before = new TextDecoder().decode(await vscode.workspace.fs.readFile(glossary));
    const id = await vscode.commands.executeCommand<string>('irLens.addToKnowledgeBase', {
      text: 'KZX', type: 'actor', subtype: 'organization', name: 'Kazakh Transit Exchange', summary: 'A fictional body for this test.',
    });
    assert.equal(id, 'kazakh-transit-exchange');
    const after = new TextDecoder().decode(await vscode.workspace.fs.readFile(glossary));
    assert.ok(after.startsWith(before), 'the existing text is byte-identical');
    assert.match(after.slice(before.length), /- id: kazakh-transit-exchange\n  type: actor\n  subtype: organization\n  name: Kazakh Transit Exchange\n  aliases:\n    - KZX\n/);
    await waitFor(async () => (await hoverValue(editor.document, 'KZX')).includes('Kazakh Transit Exchange'), { message: 'KZX is recognised' });
  });
});
