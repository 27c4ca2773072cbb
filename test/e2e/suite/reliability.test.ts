/**
 * Reliability and security in the real VS Code: hostile KB text stays plain text in hovers, rapid
 * edits never leave stale results, and per-document state is released when documents close.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, hasUiBridge, openFixture, uiHover, uiPress, uiQuery, waitFor } from './util';

interface Api {
  liveDocuments(): { cached: number; pending: number };
  subscriptionCount(): number;
}
type Snapshot = { document?: string; types: { type: string; count: number; entities: { id: string; count: number }[] }[] };

describe('reliability and security', () => {
  let api: Api;
  before(async () => {
    api = (await activateExtension()).exports as Api;
  });
  after(closeAllEditors);

  it('renders hostile KB content as plain text and enables only its own commands', async () => {
    const editor = await openFixture('papers/hostile.md');
    const position = editor.document.positionAt(editor.document.getText().indexOf('Zorblax') + 2);
    const value = await waitFor(async () => {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, position);
      const text = hovers.flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : '')).join('\n');
      return text.includes('Zorblax') ? text : undefined;
    }, { timeout: 15_000, message: 'the hostile entry hovers' });
    const links = [...value.matchAll(/(?<!\\)\]\(([^)]+)\)/g)].map((m) => m[1]);
    assert.ok(links.length >= 2);
    for (const link of links) assert.match(link, /^command:irLens\.(openEntry|findMentions)\?/);
    assert.doesNotMatch(value, /(?<!\\)<(img|script)/);
  });

  it('UI: the rendered hostile card shows the markup as text and has no foreign links', async function () {
    if (!hasUiBridge()) this.skip();
    await openFixture('papers/hostile.md');
    const hover = await uiHover('Zorblax', { expect: 'Zorblax Quentin', screenshot: 'hostile-hover' });
    assert.match(hover.text, /<img src=x onerror=alert\(1\)>/, 'the HTML is shown as text');
    assert.match(hover.text, /\[run\]\(command:workbench\.action\.terminal\.new\)/, 'the command link is shown as text');
    const images = await uiQuery('.monaco-hover img');
    assert.deepEqual(images, []);
    const hrefs = await uiQuery('.monaco-hover a');
    assert.ok(hrefs.every((h) => /Go to definition|Find all mentions/.test(h)), JSON.stringify(hrefs));
    await uiPress('Escape');
  });

  it('after 100 edits in a second, the views show the final text\'s analysis', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: '' });
    const editor = await vscode.window.showTextDocument(document);
    const words = ['NATO met. ', 'The SCO met. ', 'Wendt wrote. ', 'An alliance formed. ', 'Beijing stated it. ', 'x. '];
    for (let i = 0; i < 100; i++) {
      await editor.edit((b) => b.insert(document.positionAt(document.getText().length), words[i % words.length]), { undoStopBefore: false, undoStopAfter: false });
    }
    const expectedNato = document.getText().split('NATO').length - 1;
    const snapshot = await waitFor(async () => {
      const s = await vscode.commands.executeCommand<Snapshot>('irLens.entities.snapshot');
      const nato = s.types.flatMap((t) => t.entities).find((e) => e.id === 'nato');
      return nato?.count === expectedNato ? s : undefined;
    }, { message: `NATO counted ${expectedNato} times` });
    const total = snapshot.types.reduce((n, t) => n + t.count, 0);
    // 100 inserts cycle through six snippets: 17 each of the first four (NATO, SCO, Wendt, alliance), 16 of
    // Beijing. A bare "Wendt" is not Alexander Wendt while the text never names him in full.
    assert.equal(total, 17 * 3 + 16);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('closing documents mid-analysis and switching editors quickly leaves nothing behind', async () => {
    const registrations = api.subscriptionCount();
    for (let i = 0; i < 10; i++) {
      const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: `Paper ${i}: the SCO and NATO.` });
      const editor = await vscode.window.showTextDocument(document);
      await editor.edit((b) => b.insert(new vscode.Position(0, 0), 'Beijing stated. '));
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
    for (const name of ['papers/eurasian-order.md', 'alliance-notes.txt', 'papers/eurasian-order.md', 'sco-regional-security.md']) await openFixture(name);
    const snapshot = await waitFor(async () => {
      const s = await vscode.commands.executeCommand<Snapshot>('irLens.entities.snapshot');
      return s.document?.endsWith('sco-regional-security.md') ? s : undefined;
    }, { message: 'the Entities view follows the last editor' });
    assert.ok(snapshot.types.length > 0);
    await closeAllEditors();
    // Untitled documents are disposed a little after their editor closes.
    await waitFor(() => api.liveDocuments().pending === 0, { message: 'no refresh pending' });
    await waitFor(() => api.liveDocuments().cached <= vscode.workspace.textDocuments.filter((d) => ['markdown', 'plaintext'].includes(d.languageId)).length, {
      timeout: 20_000,
      message: 'no analysis kept for closed documents',
    });
    assert.equal(api.subscriptionCount(), registrations, 'no registration was added while documents came and went');
  });
});

describe('large documents', () => {
  after(async () => {
    await vscode.workspace.getConfiguration('irLens').update('maxFileSize', undefined, vscode.ConfigurationTarget.Global);
    await closeAllEditors();
  });

  it('above irLens.maxFileSize analyses the visible part only and says so in the status bar', async () => {
    const api = (await activateExtension()).exports as { statusBarText(): string };
    await vscode.workspace.getConfiguration('irLens').update('maxFileSize', 20_000, vscode.ConfigurationTarget.Global);
    const content = Array.from({ length: 2000 }, (_, i) => `Paragraph ${i}: the SCO and NATO met in a long draft.\n\n`).join('');
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content });
    const editor = await vscode.window.showTextDocument(document);
    editor.revealRange(new vscode.Range(0, 0, 0, 0));
    await waitFor(() => /\(visible part\)$/.test(api.statusBarText()), { message: 'the status bar says only the visible part is analysed' });
    const counted = Number(/(\d+) IR mentions/.exec(api.statusBarText())![1]);
    assert.ok(counted > 0 && counted < 4000, `${counted} mentions: fewer than the whole document's 4000`);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, new vscode.Position(0, 18));
    assert.ok(hovers.some((h) => h.contents.some((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : '').includes('Shanghai Cooperation Organisation'))));
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
