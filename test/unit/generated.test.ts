import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describePart, GENERATED, withPart } from '../../scripts/generate/generated';
import { repoRoot } from './helpers';

/** Files made from one source in the code (see scripts/generate/generated.ts) must be up to date. */
describe('generated files', () => {
  for (const part of GENERATED) {
    it(`${describePart(part)} is up to date (npm run generate)`, () => {
      const text = readFileSync(resolve(repoRoot, part.file), 'utf8');
      assert.equal(text, withPart(text, part), `${part.file} is stale: run npm run generate`);
    });
  }
});
