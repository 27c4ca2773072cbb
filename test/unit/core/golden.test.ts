import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { annotateText } from '../../../src/core/annotateText';
import { kbFromYaml, repoRoot } from '../helpers';

/**
 * Golden tests: each case folder holds input.md or input.txt and expected.json, the `annotate` output
 * over the fixture KB. Run with UPDATE_GOLDEN=1 to rewrite the expectations on purpose; review the diff.
 */
const casesDir = resolve(repoRoot, 'test/fixtures/matcher/cases');
const kb = kbFromYaml(readFileSync(resolve(repoRoot, 'test/fixtures/matcher/kb.yaml'), 'utf8'));

describe('matcher golden fixtures', () => {
  for (const name of readdirSync(casesDir).sort()) {
    it(name, () => {
      const input = ['input.md', 'input.txt'].map((f) => join(casesDir, name, f)).find((f) => existsSync(f));
      assert.ok(input, `no input file in ${name}`);
      const result = annotateText(input.endsWith('.md') ? 'input.md' : 'input.txt', readFileSync(input, 'utf8'), kb);
      const expectedPath = join(casesDir, name, 'expected.json');
      const actual = JSON.stringify(result, null, 2) + '\n';
      if (process.env.UPDATE_GOLDEN === '1' || !existsSync(expectedPath)) writeFileSync(expectedPath, actual);
      assert.equal(actual, readFileSync(expectedPath, 'utf8'));
    });
  }
});
