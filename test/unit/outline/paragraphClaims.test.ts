import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { flattenOutline } from '../../../src/outline/findUnit';
import { paragraphMap, paragraphMapToMarkdown } from '../../../src/outline/paragraphMap';
import { stanceOf } from '../../../src/outline/stance';
import type { OutlineUnit } from '../../../src/outline/types';
import { repoRoot } from '../helpers';
import { outlineOf } from './outlineHelpers';

/** A short essay of our own that argues without announcing its argument (no "I will argue", no "Firstly"). */
const ESSAY = readFileSync(resolve(repoRoot, 'test/fixtures/outline-drafts/hedging-essay.txt'), 'utf8');

const find = (units: readonly OutlineUnit[], text: string, opening: string): OutlineUnit => {
  const unit = flattenOutline(units).find((u) => text.slice(u.start, u.end).startsWith(opening));
  assert.ok(unit, `no unit opening "${opening}"`);
  return unit;
};

/** Hard-wraps every paragraph at `width` columns, as a PDF extraction or a plain-text essay does. */
function hardWrap(text: string, width: number): string {
  return text
    .split('\n\n')
    .map((paragraph) => {
      const lines: string[] = [];
      let line = '';
      for (const word of paragraph.split(/\s+/).filter(Boolean)) {
        if (line && line.length + 1 + word.length > width) {
          lines.push(line);
          line = word;
        } else line = line ? `${line} ${word}` : word;
      }
      if (line) lines.push(line);
      return lines.join('\n');
    })
    .join('\n\n');
}

describe('argument units from how people argue', () => {
  const units = outlineOf(ESSAY);

  it('finds the implicit thesis: the clearest first-person position of the introduction', () => {
    const thesis = find(units, ESSAY, 'I believe that this reading');
    assert.equal(thesis.role, 'thesis');
    assert.match(thesis.why, /clearest position taken in the introduction \("I believe"\)/);
    assert.equal(flattenOutline(units).filter((u) => u.role === 'thesis').length, 1);
  });

  it('gives every argumentative paragraph its main sentence, with a role from content and place', () => {
    assert.equal(find(units, ESSAY, 'The costs of alignment').role, 'claim');
    assert.equal(find(units, ESSAY, 'The real problem is').role, 'claim');
    assert.match(find(units, ESSAY, 'The real problem is').why, /takes a position \("The real problem is"\)/);
    assert.equal(find(units, ESSAY, 'Critics reply that').role, 'counterclaim');
    const reply = find(units, ESSAY, 'That objection mistakes');
    assert.equal(reply.role, 'claim');
    assert.equal(reply.answers, find(units, ESSAY, 'Critics reply that').id, 'the reply in the next paragraph answers the objection');
    assert.equal(find(units, ESSAY, 'Trade with China grew').role, 'evidence');
    assert.equal(find(units, ESSAY, 'In short, hedging').role, 'conclusion');
  });

  it('stays selective: about one unit per paragraph, never every sentence', () => {
    const sentences = ESSAY.split(/(?<=[.!?])\s+/).length;
    const count = flattenOutline(units).filter((u) => u.role !== 'section').length;
    assert.ok(count <= 12 && count < sentences / 1.5, `${count} units for ${sentences} sentences`);
  });

  it('links support: evidence to the claim it supports, and counts it with the citation', () => {
    const claim = find(units, ESSAY, 'Consider the record');
    const evidence = find(units, ESSAY, 'Trade with China grew');
    assert.equal(evidence.supports, claim.id);
    assert.equal(claim.support?.evidence, 1);
    assert.equal(claim.support?.citations, 1);
    assert.deepEqual(find(units, ESSAY, 'The costs of alignment').support, { reasons: 0, evidence: 0, citations: 0, answered: 0, accepted: false });
  });

  it('reads a hard-wrapped copy (72 and 60 columns) exactly as the unwrapped text', () => {
    const view = (text: string) => flattenOutline(outlineOf(text)).map((u) => `${u.role}: ${u.label}`);
    const unwrapped = view(ESSAY);
    assert.deepEqual(view(hardWrap(ESSAY, 72)), unwrapped);
    assert.deepEqual(view(hardWrap(ESSAY, 60)), unwrapped);
  });

  it('skips courtesies and questions as main sentences', () => {
    const speech = 'Mr. President, distinguished delegates, ladies and gentlemen, thank you for this honour.\n\nWhy does this matter? Every state must keep its word if the order is to last.\n';
    const found = flattenOutline(outlineOf(speech)).map((u) => speech.slice(u.start, u.end));
    assert.deepEqual(found, ['Every state must keep its word if the order is to last.']);
  });

  it('a list announced as grounds gives reasons; a list of commitments gives claims', () => {
    const reasons = 'Hedging pays for three reasons:\n\n- It keeps markets open to both sides.\n- It avoids entrapment.\n- It buys time.\n';
    const commitments = 'We will work with our partners, including by:\n\n- Deepening trade ties across the region.\n- Expanding training for coast guards.\n';
    assert.deepEqual(flattenOutline(outlineOf(reasons, 'markdown')).filter((u) => u.level > 0).map((u) => u.role), ['reason', 'reason', 'reason']);
    assert.deepEqual(flattenOutline(outlineOf(commitments, 'markdown')).filter((u) => u.level > 0).map((u) => u.role), ['claim', 'claim']);
  });
});

describe('stance', () => {
  it('scores first-person judgements, exhortations, focus and evaluation above plain statements', () => {
    assert.ok(stanceOf('I believe that hedging works.').score >= 2.5);
    assert.ok(stanceOf('We must keep both doors open.').score >= 2);
    assert.ok(stanceOf('The real question is who pays.').score >= 2.5);
    assert.ok(stanceOf('That policy was a costly mistake.').score >= 2);
    assert.equal(stanceOf('The delegates met in April.').score, 0);
  });
});

describe('paragraph map', () => {
  it('lists every paragraph under its section, by its main sentence', () => {
    const map = paragraphMap({ text: ESSAY, language: 'plaintext' });
    assert.equal(map[0].kind, 'section');
    const paragraphs = map.filter((e) => e.kind === 'paragraph');
    assert.equal(paragraphs.length, ESSAY.trim().split('\n\n').length - 1);
    const second = paragraphs[1];
    assert.ok(second.kind === 'paragraph');
    assert.equal(ESSAY.slice(second.main.start, second.main.end), 'I believe that this reading gets the matter backwards.');
    assert.equal(second.sentences, 2);
    assert.match(paragraphMapToMarkdown(map), /^- \*\*Why Small States Hedge\*\*\n {2}- Small states on the rim/);
  });
});
