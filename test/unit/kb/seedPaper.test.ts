import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyzeDocument } from '../../../src/core/analysis';
import { createDocument } from '../../../src/core/document';
import { loadBundledKnowledge } from '../../../src/cli/bundledKnowledge';
import { repoRoot, seedPaper } from '../helpers';

interface Expectation {
  readonly id: string;
  readonly text: string;
  readonly occurrence: number;
}

/** Offset of the n-th (1-based) occurrence of `needle` in `text`, or -1. */
function nthIndexOf(text: string, needle: string, n: number): number {
  let index = -1;
  for (let i = 0; i < n; i++) {
    index = text.indexOf(needle, index + 1);
    if (index < 0) return -1;
  }
  return index;
}

describe('the seed paper (../shared/seed/paper.txt)', function () {
  const paper = seedPaper();
  const kb = loadBundledKnowledge();
  const analysis = paper === undefined ? undefined : analyzeDocument(createDocument('paper.txt', paper), kb);

  beforeEach(function () {
    if (!analysis) this.skip();
  });

  it('finds each hand-checked entity at its exact span', () => {
    const expectations = JSON.parse(readFileSync(resolve(repoRoot, 'test/fixtures/seed-expectations.json'), 'utf8')) as Expectation[];
    assert.ok(expectations.length >= 30);
    const byStart = new Map(analysis!.mentions.map((m) => [m.start, m]));
    const problems: string[] = [];
    for (const { id, text, occurrence } of expectations) {
      const start = nthIndexOf(paper!, text, occurrence);
      assert.ok(start >= 0, `"${text}" #${occurrence} is not in the paper`);
      const mention = byStart.get(start);
      if (!mention || mention.end !== start + text.length || mention.entry.id !== id) {
        problems.push(`${JSON.stringify(text)} #${occurrence}: expected ${id}, found ${mention ? `${mention.entry.id} ${JSON.stringify(paper!.slice(mention.start, mention.end))}` : 'nothing'}`);
      }
    }
    assert.deepEqual(problems, []);
  });

  it('covers every type: at least 100 distinct entities, 10 treaties, 40 theory terms and 5 events', () => {
    const distinct = new Map(analysis!.mentions.map((m) => [m.entry.id, m.entry]));
    const count = (type: string) => [...distinct.values()].filter((e) => e.type === type).length;
    assert.ok(distinct.size >= 100, `${distinct.size} distinct entities`);
    assert.ok(count('treaty') >= 10, `${count('treaty')} treaties`);
    assert.ok(count('theory') >= 40, `${count('theory')} theory terms`);
    assert.ok(count('event') >= 5, `${count('event')} events`);
    assert.ok(count('actor') >= 40, `${count('actor')} actors`);
  });

  it('does not take demonyms or place uses for mentions', () => {
    for (const m of analysis!.mentions) {
      const text = paper!.slice(m.start, m.end);
      assert.doesNotMatch(text, /^(Chinese|Russian|Soviet|American|Sino-Russian)$/, `${text} at ${m.start}`);
    }
  });
});
