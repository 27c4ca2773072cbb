import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyzeDocument } from '../../../src/core/analysis';
import { createDocument } from '../../../src/core/document';
import { analysisWindow, analyzeWindow } from '../../../src/core/windowAnalysis';
import { kbFromYaml, repoRoot } from '../helpers';

const kb = kbFromYaml(readFileSync(resolve(repoRoot, 'test/fixtures/matcher/kb.yaml'), 'utf8'));
const paragraph = (i: number) => `Paragraph ${i}: Beijing and the SCO met while NATO watched the Cold War end.\n\n`;
const text = Array.from({ length: 400 }, (_, i) => paragraph(i)).join('') + '```\nChina in a fence\n```\n';

describe('windowed analysis of large documents', () => {
  it('snaps the window to blank lines around the visible part plus a margin', () => {
    const w = analysisWindow(text, [{ start: 10_000, end: 11_000 }], 2_000);
    assert.ok(w.start <= 8_000 && w.end >= 13_000);
    assert.ok(w.start === 0 || text.slice(w.start - 2, w.start) === '\n\n');
    assert.ok(w.end === text.length || text.slice(w.end, w.end + 2) === '\n\n');
  });

  it('finds inside the window exactly what a full analysis finds there, with whole-document offsets', () => {
    const document = createDocument('big.md', text, 'markdown');
    const window = analysisWindow(text, [{ start: 10_000, end: 11_000 }], 2_000);
    const partial = analyzeWindow(document, window, kb);
    const full = analyzeDocument(document, kb).mentions.filter((m) => m.start >= window.start && m.end <= window.end);
    assert.deepEqual(partial.mentions.map((m) => [m.start, m.end, m.entry.id]), full.map((m) => [m.start, m.end, m.entry.id]));
    assert.deepEqual(partial.window, window);
    for (const m of partial.mentions) assert.equal(text.slice(m.start, m.end), ['Beijing', 'SCO', 'NATO', 'Cold War'].find((t) => t === text.slice(m.start, m.end)));
  });
});
