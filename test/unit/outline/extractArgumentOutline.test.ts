import * as assert from 'node:assert/strict';
import { extractArgumentOutline } from '../../../src/outline/extractArgumentOutline';
import { flattenOutline } from '../../../src/outline/findUnit';
import { OUTLINE_ROLES, type OutlineUnit } from '../../../src/outline/types';
import { outlineOf, spanText, unitTexts } from './outlineHelpers';

describe('extractArgumentOutline', () => {
  it('works without a tree or mentions (parses Markdown itself)', () => {
    const text = '# Alliances\n\nI argue that alliances follow threats.\n';
    const units = extractArgumentOutline({ text, language: 'markdown', mentions: [] });
    assert.deepEqual(unitTexts(text, units), ['section: Alliances', 'thesis: I argue that alliances follow threats.']);
    assert.deepEqual(extractArgumentOutline({ text: '', language: 'plaintext', mentions: [] }), []);
  });

  it('gives each unit the KB ids mentioned inside its span, once, in order', () => {
    const text = '# China and Russia\n\nI argue that China and Russia will not ally, whatever Beijing says about Russia.\n';
    const [section] = outlineOf(text, 'markdown');
    assert.deepEqual(section.entities, ['china', 'russia']);
    assert.deepEqual(section.children[0].entities, ['china', 'russia']);
  });

  it('uses UTF-16 offsets into the text as given (CRLF, astral characters)', () => {
    const text = '😀 Intro\r\n\r\nI argue that NATO grew because of threat. 😀 For example, Poland applied in 1994 with 90 percent support.\r\n';
    const units = flattenOutline(outlineOf(text));
    assert.ok(units.length >= 2);
    for (const u of units) {
      assert.ok(u.start >= 0 && u.end <= text.length && u.start < u.end);
      assert.ok(!/^\s|\s$/.test(text.slice(u.start, u.end)), JSON.stringify(text.slice(u.start, u.end)));
    }
    const thesis = units.find((u) => u.role === 'thesis')!;
    assert.equal(spanText(text, thesis), 'I argue that NATO grew because of threat.');
    assert.deepEqual(thesis.entities, ['nato']);
  });

  it('returns only known roles, levels that match the nesting, and labels of at most 100 characters', () => {
    const text = `# A\n\n${'I argue that the long sentence goes on and on without an end in sight, '.repeat(5)}done.\n`;
    const check = (units: readonly OutlineUnit[], level: number): void => {
      for (const u of units) {
        assert.ok((OUTLINE_ROLES as readonly string[]).includes(u.role));
        assert.equal(u.level, level);
        assert.ok(u.label.length > 0 && u.label.length <= 100, u.label);
        check(u.children, level + 1);
      }
    };
    check(outlineOf(text, 'markdown'), 0);
  });

  it('outlines a large document in linear time', function () {
    this.timeout(60000);
    const paragraph =
      'Critics point out that the partnership is shallow. I argue that it is deep. For instance, trade grew by 40 percent in 2014. ' +
      'Firstly, the leaders meet often. Secondly, the armies train together. In sum, the ties are real.\n\n';
    const small = paragraph.repeat(500);
    const large = paragraph.repeat(4000); // about 1 MB
    const time = (text: string): number => {
      const started = process.cpuUsage();
      extractArgumentOutline({ text, language: 'plaintext', mentions: [] });
      const used = process.cpuUsage(started);
      return (used.user + used.system) / 1000;
    };
    time(small); // warm up
    const a = time(small);
    const b = time(large);
    assert.ok(b < 15000, `1 MB took ${b} ms`);
    assert.ok(b < Math.max(a, 20) * 8 * 3, `8x the text took ${(b / a).toFixed(1)}x the time`);
  });
});
