import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { analyzeDocument } from '../../../src/core/analysis';
import { annotateAnalysis, annotatedJson } from '../../../src/core/annotateText';
import { createDocument } from '../../../src/core/document';
import { JsonBytes } from '../../../src/core/jsonBytes';
import { kbFromYaml, repoRoot } from '../helpers';

const decode = (bytes: Uint8Array): string => Buffer.from(bytes).toString('utf8');

describe('JSON written as bytes', () => {
  it('writes strings and integers as JSON.stringify does', () => {
    // Every kind of unit: ASCII, quotes, backslashes, controls, DEL, accents, CJK, pairs and lone surrogates.
    const unit = fc.oneof(fc.integer({ min: 0, max: 0x7f }), fc.integer({ min: 0x80, max: 0xffff }), fc.constantFrom(0x22, 0x5c, 0x0a, 0x09, 0xd83c, 0xdf0d));
    const text = fc.array(unit, { maxLength: 40 }).map((units) => String.fromCharCode(...units));
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), fc.array(fc.oneof(fc.nat(), fc.constantFrom(0, 9, 10, 99, 100, 0x7fffffff, 0x80000000, 2 ** 40))), (s, a, b, numbers) => {
        const start = Math.min(a % (s.length + 1), b % (s.length + 1));
        const end = Math.max(a % (s.length + 1), b % (s.length + 1));
        const out = new JsonBytes(1); // grown on the way
        out.string(s, start, end);
        for (const n of numbers) {
          out.ascii(0x2c);
          out.natural(n);
        }
        assert.equal(decode(out.result()), JSON.stringify(s.slice(start, end)) + numbers.map((n) => `,${n}`).join(''));
      }),
    );
  });

  it("annotate's JSON is JSON.stringify of its mentions, on every golden case", () => {
    const casesDir = resolve(repoRoot, 'test/fixtures/matcher/cases');
    const kb = kbFromYaml(readFileSync(resolve(repoRoot, 'test/fixtures/matcher/kb.yaml'), 'utf8'));
    let withAlternatives = 0;
    let nonAscii = 0;
    for (const name of readdirSync(casesDir)) {
      const input = ['input.md', 'input.txt'].map((f) => join(casesDir, name, f)).find((f) => existsSync(f))!;
      const file = input.endsWith('.md') ? 'input.md' : 'input.txt';
      const analysis = analyzeDocument(createDocument(file, readFileSync(input, 'utf8')), kb);
      const expected = JSON.stringify(annotateAnalysis(file, analysis)) + '\n';
      assert.equal(decode(annotatedJson(file, analysis, '\n')), expected, name);
      if (expected.includes('"alternatives"')) withAlternatives++;
      if ([...expected].some((c) => c.charCodeAt(0) > 0x7f)) nonAscii++;
    }
    // The cases cover the paths that leave the plain-ASCII one.
    assert.ok(withAlternatives > 0 && nonAscii > 0, `${withAlternatives} cases with alternatives, ${nonAscii} with non-ASCII text`);
  });
});
