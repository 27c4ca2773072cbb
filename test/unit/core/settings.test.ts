import * as assert from 'node:assert/strict';
import { DEFAULT_SETTINGS, normaliseSettings } from '../../../src/core/settings';

describe('settings', () => {
  it('reads valid values', () => {
    const values: Record<string, unknown> = { 'highlight.enabled': false, 'highlight.types': ['event'], maxFileSize: 1000, 'checks.unknownAcronyms': false };
    const s = normaliseSettings((key) => values[key]);
    assert.equal(s.highlightEnabled, false);
    assert.deepEqual(s.highlightTypes, ['event']);
    assert.equal(s.maxFileSize, 1000);
    assert.equal(s.checks.unknownAcronyms, false);
    assert.equal(s.checks.inconsistentVariants, true);
  });

  it('falls back to the default for every bad value', () => {
    const bad: Record<string, unknown> = {
      'highlight.enabled': 'yes',
      'highlight.types': ['actor', 'planet'],
      maxFileSize: -5,
      'knowledgeBase.files': ['**/*.yaml', 3],
      'preview.enabled': null,
      'references.maxFileSize': Number.NaN,
    };
    assert.deepEqual(normaliseSettings((key) => bad[key]), DEFAULT_SETTINGS);
  });
});
