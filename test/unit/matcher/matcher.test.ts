import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyzeDocument } from '../../../src/core/analysis';
import { createDocument } from '../../../src/core/document';
import { found, kbFromYaml, marked, repoRoot } from '../helpers';

const kb = kbFromYaml(readFileSync(resolve(repoRoot, 'test/fixtures/matcher/kb.yaml'), 'utf8'));

/** Asserts that exactly the `[[marked]]` spans are mentions, with the given ids in order. */
function expectSpans(fixture: string, ids: string[], language: 'markdown' | 'plaintext' = 'plaintext'): void {
  const { text, spans } = marked(fixture);
  const mentions = analyzeDocument(createDocument('t', text, language), kb).mentions;
  assert.deepEqual(
    mentions.map((m) => ({ start: m.start, end: m.end, id: m.entry.id })),
    spans.map((s, i) => ({ ...s, id: ids[i] })),
  );
}

describe('matcher', () => {
  describe('whole words', () => {
    it('finds a name before a hyphen or an apostrophe', () => {
      expectSpans('[[China]]-[[Russia]] ties and [[China]]’s view and [[Russia]]\'s', ['china', 'russia', 'china', 'russia']);
    });
    it('does not find a name inside a longer word', () => {
      assert.deepEqual(found('Kantian thought, not Kants', kb), []);
      assert.deepEqual(found('Kant and Kantianism', kb), [['Kant', 'immanuel-kant']]);
    });
    it('reads every apostrophe alike, the modifier letter U+02BC included, at a word start too', () => {
      const local = kbFromYaml(`
- { id: a, type: treaty, name: "d'Estaing Plan" }
- { id: b, type: actor, subtype: state, name: "Côte d'Ivoire" }
`);
      const text = 'the dʼEstaing Plan, the d’Estaing Plan and Côte dʼIvoire; not dʼEstaingPlan';
      assert.deepEqual(found(text, local), [
        ['dʼEstaing Plan', 'a'],
        ['d’Estaing Plan', 'a'],
        ['Côte dʼIvoire', 'b'],
      ]);
    });
    it('treats digits and non-Latin letters as word characters', () => {
      assert.deepEqual(found('SCO2 and ЖSCO and SCOé', kb), []);
    });
  });

  describe('longest match wins, then leftmost', () => {
    it('keeps a treaty whole instead of its theory word', () => {
      expectSpans('the [[Sino-Soviet Treaty of Friendship and Alliance]] of 1950', ['sino-soviet-treaty-1950']);
    });
    it('prefers the longer of two overlapping candidates even when it starts later', () => {
      const local = kbFromYaml(`
- { id: a, type: treaty, name: Grand Accord }
- { id: b, type: treaty, name: Accord of the Four Powers and Friends }
`);
      // The matcher's own choice (the rules in context may still read "Grand" as part of a longer name).
      const text = 'the Grand Accord of the Four Powers and Friends';
      const { candidates } = analyzeDocument(createDocument('test', text, 'plaintext'), local);
      assert.deepEqual(candidates.map((m) => [text.slice(m.start, m.end), m.entry.id]), [['Accord of the Four Powers and Friends', 'b']]);
    });
    it('takes the leftmost of two equally long overlapping candidates', () => {
      const local = kbFromYaml(`
- { id: a, type: event, name: Alpha Beta }
- { id: b, type: event, name: Beta Gamma }
`);
      assert.deepEqual(found('Alpha Beta Gamma', local), [['Alpha Beta', 'a']]);
    });
    it('never returns overlapping mentions', () => {
      const mentions = analyzeDocument(createDocument('t', 'Shanghai Cooperation Organisation (SCO) and SCO SCO', 'plaintext'), kb).mentions;
      for (let i = 1; i < mentions.length; i++) assert.ok(mentions[i].start >= mentions[i - 1].end);
    });
  });

  describe('whitespace and line breaks', () => {
    it('matches a multi-word alias across line breaks and blank lines', () => {
      expectSpans('the [[Shanghai\n\nCooperation  \r\n\r\nOrganisation]] met', ['sco']);
    });
    it('joins a hyphen at a line end with the next line', () => {
      expectSpans('the [[Treaty of Good-\n\nNeighbourliness and Friendly\nCooperation]] of 2001', ['treaty-of-good-neighbourliness']);
    });
    it('does not join a hyphen followed by spaces on the same line', () => {
      assert.deepEqual(found('Treaty of Good- Neighbourliness and Friendly Cooperation', kb), []);
    });
  });

  describe('case rules', () => {
    it('matches acronyms exactly', () => {
      assert.deepEqual(found('SCO, Sco, sco, NATO, Nato', kb), [
        ['SCO', 'sco'],
        ['NATO', 'nato'],
      ]);
    });
    it('matches U.S. and its spaced variant, not the word "us"', () => {
      assert.deepEqual(found('the U.S. and the U. S. told us and US', kb), [
        ['U.S.', 'united-states'],
        ['U. S.', 'united-states'],
        ['US', 'united-states'],
      ]);
    });
    it('prefers U.S.S.R. over U.S.', () => {
      assert.deepEqual(found('the U.S.S.R. and the U.S.', kb), [
        ['U.S.S.R.', 'soviet-union'],
        ['U.S.', 'united-states'],
      ]);
    });
    it('keeps inner capitals exact', () => {
      assert.deepEqual(found('McFaul, Mcfaul, MCFAUL', kb), [['McFaul', 'michael-mcfaul']]);
    });
    it('matches proper names with their capitals or all in capitals, not in lower case', () => {
      assert.deepEqual(found('China, CHINA, china, cold war, Cold War', kb), [
        ['China', 'china'],
        ['CHINA', 'china'],
        ['Cold War', 'cold-war'],
      ]);
    });
    it('matches theory terms in any case and in the plural', () => {
      assert.deepEqual(found('Alliance, alliances, ALLIANCES; cultures of anarchy; Kantian Cultures', kb), [
        ['Alliance', 'alliance'],
        ['alliances', 'alliance'],
        ['ALLIANCES', 'alliance'],
        ['cultures of anarchy', 'cultures-of-anarchy'],
        ['Kantian Cultures', 'kantian-culture'],
      ]);
    });
    it('lets an alias turn its plural off', () => {
      assert.deepEqual(found('realism and realisms', kb), [['realism', 'realism']]);
    });
    it('lets an alias override its case rule', () => {
      assert.deepEqual(found('the ukrainian crisis', kb), [['ukrainian crisis', 'ukraine-crisis']]);
    });
  });

  describe('what is not a mention', () => {
    it('skips demonyms and adjectives', () => {
      assert.deepEqual(found('Chinese, Russian, Sino-Russian, Soviet and American elites', kb), []);
    });
  });

  describe('capital-city metonyms', () => {
    it('finds a capital that acts', () => {
      expectSpans('[[Beijing]] stated that [[Moscow]] agreed; a message to [[Washington]]', ['china', 'russia', 'united-states']);
    });
    it('skips a capital that is a place', () => {
      assert.deepEqual(found('talks in Beijing, a visit to Moscow, a Moscow-based group, at Washington', kb), []);
    });
    it('finds a multi-word metonym', () => {
      assert.deepEqual(found('the Kremlin said. The Kremlin added', kb), [
        ['the Kremlin', 'russia'],
        ['The Kremlin', 'russia'],
      ]);
    });
  });

  describe('spans', () => {
    it('keeps titles outside person spans', () => {
      expectSpans('President [[Xi Jinping]] and President [[Putin]]', ['xi-jinping', 'vladimir-putin']);
    });
    it('gives two mentions for "Full Name (ACRONYM)"', () => {
      expectSpans('the [[Shanghai Cooperation Organisation]] ([[SCO]])', ['sco', 'sco']);
    });
    it('keeps Markdown markers and quotes outside spans', () => {
      expectSpans('**[[SCO]]** and _[[NATO]]_ and “[[pivot to the East]]” and "[[Wendt]]"', ['sco', 'nato', 'pivot-to-the-east', 'alexander-wendt'], 'markdown');
    });
    it('counts offsets in UTF-16 code units after emoji', () => {
      const text = '🇨🇳 China 😀 and 𝐀 Russia';
      const mentions = analyzeDocument(createDocument('t', text, 'plaintext'), kb).mentions;
      assert.deepEqual(mentions.map((m) => text.slice(m.start, m.end)), ['China', 'Russia']);
      assert.equal(mentions[0].start, 5);
    });
  });

  describe('shared aliases', () => {
    it('resolves by the declared preference and reports the alternatives', () => {
      const mentions = analyzeDocument(createDocument('t', 'Georgia and Tbilisi', 'plaintext'), kb).mentions;
      assert.equal(mentions[0].entry.id, 'georgia-state');
      assert.deepEqual(mentions[0].alternatives, ['georgia-us-state']);
      assert.equal(mentions[1].alternatives, undefined);
    });
  });

  describe('scripts without spaces', () => {
    it('finds Chinese aliases without word boundaries', () => {
      assert.deepEqual(found('普京访问中国并会见习近平，上海合作组织峰会', kb), [
        ['普京', 'vladimir-putin'],
        ['中国', 'china'],
        ['习近平', 'xi-jinping'],
        ['上海合作组织', 'sco'],
      ]);
    });
    it('keeps word boundaries for Cyrillic aliases', () => {
      assert.deepEqual(found('Путин и ШОС, но не Путина', kb), [
        ['Путин', 'vladimir-putin'],
        ['ШОС', 'sco'],
      ]);
    });
  });
});
