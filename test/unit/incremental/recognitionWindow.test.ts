import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { createDocument, type DocumentLanguage } from '../../../src/core/document';
import { analyzeInSteps, createIncrementalAnalyzer } from '../../../src/core/incremental';
import { fuzzSeed } from '../fuzz/arbitraries';
import { kbFromYaml } from '../helpers';
import { assertSameAsFull } from './documents';

/**
 * The rules in context decided again only around an edit (src/core/incremental/resolveWindow.ts) must
 * give what deciding the whole text gives: on long papers full of what the rules read paper-wide
 * (people named in full and by surname, acronyms spelt out, names the paper introduces, dated names,
 * everyday words, headings and bibliography lines), after random edits.
 */
const kb = kbFromYaml(`
- { id: russia, type: actor, subtype: state, name: Russia, aliases: [{ text: Moscow, kind: capital }] }
- { id: soviet-union, type: actor, subtype: state, name: Soviet Union, aliases: [USSR], existed: { from: "1922", to: "1991" }, successor: russia }
- { id: kenneth-waltz, type: actor, subtype: person, name: Kenneth Waltz, aliases: [{ text: Waltz, kind: surname }] }
- { id: kurt-waltz, type: actor, subtype: person, name: Kurt Waltz, aliases: [{ text: Waltz, kind: surname }] }
- { id: hans-morgenthau, type: actor, subtype: person, name: Hans Morgenthau, aliases: [{ text: Morgenthau, kind: surname }] }
- { id: realism, type: theory, subtype: theory, name: realism, everyday: true, notIn: [magical realism] }
- { id: nato, type: actor, subtype: organization, name: North Atlantic Treaty Organization, aliases: [NATO] }
- { id: iea, type: actor, subtype: organization, name: International Energy Agency, aliases: [IEA], cues: [energy] }
- { id: iea-uk, type: actor, subtype: body, name: Institute of Economic Affairs, aliases: [IEA], cues: [market] }
- { id: g20-summit, type: event, subtype: event, name: G20 summit, instances: [{ year: 2016, place: Hangzhou }] }
`);

const SENTENCES = [
  'Kenneth Waltz wrote in 1979.',
  'Kurt Waltz taught elsewhere.',
  'Waltz disagreed with everyone.',
  'As Morgenthau (1948) put it, power rules.',
  'Hans Morgenthau was cautious.',
  'Moscow protested in 1962.',
  'Moscow answered in 2014.',
  'The USSR tested a bomb in 1949.',
  'The Lake Volta Water Charter of 2004 bound them.',
  'Under the Lake Volta Water Charter, panels decide.',
  'The Sahel Water Office (SWO) met.',
  'The SWO grew quickly.',
  'Prime Minister Amara Kesselring spoke first.',
  'Kesselring then left.',
  'Her taste runs to realism in painting.',
  'NATO debated realism at length.',
  'Magical realism sold well.',
  'The IEA warned about energy.',
  'The Institute of Economic Affairs (IEA) argued for markets.',
  'The IEA met on Monday.',
  'Leaders met at the Hangzhou summit.',
  'Plain words follow here without any names at all.',
  'Nothing of note happened that week.',
];
const HEADINGS = ['# A Heading', 'Second Part'];
/** A bibliography closes some papers. */
const REFERENCES = '\n\nReferences\n\nWaltz, K. (1979). Theory of International Politics. Reading: Addison-Wesley.\n\nMorgenthau, H. J. (1948). Politics among Nations. New York: Knopf.\n';

const paragraph = fc.array(fc.constantFrom(...SENTENCES), { minLength: 1, maxLength: 6 }).map((s) => s.join(' '));
const block = fc.oneof({ weight: 8, arbitrary: paragraph }, { weight: 1, arbitrary: fc.constantFrom(...HEADINGS) });
/** A long paper: a plain opening (no dateline), then 60 to 120 blocks. */
const paper = fc
  .tuple(fc.array(block, { minLength: 60, maxLength: 120 }), fc.boolean())
  .map(([blocks, references]) => [SENTENCES[21].repeat(8), ...blocks].join('\n\n') + (references ? REFERENCES : '\n'));
