import * as assert from 'node:assert/strict';
import { analyzeDocument } from '../../../src/core/analysis';
import { createDocument, type DocumentLanguage } from '../../../src/core/document';
import type { MentionReason } from '../../../src/core/recognition';
import { kbFromYaml } from '../helpers';

/**
 * The rules in context (src/core/recognition) on a small KB of our own: each test says what must and
 * must not be read as an entity, and why. The false-friends suite (test/unit/cli/falseFriends.test.ts)
 * runs the same rules over the bundled KB.
 */
const kb = kbFromYaml(`
- { id: france, type: actor, subtype: state, name: France, aliases: [{ text: Paris, kind: capital }] }
- { id: austria, type: actor, subtype: state, name: Austria, aliases: [{ text: Vienna, kind: capital }] }
- { id: canada, type: actor, subtype: state, name: Canada, aliases: [{ text: Ottawa, kind: capital }] }
- { id: china, type: actor, subtype: state, name: China, aliases: [{ text: Beijing, kind: capital }] }
- { id: united-kingdom, type: actor, subtype: state, name: United Kingdom, aliases: [Britain, { text: Whitehall, kind: seat }] }
- { id: un, type: actor, subtype: organization, name: United Nations, aliases: [UN, { text: Turtle Bay, kind: seat }] }
- { id: hans-morgenthau, type: actor, subtype: person, name: Hans Morgenthau, aliases: [{ text: Morgenthau, kind: surname }] }
- { id: kenneth-waltz, type: actor, subtype: person, name: Kenneth Waltz, aliases: [{ text: Waltz, kind: surname }] }
- { id: mao-zedong, type: actor, subtype: person, name: Mao Zedong, aliases: [{ text: Mao, kind: surname }] }
- { id: china-daily, type: actor, subtype: media, name: China Daily }
- id: realism
  type: theory
  subtype: theory
  name: realism
  everyday: true
  notIn: [magical realism]
- { id: deterrence, type: theory, subtype: concept, name: deterrence, everyday: true, notIn: [crime deterrence] }
- { id: security-dilemma, type: theory, subtype: concept, name: security dilemma }
- { id: iea, type: actor, subtype: organization, name: International Energy Agency, aliases: [IEA], cues: [energy, oil] }
- { id: iea-uk, type: actor, subtype: body, name: Institute of Economic Affairs, aliases: [IEA], cues: [free-market, think tank] }
- id: g20-summit
  type: event
  subtype: event
  name: G20 summit
  instances: [{ year: 2016, place: Hangzhou, start: "2016-09-04", end: "2016-09-05" }]
`);

type Found = [text: string, id: string];

function analyse(text: string, language: DocumentLanguage = 'plaintext') {
  return analyzeDocument(createDocument('test', text, language), kb);
}
/** The KB mentions of a text as [text, id] (entities the text names itself left out). */
const kbFound = (text: string, language: DocumentLanguage = 'plaintext'): Found[] =>
  analyse(text, language)
    .mentions.filter((m) => !m.entry.document)
    .map((m) => [text.slice(m.start, m.end), m.entry.id]);
const reasonOf = (text: string, needle: string, occurrence = 1): MentionReason | undefined => {
  let at = -1;
  for (let i = 0; i < occurrence; i++) at = text.indexOf(needle, at + 1);
  return analyse(text).mentions.find((m) => m.start === at)?.reason;
};

