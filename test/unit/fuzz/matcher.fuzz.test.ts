import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyzeDocument } from '../../../src/core/analysis';
import { createDocument } from '../../../src/core/document';
import { canonicalForm } from '../../../src/matcher/aliasForms';
import type { AliasTrie } from '../../../src/matcher/aliasTrie';
import { matchAliases } from '../../../src/matcher/matchAliases';
import type { AliasMatches } from '../../../src/matcher/matchList';
import { KnowledgeBase } from '../../../src/kb/knowledgeBase';
import type { KbEntry } from '../../../src/kb/schema';
import { fuzzParams, fuzzTimeout, hostileText, kbAndText, kbEntries, mentionProblem, spanProblems } from './arbitraries';

describe('fuzz: matcher on hostile plain text', function () {
  this.timeout(fuzzTimeout(2));

  it('never throws; mentions are sorted, disjoint, inside the text, whole code points, and real aliases', () => {
    fc.assert(
      fc.property(kbAndText, ({ entries, text }) => {
        const kb = new KnowledgeBase(entries);
        const { mentions } = analyzeDocument(createDocument('fuzz.txt', text, 'plaintext'), kb);
        const spans = spanProblems(text, mentions);
        if (spans) throw new Error(spans);
        for (const m of mentions) {
          const problem = mentionProblem(text, m.start, m.end, m.entry);
          if (problem) throw new Error(problem);
        }
      }),
      fuzzParams(),
    );
  });

  it('never throws on arbitrary UTF-16 (lone surrogates included) with a fixed KB', () => {
    const kb = new KnowledgeBase([
      { id: 'a', type: 'actor', subtype: 'state', name: 'China', aliases: [{ text: '中国' }, { text: 'Beijing', kind: 'capital' }], related: [] },
      { id: 'b', type: 'theory', subtype: 'concept', name: 'balance of power', aliases: [{ text: 'crisis' }], related: [] },
    ] as unknown as KbEntry[]);
    const units = fc.oneof(fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 40 }));
    fc.assert(
      fc.property(units, hostileText(['China', '中国', 'Beijing', 'balance of power', 'crisis']), (a, b) => {
        const text = a + b + a;
        for (const language of ['plaintext', 'markdown'] as const) {
          const { mentions } = analyzeDocument(createDocument('fuzz', text, language), kb);
          const spans = spanProblems(text, mentions);
          if (spans) throw new Error(spans);
        }
      }),
      fuzzParams(0.5),
    );
  });

  it('the first-word filter never hides a match: the same mentions as a scan that walks at every word', () => {
    fc.assert(
      fc.property(kbAndText, ({ entries, text }) => {
        const trie = new KnowledgeBase(entries).trie;
        const everyWord: AliasTrie = { ...trie, firstWords: new Int32Array(trie.firstWords.length).fill(-1) };
        const whole = [{ start: 0, end: text.length }];
        const plain = (m: AliasMatches) => Array.from({ length: m.length }, (_, i) => [m.start[i], m.end[i], m.target[i], m.alternatives.get(i)]);
        assert.deepEqual(plain(matchAliases(text, whole, trie)), plain(matchAliases(text, whole, everyWord)));
      }),
      fuzzParams(),
    );
  });

  it('finds an alias written as in the KB between any two non-word separators', () => {
    // Separators hold no letter, digit or mark: spaces, punctuation, emoji, zero-width and RTL marks, line breaks.
    const separator = fc
      .array(fc.constantFrom(' ', '\n', '\r\n', '\r', '\t', '.', ',', '(', ')', '"', '“', '”', '!', '/', '😀', '👍🏽', '🇨🇳', '👨‍👩‍👧', '\u200b', '\u200d', '\ufeff', '\u200f', '\0', '*', '['), { maxLength: 4 })
      .map((parts) => parts.join(''));
    const single = kbEntries.map((entries) => entries[0]);
    fc.assert(
      fc.property(single, fc.nat(), separator, separator, (entry, pick, left, right) => {
        const aliases = [entry.name, ...entry.aliases.filter((a) => a.kind !== 'capital').map((a) => a.text)];
        const alias = canonicalForm(aliases[pick % aliases.length]);
        if (!/[\p{L}\p{N}]/u.test(alias)) return; // never a mention
        const lone = { ...entry, aliases: entry.aliases.filter((a) => a.kind !== 'capital') } as KbEntry;
        const text = left + alias + right;
        const { mentions } = analyzeDocument(createDocument('fuzz.txt', text, 'plaintext'), new KnowledgeBase([lone]));
        const covering = mentions.filter((m) => m.start <= left.length && m.end >= left.length + alias.length);
        assert.equal(covering.length, 1, `${JSON.stringify(alias)} not found in ${JSON.stringify(text)}: ${JSON.stringify(mentions.map((m) => [m.start, m.end]))}`);
      }),
      fuzzParams(),
    );
  });

  it('regex metacharacters in aliases are matched literally', () => {
    const metas = ['[a-z]', '\\d', 'a.b', 'x|y', 'a+b', 'C++', '(x)', 'x{2}', '$1', '^up'];
    const entries = metas.map((text, i) => ({ id: `m${i}`, type: 'event', subtype: 'event', name: `Meta ${i}`, aliases: [{ text, case: 'exact' }], related: [] })) as unknown as KbEntry[];
    const kb = new KnowledgeBase(entries);
    const lookalikes = ['b', '7', 'axb', 'x', 'y', 'aab', 'C', 'x', 'xx', '$', 'up'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...metas, ...lookalikes, ' ', '\n', ', '), { maxLength: 12 }), (parts) => {
        const text = parts.join(' ');
        const { mentions } = analyzeDocument(createDocument('fuzz.txt', text, 'plaintext'), kb);
        for (const m of mentions) {
          const written = text.slice(m.start, m.end);
          assert.ok(metas.includes(written), `${JSON.stringify(written)} matched as ${m.entry.id}`);
        }
      }),
      fuzzParams(0.5),
    );
  });
});
