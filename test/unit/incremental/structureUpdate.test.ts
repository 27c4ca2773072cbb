import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { readStructure, updateStructure } from '../../../src/core/recognition';
import type { DocumentLanguage } from '../../../src/core/document';
import { fuzzParams } from '../fuzz/arbitraries';

/**
 * `updateStructure` reads again only the lines between the blank lines around an edit: after any edit
 * it must give what reading the whole new text gives (headings, reference sections, bibliography
 * entries, blank lines).
 */
const LINES = [
  '', '', '  ', 'Plain sentence of prose, ending here.', 'A Short Title', '# Heading', '## References', '### Notes',
  'References', 'Bibliography:', 'Title line', '=====', '-----', 'Keohane, R. O. (1984). After Hegemony.',
  '- Waltz, K. (1979). Theory of International Politics.', 'continued entry line', '1. Walt, S. M. 1987.', '\r',
];
const text = fc.array(fc.constantFrom(...LINES), { maxLength: 40 }).chain((lines) => fc.constantFrom('\n', '\r\n').map((end) => lines.join(end)));
const edit = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  length: fc.oneof(fc.constant(0), fc.nat({ max: 3 }), fc.nat({ max: 60 })),
  insert: fc.oneof(fc.constant(''), fc.constantFrom(...LINES.map((l) => `${l}\n`), '\n', '\n\n', '#', '=', '-', 'x', ' ', '\r\n'), fc.string({ maxLength: 3 })),
});

describe('structure after an edit', () => {
  for (const language of ['markdown', 'plaintext'] as DocumentLanguage[]) {
    it(`equals reading the whole new text (${language})`, () => {
      fc.assert(
        fc.property(text, fc.array(edit, { minLength: 1, maxLength: 4 }), (start, edits) => {
          let current = start;
          let structure = readStructure(current, language);
          for (const e of edits) {
            const from = Math.min(current.length, Math.floor(e.at * (current.length + 1)));
            const to = Math.min(current.length, from + e.length);
            const next = current.slice(0, from) + e.insert + current.slice(to);
            structure = updateStructure(structure, current, next, language, { start: from, end: to, delta: e.insert.length - (to - from) });
            current = next;
            const full = readStructure(current, language);
            assert.deepEqual(structure.headings, full.headings, 'headings');
            assert.deepEqual(structure.references, full.references, 'references');
            assert.deepEqual(structure.blankLines, full.blankLines, 'blank lines');
            assert.deepEqual(structure.lines, full.lines, 'line facts');
          }
        }),
        fuzzParams(0.5),
      );
    });
  }
});
