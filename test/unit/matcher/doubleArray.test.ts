import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { buildDoubleArray, ROOT, stepState, type DoubleArray } from '../../../src/matcher/doubleArray';
import { buildAliasTrie, deserializeTrie, serializeTrie, stepTrie, variantsAt } from '../../../src/matcher/aliasTrie';
import { firstWordHash, mayBeginAlias } from '../../../src/matcher/firstWordFilter';
import { FLAG_PLAIN_WORD, flagsOf, KEY_UNIT } from '../../../src/text/charClass';

/** The state `key` leads to, or -1. */
function walk(array: DoubleArray, key: string): number {
  let state = ROOT;
  for (let i = 0; i < key.length && state >= 0; i++) state = stepState(array, state, key.charCodeAt(i));
  return state;
}

function build(keys: readonly string[]): { array: DoubleArray; endOf: Map<string, number> } {
  const sorted = [...new Set(keys)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const endOf = new Map<string, number>();
  const array = buildDoubleArray(sorted, (state, index) => endOf.set(sorted[index], state));
  return { array, endOf };
}

describe('double-array trie', () => {
  it('reaches every key, at the state reported for it, and no other string', () => {
    const { array, endOf } = build(['china', 'chinese', 'chin', 'russia', 'sco', 'sino-', 'sino-soviet', 'a', 'ab', 'b']);
    for (const [key, state] of endOf) assert.equal(walk(array, key), state, key);
    assert.equal(new Set(endOf.values()).size, endOf.size, 'distinct keys end at distinct states');
    for (const other of ['chi', 'chinas', 'x', 'scot', 'russian', 'sino-s']) {
      const state = walk(array, other);
      assert.ok(![...endOf.values()].includes(state), `${other} must not end at a key's state`);
    }
    assert.equal(walk(array, 'x'), -1);
    assert.equal(walk(array, 'chinx'), -1);
  });

  it('fails cleanly on units outside the alphabet, from leaves and from the root', () => {
    const { array } = build(['ab']);
    assert.equal(stepState(array, ROOT, 0xffff), -1);
    assert.equal(stepState(array, ROOT, 0), -1);
    const leaf = walk(array, 'ab');
    for (const unit of [0x61, 0x62, 0x7a, 0xffff]) assert.equal(stepState(array, leaf, unit), -1);
  });

  it('property: prefixes of keys walk, everything else stops, for any key set (CJK and astral units included)', () => {
    const unit = fc.oneof(fc.constantFrom('a', 'b', 'c', ' ', '-', '中', '国', 'é'), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }));
    const key = fc.array(unit, { minLength: 1, maxLength: 8 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.array(key, { minLength: 1, maxLength: 60 }), fc.array(key, { maxLength: 20 }), (keys, probes) => {
        const { array, endOf } = build(keys);
        const prefixes = new Set(keys.flatMap((k) => Array.from({ length: k.length + 1 }, (_, i) => k.slice(0, i))));
        for (const [k, state] of endOf) assert.equal(walk(array, k), state);
        for (const probe of probes) {
          const state = walk(array, probe);
          assert.equal(state >= 0, prefixes.has(probe), JSON.stringify(probe));
          if (endOf.has(probe)) assert.equal(state, endOf.get(probe));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('an alias trie survives serialisation: same arrays, same variants, same walks', () => {
    const trie = buildAliasTrie([
      { text: 'Shanghai Cooperation Organisation', target: 0, isTheory: false },
      { text: 'SCO', target: 0, isTheory: false },
      { text: 'balance of threat', target: 1, isTheory: true },
      { text: 'Beijing', target: 2, isTheory: false, capital: true },
      { text: '上海合作组织', target: 0, isTheory: false },
    ]);
    const copy = deserializeTrie(JSON.parse(JSON.stringify(serializeTrie(trie))));
    assert.deepEqual(copy.base, trie.base);
    assert.deepEqual(copy.check, trie.check);
    assert.deepEqual(copy.terminal, trie.terminal);
    assert.deepEqual(copy.label, trie.label);
    assert.deepEqual(copy.firstWords, trie.firstWords);
    assert.equal(copy.maxDepth, 'shanghai cooperation organisation'.length);
    assert.ok(copy.hasCjkStarts);
    for (let t = 0; t < trie.variantLists.length; t++) assert.deepEqual(variantsAt(copy, t), variantsAt(trie, t));
    let state = 0;
    for (const ch of 'balances of threat') state = state < 0 ? state : stepTrie(copy, state, ch.charCodeAt(0));
    assert.ok(state >= 0 && copy.terminal[state] >= 0, 'the plural of a theory term (on its head) is a key');
  });
});

describe('first-word filter', () => {
  it('a unit is a plain word unit exactly when its key unit is (so text and keys cut words alike)', () => {
    const mismatches: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      const plain = (flagsOf(code) & FLAG_PLAIN_WORD) !== 0;
      const keyPlain = (flagsOf(KEY_UNIT[code]) & FLAG_PLAIN_WORD) !== 0;
      if (plain !== keyPlain) mismatches.push(code.toString(16));
    }
    assert.deepEqual(mismatches, []);
  });

  it('admits the first word of every key and rejects words that begin none', () => {
    const trie = buildAliasTrie([
      { text: 'Shanghai Cooperation Organisation', target: 0, isTheory: false },
      { text: 'Sino-', target: 1, isTheory: false },
      { text: '.NET', target: 2, isTheory: false },
      { text: 'balance of threat', target: 3, isTheory: true },
    ]);
    const hashOf = (word: string): number => firstWordHash(word)!;
    for (const word of ['shanghai', 'sino', 'balance', 'balances']) assert.ok(mayBeginAlias(trie.firstWords, hashOf(word)), word);
    const rejected = ['the', 'cooperation', 'organisation', 'net', 'threat', 'shanghais'].filter((w) => mayBeginAlias(trie.firstWords, hashOf(w)));
    assert.deepEqual(rejected, []);
    assert.equal(firstWordHash('.net'), undefined, 'a key starting with punctuation has no first word: the scanner always walks there');
  });
});
