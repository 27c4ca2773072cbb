import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyzeDocument } from '../../../src/core/analysis';
import { createDocument } from '../../../src/core/document';
import { analyzeInSteps, createIncrementalAnalyzer } from '../../../src/core/incremental';
import { kbFromYaml, repoRoot } from '../helpers';

const kb = kbFromYaml(readFileSync(resolve(repoRoot, 'test/fixtures/matcher/kb.yaml'), 'utf8'));

function runAll<T>(steps: Generator<number, T>): { result: T; yields: number } {
  let yields = 0;
  for (;;) {
    const next = steps.next();
    if (next.done) return { result: next.value, yields };
    yields++;
  }
}

describe('analysis in steps', () => {
  const pieces = [
    '# The SCO and NATO\n\n',
    'Beijing stated that the Shanghai Cooperation\nOrganisation (SCO) would grow.\n\n',
    '```\nChina in code, with a blank line\n\ninside the fence\n```\n\n',
    '- a list item about Russia\n\n- another one, loose, about the Cold War\n\n',
    '[ref]: https://example.org/China\n\nSee [the treaty][ref] and Wendt.\n\n',
    'A long paragraph without blank lines ' + 'on balance of threat and alliances '.repeat(40) + '\n\n',
  ];
  const text = Array.from({ length: 60 }, (_, i) => pieces[i % pieces.length]).join('');

  for (const stepSize of [64, 500, 4096]) {
    it(`equals a full analysis (steps of ${stepSize} characters)`, () => {
      for (const language of ['markdown', 'plaintext'] as const) {
        const document = createDocument('doc', text, language);
        const { result, yields } = runAll(analyzeInSteps(createIncrementalAnalyzer(kb), document, stepSize));
        assert.ok(yields > 0);
        const full = analyzeDocument(document, kb);
        assert.equal(result.document.text, text);
        assert.deepEqual(
          result.mentions.map((m) => [m.start, m.end, m.entry.id]),
          full.mentions.map((m) => [m.start, m.end, m.entry.id]),
        );
      }
    });
  }

  it('applyChange takes the text after the change from the caller, and refuses one that is not it', () => {
    const analyzer = createIncrementalAnalyzer(kb);
    const before = analyzer.analyzeFull(createDocument('doc', 'China and ', 'markdown'));
    const change = { start: 10, end: 10, text: 'Russia.' };
    const given = 'China and Russia.';
    const after = analyzer.applyChange(before, change, given);
    assert.equal(after.document.text, given);
    assert.deepEqual(after.mentions.map((m) => m.entry.id), analyzer.applyChange(before, change).mentions.map((m) => m.entry.id));
    assert.throws(() => analyzer.applyChange(before, change, 'China and Russia!'), RangeError);
    assert.throws(() => analyzer.applyChange(before, change, 'China and Russia'), RangeError);
  });
});
