import * as assert from 'node:assert/strict';
import { CandidateCluster, MatchListBuilder, type AliasMatches } from '../../../src/matcher/matchList';

const spans = (m: AliasMatches) => Array.from({ length: m.length }, (_, i) => [m.start[i], m.end[i], m.target[i]]);

function resolve(candidates: readonly [number, number, number][]): number[][] {
  const out = new MatchListBuilder();
  const cluster = new CandidateCluster();
  for (const [start, end, target] of candidates) cluster.add(start, end, target, undefined, target % 4, out);
  cluster.flush(out);
  return spans(out.finish());
}

describe('match list', () => {
  for (const count of [1_000, 300_000]) {
    it(`hands out copies: a reused builder leaves earlier results intact (${count.toLocaleString('en')} matches)`, () => {
      const builder = new MatchListBuilder();
      for (let i = 0; i < count; i++) builder.add(2 * i, 2 * i + 1, i % 7, i === 5 ? [1, 2] : undefined, i % 3);
      const first = builder.finish();
      builder.reset();
      builder.add(3, 4, 9, undefined, 4);
      const second = builder.finish();
      assert.equal(first.length, count);
      assert.deepEqual([first.start[0], first.end[0], first.target[0]], [0, 1, 0]);
      assert.deepEqual([first.start[count - 1], first.end[count - 1], first.target[count - 1]], [2 * count - 2, 2 * count - 1, (count - 1) % 7]);
      assert.deepEqual(first.alternatives.get(5), [1, 2]);
      assert.deepEqual([first.role[0], first.role[count - 1], second.role[0]], [0, (count - 1) % 3, 4]);
      assert.deepEqual(spans(second), [[3, 4, 9]]);
      assert.equal(second.alternatives.size, 0);
    });
  }

  it('keeps the longest of overlapping candidates, even one that starts later', () => {
    assert.deepEqual(resolve([[0, 10, 1], [5, 20, 2], [15, 22, 3]]), [[5, 20, 2]]);
  });

  it('between equally long candidates keeps the leftmost, then whatever no longer overlaps', () => {
    assert.deepEqual(resolve([[0, 4, 1], [2, 6, 2], [5, 9, 3]]), [[0, 4, 1], [5, 9, 3]]);
  });

  it('lets a name that covers its inner words win, and starts afresh after a gap', () => {
    assert.deepEqual(resolve([[0, 33, 1], [9, 20, 2], [21, 33, 3], [40, 43, 4]]), [[0, 33, 1], [40, 43, 4]]);
  });
});