describe('recognition in context', () => {
  describe('people by surname', () => {
    it('a bare surname is the person only after the paper names them in full', () => {
      assert.deepEqual(kbFound('Morgenthau wrote first. Later Hans Morgenthau wrote again, and Morgenthau was right.'), [
        ['Hans Morgenthau', 'hans-morgenthau'],
        ['Morgenthau', 'hans-morgenthau'],
      ]);
      const text = 'Kenneth Waltz wrote in 1979. Waltz was a structural realist.';
      assert.deepEqual(reasonOf(text, 'Waltz', 2), { kind: 'introduced', at: 0 });
    });

    it('right after a sentence that ends with the full name', () => {
      // The full stop ends the sentence: "Waltz." before the surname is no given name.
      assert.deepEqual(kbFound('The theory comes from Kenneth Waltz. Waltz (1979) named three images.'), [
        ['Kenneth Waltz', 'kenneth-waltz'],
        ['Waltz', 'kenneth-waltz'],
      ]);
      // An initial's full stop does not: "R. Waltz" is someone else.
      assert.deepEqual(kbFound('Kenneth Waltz came. Then R. Waltz spoke.'), [['Kenneth Waltz', 'kenneth-waltz']]);
    });

    it('after a title written short with a full stop, as after the title in full', () => {
      assert.deepEqual(kbFound('Prof. Waltz argued for balancing. Later Waltz wrote again.'), [
        ['Waltz', 'kenneth-waltz'],
        ['Waltz', 'kenneth-waltz'],
      ]);
      assert.deepEqual(reasonOf('Prof. Waltz argued for balancing. Later Waltz wrote again.', 'Waltz', 2), { kind: 'introduced', at: 6 });
    });

    it('a citation form counts without a full name', () => {
      assert.deepEqual(kbFound('As Waltz (1979) argued, and as others followed (Morgenthau 1948; Waltz 1979), power matters.'), [
        ['Waltz', 'kenneth-waltz'],
        ['Morgenthau', 'hans-morgenthau'],
        ['Waltz', 'kenneth-waltz'],
      ]);
      assert.deepEqual(reasonOf('As Waltz (1979) argued.', 'Waltz'), { kind: 'citation' });
    });

    it('never where another given name or initial stands before it, even after the full name', () => {
      assert.deepEqual(kbFound('Hans Morgenthau taught in Chicago. Treasury Secretary Henry Morgenthau ran the Treasury.'), [['Hans Morgenthau', 'hans-morgenthau']]);
      assert.deepEqual(kbFound('Kenneth Waltz was one; R. Waltz was another.'), [['Kenneth Waltz', 'kenneth-waltz']]);
    });

    it('never one syllable of a longer Chinese name, nor across an apostrophe inside a word', () => {
      assert.deepEqual(kbFound('Mao Zedong read widely. The novelist Mao Dun wrote about Shanghai.'), [['Mao Zedong', 'mao-zedong']]);
      assert.deepEqual(kbFound("Kenneth Waltz came. O'Waltz did not."), [['Kenneth Waltz', 'kenneth-waltz']]);
    });
  });

  describe('names inside longer names', () => {
    it('a place inside a longer capitalised name is not the state', () => {
      assert.deepEqual(kbFound('Paris Hilton and the Vienna Philharmonic met the Ottawa Senators.'), []);
    });

    it('never across the full stop that ends a sentence', () => {
      // "Smallville." ends its sentence: Canada starts the next one and is no part of a name.
      assert.deepEqual(kbFound('The envoys met in Smallville. Canada signed first. Talks moved to Grand Rapids. China stayed away.'), [
        ['Canada', 'canada'],
        ['China', 'china'],
      ]);
      // Without the full stop it is one longer name.
      assert.deepEqual(kbFound('The envoys met at Smallville Canada House.'), []);
    });

    it('keeps lists of states, sentence starts, and the KB\'s own compounds', () => {
      assert.deepEqual(kbFound('France, Austria and Canada signed.'), [['France', 'france'], ['Austria', 'austria'], ['Canada', 'canada']]);
      assert.deepEqual(kbFound('China Daily reported that Beijing protested.'), [['China Daily', 'china-daily'], ['Beijing', 'china']]);
    });
  });

  describe('everyday words', () => {
    it('count only beside another IR mention in the paragraph, and say so', () => {
      assert.deepEqual(kbFound('Her taste runs to realism in painting.'), []);
      const text = 'Britain and France read the crisis through realism.';
      assert.deepEqual(kbFound(text), [['Britain', 'united-kingdom'], ['France', 'france'], ['realism', 'realism']]);
      assert.equal(reasonOf(text, 'realism')?.kind, 'context');
    });

    it('never inside a known non-IR phrase, whatever the context', () => {
      assert.deepEqual(kbFound('In France, magical realism and crime deterrence are popular topics.'), [['France', 'france']]);
    });

    it('strong IR terms are found anywhere', () => {
      assert.deepEqual(kbFound('The neighbours fell into a security dilemma over the fence.'), [['security dilemma', 'security-dilemma']]);
    });
  });

  describe('acronyms several bodies share', () => {
    it('the paper\'s own expansion decides, for every later use', () => {
      const text = 'The Institute of Economic Affairs (IEA) published a pamphlet. The IEA argued for markets.';
      assert.deepEqual(kbFound(text).map(([, id]) => id), ['iea-uk', 'iea-uk', 'iea-uk']);
    });

    it('otherwise a cue word nearby decides; with none, the hover offers the alternatives', () => {
      assert.deepEqual(kbFound('The IEA warned that oil stocks were low.'), [['IEA', 'iea']]);
      assert.deepEqual(reasonOf('The IEA warned that oil stocks were low.', 'IEA'), { kind: 'cue', word: 'oil', at: 20 });
      const bare = analyse('The IEA met on Monday.').mentions;
      assert.equal(bare.length, 1);
      assert.ok(bare[0].alternatives && bare[0].alternatives.length === 1, 'the other meaning is offered');
    });
  });

  describe('metonyms', () => {
    it('a seat stands for its body, a capital for its government, except as plain places', () => {
      assert.deepEqual(kbFound('Whitehall disagreed, and Turtle Bay stayed silent.'), [['Whitehall', 'united-kingdom'], ['Turtle Bay', 'un']]);
      assert.deepEqual(kbFound('Beijing protested. She spent a week in Beijing.'), [['Beijing', 'china']]);
    });
  });

  describe('series of meetings', () => {
    it('"the Hangzhou summit" is one meeting of the series, not the city', () => {
      const text = 'Leaders met at the Hangzhou summit in 2016.';
      const found = analyse(text).mentions;
      assert.deepEqual(found.map((m) => [text.slice(m.start, m.end), m.entry.id]), [['Hangzhou summit', 'g20-summit']]);
      assert.deepEqual(found[0].reason, { kind: 'instance', place: 'Hangzhou', year: 2016 });
      const kbOnly = analyzeDocument(createDocument('test', text, 'plaintext'), kb, { documentEntities: false }).mentions;
      assert.deepEqual(kbOnly.map((m) => m.entry.id), ['g20-summit'], 'a KB mention, with or without the paper\'s own names');
    });
  });

  describe('entities the paper names itself', () => {
    const named = (text: string, language: DocumentLanguage = 'plaintext'): [string, string, string][] =>
      analyse(text, language)
        .mentions.filter((m) => m.entry.document)
        .map((m) => [text.slice(m.start, m.end), m.entry.id, `${m.entry.type}/${m.entry.document!.rule}`]);

    it('by head word, by number, by title and by acronym definition', () => {
      assert.deepEqual(named('The Lake Volta Water Charter of 2004 bound them.'), [['Lake Volta Water Charter of 2004', 'doc:lake-volta-water-charter', 'treaty/head-word']]);
      assert.deepEqual(named('Resolution 9931 followed.').map(([, id, kind]) => [id, kind]), [['doc:resolution-9931', 'treaty/numbered']]);
      assert.deepEqual(named('Historian Petra Lindqvist disagrees; Lindqvist says so.'), [
        ['Petra Lindqvist', 'doc:petra-lindqvist', 'actor/titled-person'],
        ['Lindqvist', 'doc:petra-lindqvist', 'actor/titled-person'],
      ]);
      assert.deepEqual(named('The Sahel Water Compact Office (SWCO) opened. The SWCO grew.').map(([text, id]) => [text, id]), [
        ['Sahel Water Compact Office', 'doc:sahel-water-compact-office'],
        ['SWCO', 'doc:sahel-water-compact-office'],
        ['SWCO', 'doc:sahel-water-compact-office'],
      ]);
    });

    it('a KB name with a head word is one event or treaty, not the state', () => {
      const text = 'After the Austria-Canada war, the Paris Declaration settled it.';
      const found = analyse(text).mentions.map((m) => [text.slice(m.start, m.end), m.entry.document ? 'doc' : m.entry.id]);
      assert.deepEqual(found, [['Austria-Canada war', 'doc'], ['Paris Declaration', 'doc']]);
    });

    it('precision: headings, quoted titles and reference lists name nothing', () => {
      assert.deepEqual(named('# The Water Charter Question\n\nText follows here.\n', 'markdown'), []);
      assert.deepEqual(named('In "The Treaty Trap" she argues otherwise.'), []);
      assert.deepEqual(named('Text.\n\nReferences\n\nLindqvist, P. (2019). The Volta Water Charter Revisited. Accra: Press.\n'), []);
      assert.deepEqual(named('THE NILE BASIN CHARTER\n\nText follows.'), []);
    });
  });
});
