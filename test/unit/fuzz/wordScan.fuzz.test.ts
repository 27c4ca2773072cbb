import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { nextCapitalisedWord, wordEndAt } from '../../../src/core/recognition/nameWordScan';
import { occurrences, successive } from '../../../src/text';
import { fuzzParams, fuzzTimeout, hostileText } from './arbitraries';

/** Letters, marks, digits, word punctuation, spaces and astral characters, in any order. */
const wordy = fc.oneof(
  hostileText([], 20),
  fc.array(fc.constantFrom('A', 'b', 'É', 'é', 'ǅ', '\u0301', '1', '٣', '.', "'", '’', '-', ' ', '\n', '(', '𝐀', '𝑎', '😀', '\ud800', 'Ж', 'ж', '中', 'x'), { maxLength: 40 }).map((p) => p.join('')),
);

/** The words of the expression the scanner stands for, as a global search from `from` finds them. */
function referenceWords(text: string, from: number): { start: number; end: number }[] {
  const word = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.-]*/gu;
  word.lastIndex = from;
  const out: { start: number; end: number }[] = [];
  for (let m = word.exec(text); m; m = word.exec(text)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

describe('name word scan (property)', function () {
  this.timeout(fuzzTimeout(2));

  it('finds the same words as the regular expression, and the same first capitalised word', () => {
    fc.assert(
      fc.property(wordy, fc.nat(), (text, seed) => {
        const from = text.length === 0 ? 0 : seed % (text.length + 1);
        const expected = referenceWords(text, from);
        // Word by word, as the scanner walks: a word, then from its end on.
        const words: { start: number; end: number }[] = [];
        for (let i = from; i < text.length; ) {
          const end = wordEndAt(text, i);
          if (end < 0) i++;
          else {
            words.push({ start: i, end });
            i = end;
          }
        }
        // A search that starts inside a surrogate pair reads the pair's second half alone; the scanner never starts there.
        if (!/[\udc00-\udfff]/.test(text[from] ?? '')) assert.deepEqual(words, expected);
        const capitalised = expected.find((w) => /^\p{Lu}/u.test(text.slice(w.start)));
        if (!/[\udc00-\udfff]/.test(text[from] ?? '')) assert.equal(nextCapitalisedWord(text, from, text.length), capitalised?.start ?? text.length);
      }),
      fuzzParams(),
    );
  });

  it('finds every string where successive indexOf calls find it', () => {
    fc.assert(
      fc.property(wordy, fc.array(fc.constantFrom('A', 'AA', 'Ab', 'b', 'é', '𝐀', 'A.b', '. '), { maxLength: 5 }), fc.nat(), (text, keys, seed) => {
        const from = text.length === 0 ? 0 : seed % (text.length + 1);
        const found = occurrences(text, keys, from, text.length);
        for (const key of keys) {
          const expected: number[] = [];
          for (let i = text.indexOf(key, from); i >= 0; i = text.indexOf(key, i + key.length)) expected.push(i);
          assert.deepEqual([...successive(found.get(key)!, key.length, from)], expected, key);
        }
      }),
      fuzzParams(),
    );
  });
});
