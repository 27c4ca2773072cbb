import * as assert from 'node:assert/strict';
import { findInlineEnumeration, resolveSeries, type SeriesInput } from '../../../src/outline/enumerations';
import { buildHierarchy, FORCED_SCORE, limitLeaves, type FlatUnit, type TreeNode } from '../../../src/outline/hierarchy';
import { describe_, outlineOf } from './outlineHelpers';

/** A flat unit with defaults, for driving buildHierarchy directly. */
function unit(role: FlatUnit['role'], start: number, extra: Partial<FlatUnit> = {}): FlatUnit {
  return { role, cue: '', start, end: start + 1, depth: role === 'section' ? 1 : 0, paragraph: start, strong: false, topic: true, score: 2, ...extra };
}

function tree(nodes: readonly TreeNode[], depth = 0): string[] {
  return nodes.flatMap((n) => [`${'  '.repeat(depth)}${n.role}@${n.unit.start}`, ...tree(n.children, depth + 1)]);
}

describe('outline hierarchy', () => {
  describe('enumeration series', () => {
    const sentence = (extra: Partial<SeriesInput>, paragraph: number): SeriesInput => ({ endsWithColon: false, section: 0, paragraph, ...extra });

    it('links "Firstly ... Finally" to the announcement before it', () => {
      const members = resolveSeries([
        sentence({ announcement: { cue: 'four, as follows', count: 4 } }, 0),
        sentence({ ordinal: { cue: 'Firstly', n: 1 } }, 1),
        sentence({}, 1),
        sentence({ ordinal: { cue: 'Secondly', n: 2 } }, 2),
        sentence({ ordinal: { cue: 'Finally', n: 'last' } }, 3),
      ]);
      assert.deepEqual([...members.keys()], [1, 3, 4]);
      assert.equal(members.get(1)?.announcer, 0);
      assert.deepEqual([...members.values()].map((m) => m.n), [1, 2, 3]);
    });

    it('keeps an unannounced series of two or more, and drops a lone "Finally" or a gap', () => {
      assert.equal(resolveSeries([sentence({ ordinal: { cue: 'First', n: 1 } }, 0), sentence({ ordinal: { cue: 'Second', n: 2 } }, 1)]).size, 2);
      assert.equal(resolveSeries([sentence({ ordinal: { cue: 'Finally', n: 'last' } }, 0)]).size, 0);
      assert.equal(resolveSeries([sentence({ ordinal: { cue: 'Secondly', n: 2 } }, 0), sentence({ ordinal: { cue: 'Thirdly', n: 3 } }, 1)]).size, 0);
    });

    it('finds numbered items inside one sentence', () => {
      const text = 'This article argues: (1) that trade binds; (2) that relief must be credible; and (3) that big economies outlast coalitions.';
      const found = findInlineEnumeration(text, 0, text.length);
      assert.ok(found);
      assert.equal(text.slice(found.head.start, found.head.end), 'This article argues:');
      assert.deepEqual(
        found.items.map((i) => text.slice(i.start, i.end)),
        ['(1) that trade binds', '(2) that relief must be credible', '(3) that big economies outlast coalitions.'],
      );
      assert.equal(findInlineEnumeration('Signed in (2001) and (2002).', 0, 28), undefined);
    });
  });

  describe('buildHierarchy', () => {
    it('nests sections by depth and keeps claims in their section', () => {
      const nodes = buildHierarchy([unit('section', 0), unit('claim', 1), unit('section', 2, { depth: 2 }), unit('thesis', 3), unit('section', 4), unit('claim', 5)]);
      assert.deepEqual(tree(nodes), ['section@0', '  claim@1', '  section@2', '    thesis@3', 'section@4', '  claim@5']);
    });

    it('puts reasons under the announcing unit and claims and conclusions inside the reason', () => {
      const nodes = buildHierarchy([
        unit('section', 0),
        unit('thesis', 1, { sentence: 1 }),
        unit('reason', 2, { series: { id: 0, first: true, announcer: 1 } }),
        unit('claim', 3),
        unit('reason', 4, { series: { id: 0, first: false } }),
        unit('conclusion', 5),
        unit('conclusion', 6, { strong: true }),
        unit('evidence', 7, { paragraph: 6 }),
      ]);
      assert.deepEqual(tree(nodes), ['section@0', '  thesis@1', '    reason@2', '      claim@3', '    reason@4', '      conclusion@5', '  conclusion@6', '    evidence@7']);
    });

    it('reads "I would argue" inside a reason as the author\'s claim', () => {
      const nodes = buildHierarchy([unit('section', 0), unit('reason', 1, { series: { id: 0, first: true } }), unit('counterclaim', 2, { paragraph: 1 }), unit('thesis', 3, { paragraph: 1 })]);
      assert.deepEqual(tree(nodes), ['section@0', '  reason@1', '    counterclaim@2', '    claim@3']);
    });

    it('limits the leaves under one claim, not under a section', () => {
      const leaves = [3, 4, 5].map((s) => unit('evidence', s, { paragraph: 1, score: s === 4 ? 3.5 : 3.25 }));
      const nodes = limitLeaves(buildHierarchy([unit('section', 0), unit('claim', 1, { paragraph: 1 }), ...leaves]));
      assert.deepEqual(tree(nodes), ['section@0', '  claim@1', '    evidence@4']);
      const orphans = limitLeaves(buildHierarchy([unit('section', 0), ...leaves, unit('evidence', 9, { score: FORCED_SCORE })]));
      assert.equal(orphans[0].children.length, 4);
    });
  });

  describe('on documents', () => {
    it('nests an announced series under its thesis and an unannounced one under the section', () => {
      const text = [
        'The Puzzle',
        '',
        'Why do they not ally? I will argue there are three reasons, as follows:',
        '',
        ' Firstly, their interests differ. For example, trade fell by 30 percent in 2015.',
        '',
        ' Secondly, they distrust each other. Critics point out that trust is growing.',
        '',
        ' Thirdly, neither needs the other.',
        '',
        'To summarize, the reasons are strong.',
        '',
        'Why Nothing Changes',
        '',
        'Firstly, the threat is weak. Secondly, the costs are high.',
      ].join('\n');
      assert.equal(
        describe_(outlineOf(text)),
        [
          'section: The Puzzle',
          '  thesis: I will argue there are three reasons, as follows',
          '    reason: Their interests differ',
          '      evidence: Trade fell by 30 percent in 2015',
          '    reason: They distrust each other',
          '      counterclaim: Critics: trust is growing',
          '    reason: Neither needs the other',
          '  conclusion: The reasons are strong',
          'section: Why Nothing Changes',
          '  reason: The threat is weak',
          '  reason: The costs are high',
        ].join('\n'),
      );
    });

    it('makes a Markdown list after an announcement into reasons, and numbered conclusions into items', () => {
      const text = [
        '# Sanctions',
        '',
        'They fail for three reasons:',
        '',
        '1. Targets adapt.',
        '2. Senders defect.',
        '3. Relief is not credible.',
        '',
        '## Conclusion',
        '',
        'This study argues: (1) that targets adapt; (2) that senders defect.',
      ].join('\n');
      assert.equal(
        describe_(outlineOf(text, 'markdown')),
        [
          'section: Sanctions',
          '  claim: They fail for three reasons',
          '    reason: Targets adapt',
          '    reason: Senders defect',
          '    reason: Relief is not credible',
          '  section: Conclusion',
          '    conclusion: This study argues',
          '      conclusion: Targets adapt',
          '      conclusion: Senders defect',
        ].join('\n'),
      );
      const items = outlineOf(text, 'markdown')[0].children[0].children;
      assert.deepEqual(items.map((i) => i.cue), ['1.', '2.', '3.']);
    });

    it('nests evidence and counter-claims under the nearest claim, and a reply under its objection', () => {
      const text = [
        'It is clear that hedging is deliberate. For instance, Vietnam buys arms from Russia.',
        '',
        'Some analysts argue that hedging is mere drift. But the pattern is too regular for drift.',
      ].join('\n');
      assert.equal(
        describe_(outlineOf(text)),
        ['claim: Hedging is deliberate', '  evidence: Vietnam buys arms from Russia', '  counterclaim: Some analysts: hedging is mere drift', '    claim: The pattern is too regular for drift'].join('\n'),
      );
    });

    it('shows the topic sentence of a section without cues, and nothing from back matter', () => {
      const text = '# History\n\nThe conference met in 1955. Delegates came from Asia.\n\n## References\n\nWalt, S. (1987). I argue that this is a reference.\n';
      assert.equal(describe_(outlineOf(text, 'markdown')), ['section: History', '  claim: The conference met in 1955'].join('\n'));
    });

    it('takes a block quote as evidence', () => {
      const text = '# Words\n\nIt is clear that the doctrine matters.\n\n> Russia pursues an independent course. It is defined by national interests.\n';
      assert.equal(describe_(outlineOf(text, 'markdown')), ['section: Words', '  claim: The doctrine matters', '    evidence: Russia pursues an independent course'].join('\n'));
    });
  });
});
