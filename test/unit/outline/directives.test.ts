import * as assert from 'node:assert/strict';
import { findDirectives, parseDirectiveBody } from '../../../src/outline/directives';
import { describe_, outlineOf, unitTexts } from './outlineHelpers';

describe('irLens directives', () => {
  it('parses role and ignore comments, and nothing else', () => {
    assert.deepEqual(parseDirectiveBody(' irLens: claim '), { kind: 'role', role: 'claim' });
    assert.deepEqual(parseDirectiveBody('irLens:IGNORE'), { kind: 'ignore' });
    assert.deepEqual(parseDirectiveBody('irLens: counter-claim'), { kind: 'role', role: 'counterclaim' });
    assert.equal(parseDirectiveBody('irLens: banana'), undefined);
    assert.equal(parseDirectiveBody('a comment about irLens: claim'), undefined);
  });

  it('finds comments in one pass and survives an unclosed one', () => {
    const text = 'a <!-- irLens: claim --> b <!-- x --> c <!-- irLens: ignore --> d <!-- never closed';
    assert.deepEqual(
      findDirectives(text).map((d) => [d.kind, text.slice(d.start, d.end)]),
      [
        ['role', '<!-- irLens: claim -->'],
        ['ignore', '<!-- irLens: ignore -->'],
      ],
    );
  });

  it('sets the role of the next sentence in Markdown', () => {
    const text = '# Hedging\n\nVietnam hedges.\n\n<!-- irLens: thesis -->\nVietnam buys arms from Russia. It also courts Washington.\n';
    assert.deepEqual(unitTexts(text, outlineOf(text, 'markdown')), ['section: Hedging', 'thesis: Vietnam buys arms from Russia.']);
    const [section] = outlineOf(text, 'markdown');
    assert.equal(section.children[0].cue, 'irLens: thesis');
  });

  it('sets the role of the next sentence in plain text, inline or on its own line', () => {
    const text = 'Vietnam hedges. <!-- irLens: counterclaim --> Some call it drift.\n\n<!-- irLens: evidence -->\nArms sales doubled.\n';
    assert.deepEqual(unitTexts(text, outlineOf(text)), ['counterclaim: Some call it drift.', 'evidence: Arms sales doubled.']);
  });

  it('drops a unit with ignore, in both languages', () => {
    const md = '# A\n\nI argue that hedging works.\n\n<!-- irLens: ignore -->\nFor example, this is a note to self.\n';
    assert.deepEqual(unitTexts(md, outlineOf(md, 'markdown')), ['section: A', 'thesis: I argue that hedging works.']);
    const txt = '<!-- irLens: ignore --> I argue that hedging works. For example, trade grew by 40 percent in 2015.';
    assert.deepEqual(unitTexts(txt, outlineOf(txt)), ['evidence: For example, trade grew by 40 percent in 2015.']);
  });

  it('drops an ignored section with everything under it', () => {
    const md = '# Paper\n\n## Argument\n\nI argue that hedging works.\n\n<!-- irLens: ignore -->\n## To do\n\nI argue that this is a note.\n\n### Sub\n\nIn sum, still a note.\n\n## End\n\nIn sum, hedging works.\n';
    assert.equal(
      describe_(outlineOf(md, 'markdown')),
      ['section: Paper', '  section: Argument', '    thesis: Hedging works', '  section: End', '    conclusion: Hedging works'].join('\n'),
    );
  });

  it('ignores directive-like text inside Markdown code', () => {
    const md = '# A\n\n```\n<!-- irLens: ignore -->\n```\n\nI argue that hedging works.\n';
    assert.deepEqual(unitTexts(md, outlineOf(md, 'markdown')), ['section: A', 'thesis: I argue that hedging works.']);
  });
});
