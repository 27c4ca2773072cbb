import * as assert from 'node:assert/strict';
import { makeLabel, MAX_LABEL_LENGTH, shorten } from '../../../src/outline/labels';
import { sentenceText } from '../../../src/outline/sentenceText';
import { splitSentences } from '../../../src/outline/sentences';
import { outlineOf } from './outlineHelpers';

describe('outline labels', () => {
  it('strips the cue, leading connectors and "that"', () => {
    assert.equal(makeLabel({ text: 'Firstly, the subjective differences in defining alliance cause confusion.', cue: 'Firstly' }), 'The subjective differences in defining alliance cause confusion');
    assert.equal(makeLabel({ text: 'However, it is obvious that both definitions stress force.', cue: 'it is obvious' }), 'Both definitions stress force');
    assert.equal(makeLabel({ text: 'And yet, in sum, the partnership is enough.', cue: 'in sum' }), 'The partnership is enough');
    assert.equal(makeLabel({ text: 'I will argue that, given these limits, they will not ally.', cue: 'I will argue' }), 'Given these limits, they will not ally');
    assert.equal(makeLabel({ text: '(2) that relief must be credible;', cue: '(2)' }), 'Relief must be credible');
  });

  it('keeps a cue that is part of the clause', () => {
    assert.equal(makeLabel({ text: 'What is most important for both is to avoid open rivalry.', cue: 'What is most important' }), 'What is most important for both is to avoid open rivalry');
    assert.equal(makeLabel({ text: 'I will argue there are four, as follows:', cue: 'I will argue' }), 'I will argue there are four, as follows');
  });

  it('puts the holder of an attributed view first', () => {
    const text = 'Some Chinese scholars argued that an alliance would be costly.';
    assert.equal(makeLabel({ text, attribution: { holder: 'Some Chinese scholars', contentStart: text.indexOf('an alliance') } }), 'Some Chinese scholars: an alliance would be costly');
  });

  it('names the source of "According to X,"', () => {
    assert.equal(makeLabel({ text: 'According to RIAC pundits, integration could answer the TPP.', cue: 'According to' }), 'RIAC pundits: integration could answer the TPP');
  });

  it('drops a tag like [Abstract]', () => {
    assert.equal(makeLabel({ text: '[Abstract]This paper presents new arguments.', cue: 'This paper presents' }), 'This paper presents new arguments');
  });

  it('keeps to 100 characters, cut at a clause or word boundary with "…"', () => {
    const long = 'The basis of common interests in four respects is not solid enough to support the idea of an alliance between the two powers, even though those interests exist';
    const label = makeLabel({ text: long });
    assert.ok(label.length <= MAX_LABEL_LENGTH, label);
    assert.ok(label.endsWith('…'));
    assert.ok(long.startsWith(label.slice(0, -1)), label);
    assert.equal(shorten('word '.repeat(40).trim(), 20), 'word word word word…');
  });

  it('takes the main clause of a long sentence that opens with a subordinate one', () => {
    const text =
      'Given the characteristics manifested during the political and diplomatic transformation in both countries, at least in the foreseeable future, they are not going to ally.';
    assert.equal(makeLabel({ text }), 'They are not going to ally');
  });

  it('reads the sentence without footnote numbers, line-end hyphens or broken ordinals', () => {
    const text = 'the Sino-\n\nRussian partnership after the 18\nth\n \nCongress was attacked.12 Next.';
    const [first] = splitSentences(text);
    assert.equal(sentenceText(text, [{ start: 0, end: text.length }], first.notes, first.start, first.end), 'the Sino-Russian partnership after the 18th Congress was attacked.');
  });

  it('labels whole outlines without the cue words', () => {
    const text = 'I argue that hedging is a strategy. Firstly, it keeps options open. Secondly, it raises the price of loyalty.';
    const labels = outlineOf(text).flatMap(function collect(u): string[] {
      return [u.label, ...u.children.flatMap(collect)];
    });
    assert.deepEqual(labels, ['Hedging is a strategy', 'It keeps options open', 'It raises the price of loyalty']);
  });
});
