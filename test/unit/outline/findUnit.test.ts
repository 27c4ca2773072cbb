import * as assert from 'node:assert/strict';
import { buildParentMap, findUnitAt, flattenOutline, parentOf } from '../../../src/outline/findUnit';
import { outlineToMarkdown } from '../../../src/outline/outlineToMarkdown';
import type { OutlineUnit } from '../../../src/outline/types';
import { outlineOf } from './outlineHelpers';

const text = [
  '# Hedging',
  '',
  'I argue that hedging is deliberate. It has a logic.',
  '',
  'Firstly, it keeps options open. Secondly, it raises the price of loyalty.',
  '',
  '## Objections',
  '',
  'Some analysts argue that it is *drift*. That is fair, but the pattern is regular.',
].join('\n');

describe('outline lookups and Markdown rendering', () => {
  const units = outlineOf(text, 'markdown');
  const all = flattenOutline(units);
  const byLabel = (label: string): OutlineUnit => all.find((u) => u.label.startsWith(label))!;

  it('finds the unit whose sentence holds the offset', () => {
    const at = text.indexOf('keeps options');
    assert.equal(findUnitAt(units, at)?.label, 'It keeps options open');
    assert.equal(findUnitAt(units, at, 'containing')?.label, 'It keeps options open');
  });

  it('falls back to the nearest unit before the offset', () => {
    const at = text.indexOf('It has a logic');
    assert.equal(findUnitAt(units, at)?.label, 'Hedging is deliberate');
    assert.equal(findUnitAt(units, at, 'containing'), undefined);
    assert.equal(findUnitAt(units, 0), undefined);
    assert.equal(findUnitAt(units, text.length)?.label, 'The pattern is regular');
  });

  it('gives every unit its parent', () => {
    const parents = buildParentMap(units);
    assert.equal(parents.size, all.length);
    assert.equal(parentOf(units, byLabel('It keeps options open'))?.label, 'Hedging is deliberate');
    assert.equal(parentOf(units, byLabel('Hedging is deliberate'))?.label, 'Hedging');
    assert.equal(parentOf(units, units[0]), undefined);
    for (const unit of all) for (const child of unit.children) assert.equal(parentOf(units, child), unit);
  });

  it('keeps children after their parent and siblings in document order', () => {
    const check = (list: readonly OutlineUnit[], after: number): void => {
      let previous = after;
      for (const unit of list) {
        assert.ok(unit.start >= previous, `${unit.label} starts before ${previous}`);
        assert.ok(unit.end > unit.start);
        check(unit.children, unit.start);
        previous = unit.start;
      }
    };
    check(units, 0);
  });

  it('renders a nested Markdown list with role names and escaped labels', () => {
    assert.equal(
      outlineToMarkdown(units),
      [
        '- **Section**: Hedging',
        '  - **Thesis**: Hedging is deliberate',
        '    - **Reason**: It keeps options open',
        '    - **Reason**: It raises the price of loyalty',
        '  - **Section**: Objections',
        '    - **Counter-claim**: Some analysts: it is drift',
        '      - **Claim**: The pattern is regular',
        '',
      ].join('\n'),
    );
    assert.equal(outlineToMarkdown([{ ...units[0], label: 'A *b* [c]', children: [] }]), '- **Section**: A \\*b\\* \\[c\\]\n');
    assert.equal(outlineToMarkdown([]), '');
  });
});
