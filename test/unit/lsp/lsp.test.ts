import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { startServer, type TestClient } from './lspClient';

/** The language server over stdio, driven at the protocol level as an editor's client would. */
describe('language server (ir-lens lsp --stdio)', function () {
  this.timeout(60_000);
  let client: TestClient;
  let folder: string;
  const uri = (name: string): string => pathToFileURL(join(folder, name)).toString();
  const PAPER = [
    '# Hedging',
    '',
    'The SCO grew. I will argue that the Shanghai Cooperation Organisation (SCO) is no alliance.',
    '',
    'Beijing and Moscow signed the Treaty of Good-Neighbourliness and Friendly Cooperation in 2001.',
    '',
  ].join('\n');

  before(async () => {
    folder = mkdtempSync(join(tmpdir(), 'ir-lens-lsp-'));
    writeFileSync(join(folder, 'other.md'), 'NATO, and the SCO once more.\n');
    writeFileSync(join(folder, 'notes.irkb.yaml'), '- { id: steppe-concert, type: actor, name: Steppe Concert }\n- { id: bad, type: planet, name: X }\n');
    client = startServer({ settings: { checks: { unknownAcronyms: false } } });
    const result = (await client.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(folder).toString(),
      workspaceFolders: [{ uri: pathToFileURL(folder).toString(), name: 'ws' }],
      capabilities: { workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: false } } },
    })) as { capabilities: Record<string, unknown> };
    assert.equal((result.capabilities.textDocumentSync as { change: number }).change, 2, 'incremental sync');
    for (const feature of ['hoverProvider', 'definitionProvider', 'referencesProvider', 'documentSymbolProvider', 'workspaceSymbolProvider', 'codeActionProvider']) {
      assert.ok(result.capabilities[feature], feature);
    }
    void client.connection.sendNotification('initialized', {});
    void client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: uri('paper.md'), languageId: 'markdown', version: 1, text: PAPER } });
  });
  after(async () => {
    await client?.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  const at = (needle: string, occurrence = 0): { line: number; character: number } => {
    const lines = PAPER.split('\n');
    let seen = 0;
    for (let line = 0; line < lines.length; line++) {
      for (let i = lines[line].indexOf(needle); i >= 0; i = lines[line].indexOf(needle, i + 1)) if (seen++ === occurrence) return { line, character: i + 1 };
    }
    throw new Error(`${needle} not found`);
  };

  it('hovers over "SCO" with the KB card, without VS Code command links', async () => {
    const hover = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: uri('paper.md') }, position: at('SCO') })) as {
      contents: { kind: string; value: string };
      range: { start: { line: number; character: number } };
    };
    assert.equal(hover.contents.kind, 'markdown');
    assert.match(hover.contents.value, /\*\*Shanghai Cooperation Organisation\*\*/);
    assert.doesNotMatch(hover.contents.value, /command:/);
    assert.deepEqual(hover.range.start, { line: 2, character: 4 });
  });

  it('goes to a treaty\'s KB entry at its line', async () => {
    const locations = (await client.connection.sendRequest('textDocument/definition', { textDocument: { uri: uri('paper.md') }, position: at('Good-Neighbourliness') })) as {
      uri: string;
      range: { start: { line: number } };
    }[];
    const entry = locations.find((l) => l.uri.endsWith('.yaml'))!;
    const line = readFileSync(fileURLToPath(entry.uri), 'utf8').split('\n')[entry.range.start.line];
    assert.match(line, /^- id: /);
    assert.match(readFileSync(fileURLToPath(entry.uri), 'utf8').split('\n').slice(entry.range.start.line, entry.range.start.line + 5).join('\n'), /Good-Neighbourliness/);
  });

  it('finds references in the document and in the workspace\'s other papers', async () => {
    const locations = (await client.connection.sendRequest('textDocument/references', {
      textDocument: { uri: uri('paper.md') },
      position: at('SCO'),
      context: { includeDeclaration: false },
    })) as { uri: string }[];
    assert.deepEqual(locations.map((l) => l.uri.split('/').pop()).sort(), ['other.md', 'paper.md', 'paper.md', 'paper.md']);
  });

  it('lists the argument outline as nested document symbols', async () => {
    const symbols = (await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: uri('paper.md') } })) as { name: string; detail: string; children: { detail: string }[] }[];
    assert.equal(symbols[0].detail, 'Section');
    assert.equal(symbols[0].name, 'Hedging');
    assert.ok(symbols[0].children.some((c) => c.detail === 'Thesis'), JSON.stringify(symbols));
  });

  it('publishes writing checks as diagnostics, and offers their quick fix', async () => {
    await client.waitForDiagnostics(uri('paper.md'), (list) => list.some((d) => d.code === 'acronym-before-introduction'));
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri: uri('paper.md') },
      range: { start: { line: 2, character: 4 }, end: { line: 2, character: 7 } },
      context: { diagnostics: [] },
    })) as { title: string; edit?: { changes: Record<string, { newText: string }[]> } }[];
    const fix = actions.find((a) => a.title === 'Introduce the full name here')!;
    assert.deepEqual(fix.edit!.changes[uri('paper.md')].map((e) => e.newText), ['Shanghai Cooperation Organisation (SCO)']);
  });

  it('reports problems of the workspace KB files, and uses their valid entries', async () => {
    await client.waitForDiagnostics(uri('notes.irkb.yaml'), (list) => list.some((d) => /unknown type "planet"/.test(d.message) && d.range.start.line === 1));
    const symbols = (await client.connection.sendRequest('workspace/symbol', { query: '' })) as { name: string }[];
    assert.ok(symbols.some((s) => s.name === 'Shanghai Cooperation Organisation'));
  });

  it('applies incremental edits, and answers for the new text', async () => {
    void client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: uri('paper.md'), version: 2 },
      contentChanges: [{ range: { start: { line: 2, character: 4 }, end: { line: 2, character: 7 } }, text: 'Steppe Concert' }],
    });
    const hover = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: uri('paper.md') }, position: { line: 2, character: 6 } })) as { contents: { value: string } };
    assert.match(hover.contents.value, /\*\*Steppe Concert\*\*/);
  });

  it('answers the irLens/entities and irLens/outline requests', async () => {
    const entities = (await client.connection.sendRequest('irLens/entities', { uri: uri('paper.md') })) as { type: string; entities: { id: string; count: number }[] }[];
    assert.ok(entities.find((g) => g.type === 'actor')!.entities.some((e) => e.id === 'steppe-concert' && e.count === 1));
    const outline = (await client.connection.sendRequest('irLens/outline', { uri: uri('paper.md') })) as { role: string }[];
    assert.equal(outline[0].role, 'section');
  });

  it('takes settings through workspace/configuration (checks switched off)', async () => {
    const quiet = startServer({ settings: { checks: { acronymBeforeIntroduction: false } } });
    try {
      await quiet.connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: { workspace: { configuration: true } } });
      void quiet.connection.sendNotification('initialized', {});
      await new Promise((r) => setTimeout(r, 300)); // the server asks for the settings after `initialized`
      void quiet.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: 'file:///tmp/x.md', languageId: 'markdown', version: 1, text: 'The SCO grew. The Shanghai Cooperation Organisation (SCO).' } });
      await quiet.waitForDiagnostics('file:///tmp/x.md', () => true);
      assert.deepEqual(quiet.diagnostics.get('file:///tmp/x.md'), []);
    } finally {
      await quiet.stop();
    }
  });
});
