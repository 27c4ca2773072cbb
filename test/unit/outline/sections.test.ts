import * as assert from 'node:assert/strict';
import type { Block } from '../../../src/outline/blocks';
import { findDirectives } from '../../../src/outline/directives';
import { detectStyle, scanLines } from '../../../src/outline/layout';
import { plainTextBlocks } from '../../../src/outline/plainTextBlocks';
import { headingDepth, isConclusionHeading, isTitleLike } from '../../../src/outline/sections';

/** Headings as "## text" and paragraphs as their first words, to read a layout at a glance. */
function layout(text: string): string[] {
  return plainTextBlocks(text, findDirectives(text)).map((b: Block) => {
    const content = text.slice(b.start, b.end).replace(/\s+/g, ' ').trim();
    return b.kind === 'heading' ? `${'#'.repeat(b.depth + 1)} ${content}` : `p: ${content.split(' ').slice(0, 3).join(' ')}`;
  });
}

/** Lines hard-wrapped PDF-style: a blank line after every line. */
const pdf = (...lines: string[]): string => lines.join(' \n\n');

/**
 * An opening paragraph long enough for the style to be recognised (six lines at least), so a
 * test can then show what happens in the lines after it.
 */
const OPENING = [
  'An opening paragraph of wrapped prose that runs over several lines of the page,',
  'as extracted text from a PDF does, with a blank line after each of its lines',
  'and no other sign of where one line ends and the next one begins in the text,',
  'so that a reader has to rely on the words alone to follow the argument made',
  'in the paragraph, which goes on for a while before it finally comes to a close',
  'at the end of this line, where a full stop marks the end of the sentence here.',
];

