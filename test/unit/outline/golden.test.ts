import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixturesDir, outlineOf } from './outlineHelpers';

/**
 * Golden outlines: test/fixtures/outline/<case>/input.md|txt beside expected.json. Run with
 * UPDATE_GOLDEN=1 to rewrite the expectations, then review the diff like code.
 */
const update = process.env.UPDATE_GOLDEN === '1';

describe('outline golden fixtures', () => {
  const cases = readdirSync(fixturesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();

  it('has at least six cases', () => {
    assert.ok(cases.length >= 6, `only ${cases.length} cases in ${fixturesDir}`);
  });

  for (const name of cases) {
    it(name, () => {
      const dir = join(fixturesDir, name);
      const input = ['input.md', 'input.txt'].map((f) => join(dir, f)).find((p) => existsSync(p));
      assert.ok(input, `${dir} has no input.md or input.txt`);
      const text = readFileSync(input, 'utf8');
      const outline = outlineOf(text, input.endsWith('.md') ? 'markdown' : 'plaintext');
      const expectedPath = join(dir, 'expected.json');
      const actual = JSON.stringify(outline, null, 2) + '\n';
      if (update) {
        writeFileSync(expectedPath, actual);
        return;
      }
      assert.ok(existsSync(expectedPath), `${expectedPath} is missing: run with UPDATE_GOLDEN=1 and review it`);
      assert.deepEqual(JSON.parse(actual), JSON.parse(readFileSync(expectedPath, 'utf8')));
    });
  }
});
