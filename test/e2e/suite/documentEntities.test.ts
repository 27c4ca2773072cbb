/**
 * Entities a paper names itself (not in the knowledge base), through VS Code's own commands and, where
 * the runner sees the page, as the editor draws them.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, hasUiBridge, openFixture, uiDecorations, uiHover, waitFor } from './util';

const PAPER = 'papers/named-in-paper.md';

function offsetOf(document: vscode.TextDocument, needle: string, occurrence = 1): number {
  let index = -1;
  for (let i = 0; i < occurrence; i++) index = document.getText().indexOf(needle, index + 1);
  assert.ok(index >= 0, `"${needle}" #${occurrence} not found`);
  return index;
}

async function hoverMarkdown(document: vscode.TextDocument, position: vscode.Position): Promise<string> {
  return waitFor(async () => {
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
    const text = hovers.flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : c.value)).join('\n');
    return text.includes('Named in this document') ? text : undefined;
  }, { timeout: 15_000, message: 'the hover card of a document entity' });
}

describe('entities the paper names itself', () => {
  before(activateExtension);
  after(closeAllEditors);

  it('hover: the inferred type, "not in the knowledge base", the introduction and links to our commands only', async () => {
    const editor = await openFixture(PAPER);
    const text = await hoverMarkdown(editor.document, editor.document.positionAt(offsetOf(editor.document, 'Lake Volta Water Charter', 2) + 2));
    assert.match(text, /\*\*Lake Volta Water Charter\*\*/);
    assert.match(text, /`treaty · treaty`/);
    assert.match(text, /\*\*Introduced:\*\* line 6/);
    assert.match(text, /Mentioned 2 times in this document/);
    const commands = [...text.matchAll(/\]\(command:([\w.]+)\?/g)].map((m) => m[1]);
    assert.deepEqual(commands, ['irLens.revealRange', 'irLens.findMentions', 'irLens.addToKnowledgeBase']);
  });

  it('go to definition jumps to where the paper introduces the entity', async () => {
    const editor = await openFixture(PAPER);
    const locations = await waitFor(async () => {
      const found = await vscode.commands.executeCommand<vscode.Location[]>(
        'vscode.executeDefinitionProvider', editor.document.uri, editor.document.positionAt(offsetOf(editor.document, 'Kesselring then') + 2));
      return found.length > 0 ? found : undefined;
    }, 15_000);
    assert.equal(locations.length, 1);
    assert.equal(locations[0].uri.toString(), editor.document.uri.toString());
    assert.equal(editor.document.getText(locations[0].range), 'Amara Kesselring');
  });

  it('Find All Mentions lists every use of a defined acronym and its full name', async () => {
    const editor = await openFixture(PAPER);
    const locations = await waitFor(async () => {
      const found = await vscode.commands.executeCommand<vscode.Location[]>(
        'vscode.executeReferenceProvider', editor.document.uri, editor.document.positionAt(offsetOf(editor.document, 'LGA', 3) + 1));
      return found.length >= 4 ? found : undefined;
    }, 15_000);
    assert.deepEqual(locations.map((l) => editor.document.getText(l.range)), ['LGA', 'Liptako-Gourma Authority', 'LGA', 'LGA']);
    const viaCommand = await vscode.commands.executeCommand<vscode.Location[]>('irLens.findMentions', 'doc:liptako-gourma-authority');
    assert.equal(viaCommand.length, 4);
  });

  it('the Entities view has a group "Named in this paper"; the setting turns document entities off', async () => {
    await openFixture(PAPER);
    type Snapshot = { document?: string; named: { id: string; type: string; count: number }[] };
    const snapshot = async () => vscode.commands.executeCommand<Snapshot>('irLens.entities.snapshot');
    const named = await waitFor(async () => {
      const s = await snapshot();
      return s.document?.endsWith(PAPER) && s.named.length > 0 ? s.named : undefined;
    });
    assert.deepEqual(named.map((n) => [n.id, n.type, n.count]), [
      ['doc:liptako-gourma-authority', 'actor', 4],
      ['doc:amara-kesselring', 'actor', 2],
      ['doc:lake-volta-water-charter', 'treaty', 2],
    ]);
    const config = vscode.workspace.getConfiguration('irLens');
    await config.update('documentEntities.enabled', false, vscode.ConfigurationTarget.Global);
    try {
      await waitFor(async () => (await snapshot()).named.length === 0, { message: 'no document entities with the setting off' });
    } finally {
      await config.update('documentEntities.enabled', undefined, vscode.ConfigurationTarget.Global);
    }
    await waitFor(async () => (await snapshot()).named.length === 3, { message: 'document entities back' });
  });

  it('UI: document entities are drawn dashed, knowledge-base ones dotted; the hover card renders', async function () {
    if (!hasUiBridge()) this.skip();
    await openFixture(PAPER);
    const dashed = await waitFor(async () => {
      const spans = await uiDecorations('dashed');
      return spans.includes('Amara Kesselring') ? spans : undefined;
    }, { message: 'dashed underlines drawn' });
    for (const name of ['Liptako-Gourma Authority', 'LGA', 'Lake Volta Water Charter of 2004', 'Kesselring']) assert.ok(dashed.includes(name), `${name} in ${JSON.stringify(dashed)}`);
    assert.ok(!(await uiDecorations('dotted')).some((s) => dashed.includes(s)), 'no span drawn both ways');
    const hover = await uiHover('Kesselring', { occurrence: 1, expect: 'Named in this document', screenshot: 'hover-document-entity' });
    assert.match(hover.text, /Add to Knowledge Base/);
  });
});
