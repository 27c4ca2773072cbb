/**
 * The Argument view, annotation export and the Markdown preview plugin, in a real VS Code.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, fixtureUri, hasUiBridge, openFixture, uiClick, uiQuery, waitFor } from './util';

const DRAFT = 'papers/argument-draft.md';

interface SnapshotUnit {
  role: string;
  label: string;
  start: number;
  end: number;
  children: SnapshotUnit[];
}
type Snapshot = { document?: string; units: SnapshotUnit[] };

/** Resolves when the visible list rows read the same twice, 300 ms apart. */
async function rowsSettled(): Promise<void> {
  let previous = '';
  await waitFor(async () => {
    const rows = (await uiQuery('.monaco-list-row')).join('\n');
    const same = rows === previous;
    previous = rows;
    return same;
  }, { interval: 300, message: 'the Argument view stops re-rendering' });
}

/** The text of the next non-empty selection made in any editor (an event, not a poll); '' if none comes within `timeout`. */
function nextNonEmptySelection(timeout: number): Promise<string> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      listener.dispose();
      resolve('');
    }, timeout);
    const listener = vscode.window.onDidChangeTextEditorSelection((e) => {
      const selection = e.selections[0];
      if (!selection || selection.isEmpty) return;
      clearTimeout(timer);
      listener.dispose();
      resolve(e.textEditor.document.getText(selection));
    });
  });
}

const snapshot = () => vscode.commands.executeCommand<Snapshot>('irLens.argument.snapshot');
const flatten = (units: SnapshotUnit[]): SnapshotUnit[] => units.flatMap((u) => [u, ...flatten(u.children)]);