describe('plain-text sections and paragraphs', () => {
  describe('isTitleLike', () => {
    it('accepts capitalised titles, numbered titles, all caps and questions', () => {
      for (const title of [
        'The Basic Conception of Alliance and Its Critics',
        'Conclusion',
        '2.1 What the Evidence Shows',
        'IV. Findings',
        'INTRODUCTION',
        'Why China and Russia Are Not Allies?',
        'U.S. Strategy in the Pacific',
        'Do Sanctions Work? Evidence from Three Cases',
      ]) {
        assert.ok(isTitleLike(title), title);
      }
    });

    it('rejects prose lines, sentences and lines ending in punctuation', () => {
      for (const line of [
        'and the pressure from the West was growing in the region',
        'Russia and China signed the treaty.',
        'Firstly,',
        'He left. Then She Came Back',
        'http://www.example.org/Some-Page',
        'China, Russia and the rest of the world are not',
      ]) {
        assert.ok(!isTitleLike(line), line);
      }
    });

    it('reads depth from numbering and knows a conclusion heading', () => {
      assert.equal(headingDepth('1. Introduction'), 1);
      assert.equal(headingDepth('2.1 Data'), 2);
      assert.equal(headingDepth('Findings'), 1);
      assert.ok(isConclusionHeading('5. Conclusions and Outlook'));
      assert.ok(isConclusionHeading('Concluding remarks'));
      assert.ok(!isConclusionHeading('Introduction'));
    });
  });

  describe('layout style', () => {
    it('detects a blank line between every line as soft, but not one paragraph per line', () => {
      const soft = detectStyle(scanLines(pdf(...Array.from({ length: 12 }, (_, i) => `line number ${i} of a wrapped paragraph that goes on`)) + '.'));
      assert.ok(soft.softBlankLines);
      const normal = detectStyle(scanLines(Array.from({ length: 12 }, (_, i) => `Paragraph ${i} is a single long line of prose. `.repeat(6)).join('\n\n')));
      assert.ok(!normal.softBlankLines);
      assert.ok(!normal.wrapped);
    });
  });

  describe('headings by layout', () => {
    it('finds headings in ordinary text, numbered ones with their depth', () => {
      const text = ['1. Introduction', '', 'Alliances matter. They always did.', '', '1.1 Scope', '', 'The scope is narrow.', '', 'Conclusion', '', 'They will matter.'].join('\n');
      assert.deepEqual(layout(text), ['## 1. Introduction', 'p: Alliances matter. They', '### 1.1 Scope', 'p: The scope is', '## Conclusion', 'p: They will matter.']);
    });

    it('nests the sections in a title that is followed at once by a heading', () => {
      assert.deepEqual(layout('Sanctions and Their Limits\n\nIntroduction\n\nThey rarely work.\n'), ['# Sanctions and Their Limits', '## Introduction', 'p: They rarely work.']);
    });

    it('joins a title wrapped over two lines in PDF text', () => {
      const text = pdf(
        ' The first paragraph ends here with a full stop and some more words to fill.',
        ' The Basic Conception of Alliance and Interpretation of the',
        'Strategic Partnership Between the Two Powers',
        ' In the theory of international relations an alliance is an',
        'agreement between states for mutual support in case of war.',
        'The second sentence of the paragraph follows the first one directly here.',
        'More wrapped prose comes after it in this paragraph of the test.',
      );
      assert.deepEqual(layout(text), [
        'p: The first paragraph',
        '## The Basic Conception of Alliance and Interpretation of the Strategic Partnership Between the Two Powers',
        'p: In the theory',
      ]);
    });

    it('does not take a wrapped name for a heading ("Professor Li" / "Wei argued ...")', () => {
      const text = pdf(
        ...OPENING,
        'The debate went on for years in the journals and in the press of both countries.',
        '12',
        ' Professor Li',
        'Wei argued that the two countries had no reason to ally at all in the decade.',
        'Others in the same journals disagreed with him about the costs of such a step.',
      );
      assert.ok(!layout(text).some((b) => b.startsWith('#')), layout(text).join(' | '));
    });

    it('turns an [Abstract] tag into a section', () => {
      assert.deepEqual(layout(' [Abstract]This paper presents arguments. They are new.'), ['## Abstract', 'p: This paper presents']);
    });
  });

  describe('paragraphs in PDF text', () => {
    it('breaks at a sentence end followed by an indented line, a whitespace-only line or a short last line', () => {
      const text = pdf(
        'The first paragraph has a long wrapped line of prose that fills the width.',
        'It ends on this line of the page, which is long enough to be a full line.',
        ' An indented line starts the second paragraph of the text, after a full stop',
        'at the end of the line before it; this line is also a long line of prose.',
        'The last line is short.',
        'A third paragraph starts after a short line that ended a sentence on the page.',
        'It goes on for another long line of prose before it too comes to its end.',
      );
      assert.deepEqual(layout(text), ['p: The first paragraph', 'p: An indented line', 'p: A third paragraph']);
    });

    it('does not break inside a sentence or at the indent after a footnote number', () => {
      const text = pdf(
        ...OPENING,
        ' A paragraph whose sentence runs over the end of the line and on into the',
        ' next line, which is indented only because the PDF put a space there.',
        '3',
        ' Then comes another sentence of the same paragraph, indented after the note,',
        'and it finishes here on a line that is as long as the other full lines are.',
      ).replace(' \n\n3 \n\n', '\n3\n');
      assert.deepEqual(layout(text), ['p: An opening paragraph', 'p: A paragraph whose']);
    });

    it('drops a page-foot footnote block and lets the sentence run on across it', () => {
      const text = [
        pdf(...OPENING),
        '',
        ' The spokesman added that the collaboration in defence affairs is not',
        '',
        ' '.repeat(40),
        '12',
        '',
        ' Александр Драбкин, статья о союзе, Правда, 2012.',
        '13',
        '',
        ' Another footnote with a source, 2013.',
        '',
        '8 ',
        ' ',
        '',
        'aimed at anyone else, the spokesman said.',
      ].join('\n');
      const blocks = plainTextBlocks(text);
      assert.equal(blocks.length, 2, layout(text).join(' | '));
      const block = blocks[1];
      assert.ok(block.kind === 'paragraph');
      const visible = block.pieces.map((p) => text.slice(p.start, p.end)).join('');
      assert.ok(!visible.includes('Драбкин') && !visible.includes('Another footnote'), visible);
      assert.ok(visible.includes('is not') && visible.includes('aimed at anyone else'));
    });
  });
});