const edit = fc.record({
  // Where the edit falls, in ten-thousandths of the text (fc.double crowds its values near 0).
  at: fc.integer({ min: 0, max: 9_999 }).map((n) => n / 10_000),
  length: fc.nat({ max: 30 }),
  text: fc.oneof(fc.constantFrom(...SENTENCES, ' ', 'x', '\n\n', 'Waltz ', '(IEA) ', '1950 ', ''), fc.string({ maxLength: 4 })),
});

const seed = fuzzSeed();
// Shrinking papers this long takes minutes: the first failing case is reported as it is.
const params = { numRuns: Math.max(20, Math.round(Number(process.env.FUZZ_RUNS ?? 300) / 4)), endOnFailure: true, ...(seed !== undefined ? { seed: Number(seed) } : {}) };

describe('rules in context, decided again around an edit', function () {
  this.timeout(120_000);
  const analyzer = createIncrementalAnalyzer(kb);

  for (const language of ['plaintext', 'markdown'] as DocumentLanguage[]) {
    it(`equal a full analysis after random edits of long papers (${language})`, () => {
      let windowed = 0;
      let edits = 0;
      fc.assert(
        fc.property(paper, fc.array(edit, { minLength: 1, maxLength: 5 }), (text, changes) => {
          let analysis = analyzer.analyzeFull(createDocument(language === 'markdown' ? 'p.md' : 'p.txt', text, language));
          for (const [i, e] of changes.entries()) {
            const current = analysis.document.text;
            const start = Math.floor(e.at * current.length);
            const end = Math.min(current.length, start + e.length);
            analysis = analyzer.applyChange(analysis, { start, end, text: e.text });
            edits++;
            if (analysis.update.recognised) windowed++;
            assertSameAsFull(analysis, kb, `after edit ${i} ${JSON.stringify({ start, end, text: e.text })}`);
          }
        }),
        params,
      );
      // The window must be the common case, or this test proves nothing about it.
      assert.ok(windowed > edits / 4, `only ${windowed} of ${edits} edits were decided around the edit`);
    });
  }

  it('an acronym spelt out in a line read as a heading spells out nothing, around an edit as in the whole paper', () => {
    // A short line without a closing full stop between blank lines is a plain-text heading: the
    // definition in it does not count, the next one does, for the uses decided around a far edit too.
    const filler = Array.from({ length: 40 }, (_, i) => SENTENCES[i % 2 === 0 ? 21 : 22]).join(' ');
    const text = [
      SENTENCES[21].repeat(8),
      'The Institute of Economic Affairs (IEA) argued for markets. The',
      'Later the Institute of Economic Affairs (IEA) argued again.',
      ...Array.from({ length: 12 }, () => filler),
      'The IEA met on Monday.',
    ].join('\n\n');
    let analysis = analyzer.analyzeFull(createDocument('p.txt', text, 'plaintext'));
    const at = text.lastIndexOf('Monday');
    analysis = analyzer.applyChange(analysis, { start: at, end: at + 6, text: 'Friday' });
    assert.ok(analysis.update.recognised, 'decided around the edit');
    assertSameAsFull(analysis, kb, 'after the edit');
    const use = analysis.mentions.find((m) => m.start === analysis.document.text.lastIndexOf('IEA'));
    assert.deepEqual(use?.reason, { kind: 'expansion', at: text.indexOf('Institute', text.indexOf('Later')) });
  });

  for (const language of ['plaintext', 'markdown'] as DocumentLanguage[]) {
    it(`decided region by region after a first analysis in steps, equal a full analysis (${language})`, () => {
      fc.assert(
        fc.property(paper, fc.constantFrom(64, 256, 1024), (text, stepSize) => {
          const steps = analyzeInSteps(analyzer, createDocument(language === 'markdown' ? 'p.md' : 'p.txt', text, language), stepSize);
          let step = steps.next();
          while (!step.done) step = steps.next();
          assertSameAsFull(step.value, kb, `in steps of ${stepSize}`);
        }),
        params,
      );
    });
  }
});
