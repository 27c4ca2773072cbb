import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { repoRoot } from '../unit/helpers';

/**
 * End to end in another editor: headless Neovim (Debian's `neovim`, 0.7) starts `ir-lens lsp --stdio`
 * with its built-in LSP client on a Markdown paper, and gets a hover over "SCO", a treaty's definition,
 * the outline as document symbols, and a writing-check diagnostic.
 */
describe('Neovim with the IR Lens language server', function () {
  this.timeout(120_000);
  const nvim = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
  let results: {
    error?: string;
    hover?: string;
    definition?: { uri: string; range: { start: { line: number } } }[];
    symbols?: { name: string; detail: string; children?: { detail: string }[] }[];
    diagnostics?: { message: string; code: string; lnum: number; source: string }[];
  } = {};

  before(function () {
    if (nvim.status !== 0) {
      console.log('    (skipped: nvim is not installed; .ci/run installs Debian\'s neovim)');
      this.skip();
    }
    const folder = mkdtempSync(join(tmpdir(), 'ir-lens-nvim-'));
    const paper = join(folder, 'paper.md');
    writeFileSync(paper, 'The SCO grew.\n\nI will argue that the Shanghai Cooperation Organisation (SCO) is no alliance.\n\nBeijing and Moscow signed the Treaty of Good-Neighbourliness and Friendly Cooperation.\n');
    const out = join(folder, 'results.json');
    const setup = `lua IR_LENS_SERVER='${resolve(repoRoot, 'dist', 'cli.js')}'; IR_LENS_PAPER='${paper}'; IR_LENS_OUT='${out}'`;
    const run = spawnSync('nvim', ['--headless', '-u', 'NONE', '-i', 'NONE', '--cmd', setup, '-c', `luafile ${resolve(repoRoot, 'test', 'neovim', 'drive.lua')}`], {
      encoding: 'utf8',
      timeout: 100_000,
    });
    results = JSON.parse(readFileSync(out, 'utf8') || '{}') as typeof results;
    rmSync(folder, { recursive: true, force: true });
    assert.equal(results.error, undefined, `Neovim reported: ${results.error}\n${run.stderr}`);
    assert.equal(run.status, 0, run.stderr);
  });

  it('hovers over "SCO"', () => {
    assert.match(results.hover ?? '', /\*\*Shanghai Cooperation Organisation\*\*/);
  });

  it('goes to the treaty\'s definition in the knowledge base', () => {
    const entry = results.definition!.find((l) => l.uri.endsWith('.yaml'))!;
    const lines = readFileSync(new URL(entry.uri), 'utf8').split('\n');
    assert.match(lines[entry.range.start.line], /^- id: /);
    assert.match(lines.slice(entry.range.start.line, entry.range.start.line + 5).join('\n'), /Good-Neighbourliness/);
  });

  it('lists the argument outline as document symbols', () => {
    assert.ok(results.symbols!.some((s) => s.detail === 'Thesis'), JSON.stringify(results.symbols));
  });

  it('receives a writing-check diagnostic', () => {
    const diagnostic = results.diagnostics!.find((d) => d.code === 'acronym-before-introduction');
    assert.ok(diagnostic, JSON.stringify(results.diagnostics));
    assert.equal(diagnostic.lnum, 0);
    assert.equal(diagnostic.source, 'IR Lens');
  });
});