describe('Argument view, export and preview', () => {
  before(activateExtension);
  after(closeAllEditors);

  it('shows the draft\'s sections, thesis, reasons, counter-claim and conclusion', async () => {
    await openFixture(DRAFT);
    const view = await waitFor(async () => {
      const s = await snapshot();
      return s.document?.endsWith(DRAFT) && s.units.length > 0 ? s : undefined;
    }, 15_000);
    assert.deepEqual(view.units.map((u) => [u.role, u.label]), [['section', 'Hedging in Central Asia']]);
    assert.deepEqual(view.units[0].children.map((u) => u.label), ['Argument', 'Objections', 'Conclusion']);
    const roles = flatten(view.units).map((u) => u.role);
    for (const role of ['thesis', 'reason', 'counterclaim', 'evidence', 'conclusion']) assert.ok(roles.includes(role), role);
    assert.equal(roles.filter((r) => r === 'reason').length, 3);
  });

  it('selects a unit\'s sentence when it is clicked', async () => {
    const editor = await openFixture(DRAFT);
    const thesis = flatten((await snapshot()).units).find((u) => u.role === 'thesis')!;
    await vscode.commands.executeCommand('irLens.revealRange', editor.document.uri, thesis.start, thesis.end);
    const selected = vscode.window.activeTextEditor!.document.getText(vscode.window.activeTextEditor!.selection);
    assert.match(selected, /^This paper argues that Kazakhstan hedges/);
  });

  it('UI: clicking a row of the Argument view selects its sentence in the editor', async function () {
    if (!hasUiBridge()) this.skip();
    this.timeout(150_000);
    const editor = await openFixture(DRAFT);
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await vscode.commands.executeCommand('irLens.argument.focus');
    const row = 'Its leaders value autonomy';
    await waitFor(async () => (await uiQuery('.monaco-list-row')).some((r) => r.includes(row)), { message: 'the row is shown' });
    // The view re-renders while it follows the cursor: click once its rows have settled, and again if a
    // re-render moved the row under the mouse or swallowed the click (on a busy machine a click can land
    // while the list is replaced); the assertion below still needs the right sentence.
    const expected = /^Finally, its leaders value\s+autonomy above alignment\.$/;
    let selected = '';
    for (let attempt = 0; attempt < 5 && !expected.test(selected); attempt++) {
      const active = vscode.window.activeTextEditor ?? editor;
      active.selection = new vscode.Selection(active.selection.active, active.selection.active);
      await rowsSettled();
      const selection = nextNonEmptySelection(15_000);
      await uiClick('.monaco-list-row', row);
      selected = await selection;
    }
    assert.match(selected, expected);
  });

  it('updates after an edit', async () => {
    const editor = await openFixture(DRAFT);
    const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
    await editor.edit((b) => b.insert(end, '\nTo summarize, Astana keeps its options open.\n'));
    await waitFor(async () => flatten((await snapshot()).units).filter((u) => u.role === 'conclusion').length === 2, { message: 'a second conclusion' });
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await waitFor(async () => flatten((await snapshot()).units).filter((u) => u.role === 'conclusion').length === 1, { message: 'back to one conclusion' });
  });

  it('filters by role and copies the outline as Markdown', async () => {
    await openFixture(DRAFT);
    await vscode.commands.executeCommand('irLens.argument.filter', ['reason']);
    try {
      const roles = flatten((await snapshot()).units).map((u) => u.role);
      assert.deepEqual([...new Set(roles)].sort(), ['claim', 'reason', 'section'], 'reasons and the units that contain them');
    } finally {
      await vscode.commands.executeCommand('irLens.argument.filter', ['section', 'thesis', 'claim', 'reason', 'counterclaim', 'evidence', 'conclusion']);
    }
    const markdown = await vscode.commands.executeCommand<string>('irLens.argument.copyMarkdown');
    assert.equal(await vscode.env.clipboard.readText(), markdown);
    assert.match(markdown, /^- \*\*Section\*\*: Hedging in Central Asia\n  - \*\*Section\*\*: Argument\n    - \*\*Thesis\*\*: /);
  });

  it('exports annotations in each format, next to the paper', async () => {
    const paper = fixtureUri('sco-regional-security.md');
    for (const format of ['json', 'w3c', 'csv', 'brat'] as const) {
      const target = fixtureUri(`exports/sco.${format}`);
      const written = await vscode.commands.executeCommand<vscode.Uri>('irLens.exportAnnotations', { format, uri: paper, target });
      assert.equal(written?.toString(), target.toString());
      const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
      if (format === 'json') assert.ok(JSON.parse(text).mentions.some((m: { id: string }) => m.id === 'sco'));
      if (format === 'w3c') assert.equal(JSON.parse(text).type, 'AnnotationCollection');
      if (format === 'csv') assert.match(text, /^start,end,line,type,id,name,text,source\r\n/);
      if (format === 'brat') assert.match(text, /^T1\tActor \d+ \d+\t/m);
    }
  });

  it('refuses to export over the paper itself', async () => {
    const paper = fixtureUri('sco-regional-security.md');
    const before = new TextDecoder().decode(await vscode.workspace.fs.readFile(paper));
    assert.equal(await vscode.commands.executeCommand('irLens.exportAnnotations', { format: 'csv', uri: paper, target: paper }), undefined);
    assert.equal(new TextDecoder().decode(await vscode.workspace.fs.readFile(paper)), before);
  });

  it('marks mentions in the Markdown preview through extendMarkdownIt', async () => {
    const html = await waitFor(async () => {
      const rendered = await vscode.commands.executeCommand<string>('markdown.api.render', 'The SCO met in `SCO` code.');
      return rendered.includes('ir-lens-mention') ? rendered : undefined;
    }, { timeout: 15_000, message: 'the preview plugin marks mentions' });
    assert.match(html, /<span class="ir-lens-mention ir-lens-actor" data-ir-lens-id="sco" title="Shanghai Cooperation Organisation — [^"]*">SCO<\/span>/);
    assert.match(html, /<code>SCO<\/code>/);
  });
});

describe('walkthrough', () => {
  it('contributes the getting-started steps, and its example paper opens', async () => {
    const extension = vscode.extensions.getExtension('ir-lens.ir-lens')!;
    const [walkthrough] = extension.packageJSON.contributes.walkthroughs;
    assert.deepEqual(walkthrough.steps.map((s: { id: string }) => s.id), ['openPaper', 'hover', 'argument', 'ownEntry']);
    const editor = await vscode.commands.executeCommand<vscode.TextEditor>('irLens.openExample');
    assert.equal(editor.document.languageId, 'markdown');
    assert.match(editor.document.getText(), /^---\ntitle: Alignment without alliance\?/);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
