import * as assert from 'node:assert/strict';
import { splitSentences } from '../../../src/outline/sentences';

/** The sentences of `text` as strings (whitespace collapsed), the way a reader would list them. */
function split(text: string): string[] {
  return splitSentences(text).map((s) => text.slice(s.start, s.end).replace(/\s+/g, ' '));
}

/** The footnote markers the segmenter found, as text. */
function notes(text: string): string[] {
  return splitSentences(text).flatMap((s) => s.notes.map((n) => text.slice(n.start, n.end)));
}

describe('sentence segmenter', () => {
  describe('abbreviations', () => {
    it('keeps U.S. and a spaced U. S. inside a sentence', () => {
      assert.deepEqual(split('The U.S. and the U. S. Senate disagreed. Moscow waited.'), [
        'The U.S. and the U. S. Senate disagreed.',
        'Moscow waited.',
      ]);
    });

    it('ends a sentence at U.S. when a sentence opener follows', () => {
      assert.deepEqual(split('Both looked to the U.S. The reply was slow.'), ['Both looked to the U.S.', 'The reply was slow.']);
      assert.deepEqual(split('Ask the U.S. Congress. It decides.'), ['Ask the U.S. Congress.', 'It decides.']);
    });

    it('ends a sentence after a decade or an ordinal ("the 1970s. Its", "the 5th. It"), but not after an initial', () => {
      assert.deepEqual(split('Trade grew in the 1960s and 1970s. Its members multiplied.'), ['Trade grew in the 1960s and 1970s.', 'Its members multiplied.']);
      assert.deepEqual(split('The vote was on the 5th. It passed.'), ['The vote was on the 5th.', 'It passed.']);
      assert.deepEqual(split('As K. Waltz wrote, it holds.'), ['As K. Waltz wrote, it holds.']);
    });

    it('knows e.g., i.e. and their spaced forms', () => {
      assert.deepEqual(split('Some states, e.g. Vietnam, hedge. Others, i.e. the Philippines, swing. Integration, e. g. Planning, matters.'), [
        'Some states, e.g. Vietnam, hedge.',
        'Others, i.e. the Philippines, swing.',
        'Integration, e. g. Planning, matters.',
      ]);
    });

    it('knows titles: Prof., Dr., Mr., St.', () => {
      assert.deepEqual(split('Prof. Lin met Dr. Graham and Mr. Ivanov in St. Petersburg. They talked.'), [
        'Prof. Lin met Dr. Graham and Mr. Ivanov in St. Petersburg.',
        'They talked.',
      ]);
    });

    it('knows No. before a number, vs. and etc.', () => {
      assert.deepEqual(split('Resolution No. 1325 passed. Realism vs. Liberalism is old. Trade, aid, etc. Then war came.'), [
        'Resolution No. 1325 passed.',
        'Realism vs. Liberalism is old.',
        'Trade, aid, etc.',
        'Then war came.',
      ]);
    });

    it('does not end a sentence at a list marker', () => {
      assert.deepEqual(split('1. The first point. 2. The second point.'), ['1. The first point.', '2. The second point.']);
    });
  });

  describe('initials', () => {
    it('keeps "K. N. Waltz" and "J. Mearsheimer" whole', () => {
      assert.deepEqual(split('As K. N. Waltz argued, anarchy persists. J. Mearsheimer agreed.'), [
        'As K. N. Waltz argued, anarchy persists.',
        'J. Mearsheimer agreed.',
      ]);
    });

    it('still ends "plan B." before a sentence opener', () => {
      assert.deepEqual(split('They chose plan B. The rest followed.'), ['They chose plan B.', 'The rest followed.']);
    });
  });

  describe('quotations', () => {
    it('does not split inside a quotation and ends after the closing mark', () => {
      assert.deepEqual(split('He wrote: “It is inevitable. It is necessary.” Then he left.'), [
        'He wrote: “It is inevitable. It is necessary.”',
        'Then he left.',
      ]);
    });

    it('reads guillemets and German quotes', () => {
      assert.deepEqual(split('Le ministre a dit « une amitié sans confiance. Et pourtant » hier. Die Zeitung schrieb „Es reicht. Genug“ dazu. Fin.'), [
        'Le ministre a dit « une amitié sans confiance. Et pourtant » hier.',
        'Die Zeitung schrieb „Es reicht. Genug“ dazu.',
        'Fin.',
      ]);
    });

    it('reads straight quotes by their position', () => {
      assert.deepEqual(split('They said "we will not ally. Never." Nobody believed it.'), [
        'They said "we will not ally. Never."',
        'Nobody believed it.',
      ]);
    });

    it('gives up on a quote left open too long', () => {
      const long = 'word '.repeat(80);
      assert.equal(split(`An “unclosed quote ${long}ends here. The next one starts.`).length, 2);
    });
  });

  describe('footnote numbers', () => {
    it('takes a number glued to the period as a note: "attacked.1"', () => {
      const text = 'They were attacked.1 The alliance held.';
      assert.deepEqual(split(text), ['They were attacked.', 'The alliance held.']);
      assert.deepEqual(notes(text), ['1']);
    });

    it('takes superscript digits and a number after a closing quote', () => {
      const text = 'It was “a rational option”.12 Both agreed.³ Then trade grew.';
      assert.deepEqual(split(text), ['It was “a rational option”.', 'Both agreed.', 'Then trade grew.']);
      assert.deepEqual(notes(text), ['12', '³']);
    });

    it('keeps decimals: "95.5 billion"', () => {
      assert.deepEqual(split('Trade reached 95.5 billion dollars. It fell.'), ['Trade reached 95.5 billion dollars.', 'It fell.']);
    });

    it('takes a line holding only a number as a note, and ends the sentence before it', () => {
      const text = 'by another state or coalition.\n1\n additionally, the author argues that ties matter.';
      assert.deepEqual(split(text), ['by another state or coalition.', 'additionally, the author argues that ties matter.']);
      assert.deepEqual(notes(text), ['1']);
    });

    it('keeps the sentence going over a number line after a comma', () => {
      const text = 'a transition in the international system”,\n5\n which scholars describe as rational.';
      // The span runs over the number line; labels and cues read the text without it.
      assert.deepEqual(split(text), ['a transition in the international system”, 5 which scholars describe as rational.']);
      assert.deepEqual(notes(text), ['5']);
    });

    it('takes a number standing between sentences on one line: "the U.S. 61 Both"', () => {
      const text = 'ties with the U.S. 61 Both China and Russia need the West.';
      assert.deepEqual(split(text), ['ties with the U.S.', 'Both China and Russia need the West.']);
      assert.deepEqual(notes(text), ['61']);
    });
  });

  describe('hard-wrapped PDF text', () => {
    it('reads across lines separated by blank lines', () => {
      const text = 'The theory of alliances \n\nis old. It is, \n\nsimultaneously, still useful. \n\nIt \n\nlasts.';
      assert.deepEqual(split(text), ['The theory of alliances is old.', 'It is, simultaneously, still useful.', 'It lasts.']);
    });

    it('ends a sentence at a stray " .Capital"', () => {
      assert.deepEqual(split('on the principle .In September it changed.'), ['on the principle .', 'In September it changed.']);
    });

    it('ends a sentence at a doubled period after a spaced abbreviation: "U. S.. Rather"', () => {
      assert.deepEqual(split('the awareness of the U. S.. Rather, budgets grew.'), ['the awareness of the U. S..', 'Rather, budgets grew.']);
    });

    it('splits an announcement from the first item on the next line', () => {
      assert.deepEqual(split('There are four, as follows: \n\n Firstly, definitions differ. Secondly, policy changed.'), [
        'There are four, as follows:',
        'Firstly, definitions differ.',
        'Secondly, policy changed.',
      ]);
    });
  });

  describe('other terminators', () => {
    it('splits at ? and ! but not before a lower-case word', () => {
      assert.deepEqual(split('Will they ally? Probably not! Why? he asked.'), ['Will they ally?', 'Probably not!', 'Why? he asked.']);
    });

    it('splits at an ellipsis before a capital', () => {
      assert.deepEqual(split('They waited... Nothing came... and then war.'), ['They waited...', 'Nothing came... and then war.']);
    });
  });

  describe('pieces and known notes', () => {
    it('reads only the visible pieces and maps offsets back to the source', () => {
      // As for Markdown "[Waltz](https://x.org/a.b) argued. Next." with the link syntax invisible.
      const text = '[Waltz](https://x.org/a.b) argued. Next one.';
      const pieces = [
        { start: 1, end: 6 },
        { start: 26, end: text.length },
      ];
      const sentences = splitSentences(text, pieces);
      assert.deepEqual(
        sentences.map((s) => [s.start, s.end]),
        [
          [1, 34],
          [35, 44],
        ],
      );
    });

    it('attaches known notes to the sentence before them', () => {
      const text = 'Alliances form.[^1] Then they fade.';
      const sentences = splitSentences(text, [{ start: 0, end: 15 }, { start: 19, end: text.length }], [{ start: 15, end: 19 }]);
      assert.equal(sentences.length, 2);
      assert.deepEqual(sentences[0].notes, [{ start: 15, end: 19 }]);
      assert.deepEqual(sentences[1].notes, []);
    });
  });

  it('stays linear on pathological input', () => {
    for (const text of ['U.S. '.repeat(100000), '“ '.repeat(100000), '1\n'.repeat(100000), 'a. '.repeat(100000), 'x'.repeat(500000)]) {
      const started = performance.now();
      splitSentences(text);
      assert.ok(performance.now() - started < 3000, `too slow on ${JSON.stringify(text.slice(0, 10))}`);
    }
  });
});
