import * as assert from 'node:assert/strict';
import { findAnnouncement, findCues, findOrdinal, type CueContext } from '../../../src/outline/cues';
import { chooseRole } from '../../../src/outline/roles';

const plain: CueContext = { hasNotes: false, inConclusion: false };

/** The role a sentence gets on its own, with the cue that decided it: "claim: It is clear that". */
function role(sentence: string, options: { first?: boolean; last?: boolean; notes?: boolean; conclusion?: boolean } = {}): string {
  const cues = findCues(sentence, { hasNotes: options.notes ?? false, inConclusion: options.conclusion ?? false });
  const choice = chooseRole(cues, { first: options.first ?? true, last: options.last ?? false });
  return choice ? `${choice.role}: ${choice.cue}` : 'none';
}

describe('argument cues', () => {
  describe('thesis', () => {
    it('finds the author announcing the argument', () => {
      assert.equal(role('I will argue that the partnership is not an alliance.'), 'thesis: I will argue');
      assert.equal(role('In this paper I argue that hedging is a strategy.'), 'thesis: I argue');
      assert.equal(role('This article argues that sanctions rarely work.'), 'thesis: This article argues');
      assert.equal(role('This paper presents a new reading of the treaty.'), 'thesis: This paper presents');
      assert.equal(role('The aim of this paper is to test the balance of threat.'), 'thesis: The aim of this paper is');
      assert.equal(role('My argument is that institutions matter less than thought.'), 'thesis: My argument is');
    });

    it('reads a thesis cue in a conclusion section as a conclusion, and a question as no thesis', () => {
      assert.equal(role('This article argues that the partnership will last.', { conclusion: true }), 'conclusion: This article argues');
      assert.equal(role('Now that, as I argue here, they will not ally, what follows for the region?'), 'none');
    });
  });

  describe('enumerations', () => {
    it('reads ordinal openers and numbered markers', () => {
      assert.deepEqual(findOrdinal('Firstly, definitions differ.'), { cue: 'Firstly', n: 1 });
      assert.deepEqual(findOrdinal('Secondly the policy changed.'), { cue: 'Secondly', n: 2 });
      assert.deepEqual(findOrdinal('Third, the crisis in Ukraine.'), { cue: 'Third', n: 3 });
      assert.deepEqual(findOrdinal('Fourthly, interests are exaggerated.'), { cue: 'Fourthly', n: 4 });
      assert.deepEqual(findOrdinal('Finally, threats do not bind.'), { cue: 'Finally', n: 'last' });
      assert.deepEqual(findOrdinal('First of all, trade matters.'), { cue: 'First of all', n: 1 });
      assert.deepEqual(findOrdinal('(2) the second point'), { cue: '(2)', n: 2 });
      assert.deepEqual(findOrdinal('3) the third point'), { cue: '3)', n: 3 });
      assert.deepEqual(findOrdinal('(ii) the second point'), { cue: '(ii)', n: 2 });
    });

    it('ignores ordinals that are not enumerations', () => {
      assert.equal(findOrdinal('First World War veterans were consulted.'), undefined);
      assert.equal(findOrdinal('Second Lieutenant Smith reported.'), undefined);
      assert.equal(findOrdinal('Finally the treaty was signed.'), undefined);
    });

    it('reads announcements of an enumeration', () => {
      assert.deepEqual(findAnnouncement('I will argue there are four, as follows:'), { cue: 'four, as follows', count: 4 });
      assert.deepEqual(findAnnouncement('There are three main reasons for this.'), { cue: 'three main reasons', count: 3 });
      assert.deepEqual(findAnnouncement('It fails for the following reasons:'), { cue: 'the following reasons' });
      assert.equal(findAnnouncement('The three states met in 2001.'), undefined);
    });
  });

  describe('counter-claims', () => {
    it('finds positions attributed to groups of others', () => {
      assert.equal(role('Some scholars argue that the alliance is inevitable.'), 'counterclaim: Some scholars argue');
      assert.equal(role('Some Chinese scholars argued that an alliance would be costly.'), 'counterclaim: Some Chinese scholars argued');
      assert.equal(role('Other critics point out that Russia would not be a junior partner.'), 'counterclaim: Other critics point out');
      assert.equal(role('Critics point out that ASEAN is not an alliance.'), 'counterclaim: Critics point out');
      assert.equal(role('Opponents of enlargement warn that it provokes Moscow.'), 'counterclaim: Opponents of enlargement warn');
      assert.equal(role('Nonetheless, some pundits claim that interests decide.'), 'counterclaim: some pundits claim');
    });

    it('finds impersonal, hypothetical and viewpoint framings', () => {
      assert.equal(role('It is often argued that the pattern is an artefact.'), 'counterclaim: It is often argued');
      assert.equal(role('One might object that the sample is small.'), 'counterclaim: One might object');
      assert.equal(role('In the eyes of western media, the two states are allies.'), 'counterclaim: In the eyes of western media');
      assert.equal(role('It is true that the policy gave China room to manoeuvre.'), 'counterclaim: It is true that');
    });

    it('finds a named holder: "X insists that"', () => {
      assert.equal(role('Mearsheimer insists that enlargement provoked Russia.'), 'counterclaim: Mearsheimer insists');
      const cues = findCues('Mearsheimer insists that enlargement provoked Russia.', plain);
      assert.equal(cues.attribution?.holder, 'Mearsheimer');
    });

    it('does not take the author or a document for a holder', () => {
      assert.equal(role('We argue that enlargement provoked nobody.'), 'thesis: We argue');
      assert.equal(role('This shows that the states disagree.'), 'none');
    });
  });

  describe('evidence', () => {
    it('finds explicit markers', () => {
      assert.equal(role('For instance, the Baltic states applied early.'), 'evidence: For instance');
      assert.equal(role('For example, Moscow sold arms to Vietnam.'), 'evidence: For example');
      assert.equal(role('According to customs data, trade doubled.'), 'evidence: According to');
      assert.equal(role('As Hans Morgenthau pointed out, interests decide.'), 'evidence: As Hans Morgenthau pointed out');
      assert.equal(role('The statistics show a sharp decline in trade.'), 'evidence: statistics show');
    });

    it('adds up weaker signals: citations, figures with dates, quotations with their source, footnotes', () => {
      assert.equal(role('Alliances form against threats (Walt 1987).'), 'evidence: (Walt 1987)');
      assert.equal(role('In 2014 trade reached 95 billion dollars.'), 'evidence: 95 billion');
      assert.equal(role('The white paper states that “China consistently insists on the policy of non-alliance in all cases”.'), 'evidence: “China consistently insists on the poli…');
      assert.equal(role('Imports fell by 40 percent.', { notes: true }), 'evidence: 40 percent');
    });

    it('does not count a footnote or a date alone', () => {
      assert.equal(role('The policy changed.', { notes: true }), 'none');
      assert.equal(role('The summit took place in 2015.'), 'none');
    });
  });

  describe('conclusions', () => {
    it('finds summing-up openers anywhere in a paragraph', () => {
      for (const [sentence, cue] of [
        ['In sum, the partnership is enough.', 'In sum'],
        ['To summarize, the debate rests on four reasons.', 'To summarize'],
        ['In conclusion, threat explains enlargement.', 'In conclusion'],
        ['To conclude, the peace survives.', 'To conclude'],
        ['It can be concluded that ties were restored.', 'It can be concluded'],
      ]) {
        assert.equal(role(sentence, { first: false }), `conclusion: ${cue}`, sentence);
      }
    });

    it('takes "Therefore," and "Thus," at a paragraph end, not in the middle', () => {
      assert.equal(role('Therefore, analysts should read the documents as signals.', { first: false, last: true }), 'conclusion: Therefore');
      assert.equal(role('Thus, this discourse is merely a hypothesis.', { first: false, last: true }), 'conclusion: Thus');
      assert.equal(role('Thus, the state gains supporters.', { first: false, last: false }), 'none');
    });
  });

  describe('claims', () => {
    it('finds claim cues in a topic sentence', () => {
      assert.equal(role('It is clear that the doctrine is an aspiration.'), 'claim: It is clear');
      assert.equal(role('Obviously, Chinese academia is more active.'), 'claim: Obviously');
      assert.equal(role('In other words, the alliance is defensive.'), 'claim: In other words');
      assert.equal(role('However, it is obvious that both definitions stress force.'), 'claim: it is obvious');
    });

    it('is selective: modal verbs alone, or claim cues inside a paragraph, do not make a claim', () => {
      assert.equal(role('States should cooperate more.'), 'none');
      assert.equal(role('In other words, the alliance is defensive.', { first: false }), 'none');
      assert.equal(role('Obviously, states must cooperate.', { first: true }), 'claim: Obviously');
    });
  });

  it('reads only the first characters of a very long sentence', () => {
    const started = performance.now();
    findCues(`Some scholars argue that ${'very '.repeat(200000)}long.`, plain);
    assert.ok(performance.now() - started < 1000);
  });
});
