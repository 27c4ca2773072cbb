import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { flattenOutline } from '../../../src/outline/findUnit';
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

    it(`${name}: the same outline hard-wrapped at 64 columns as on long lines`, function () {
      const input = ['input.md', 'input.txt'].map((f) => join(fixturesDir, name, f)).find((p) => existsSync(p))!;
      const language = input.endsWith('.md') ? 'markdown' : 'plaintext';
      const text = readFileSync(input, 'utf8');
      // A draft laid out by indentation or as extracted PDF lines is already hard-wrapped text: re-wrapping
      // it would change where its paragraphs break (test/unit/outline/paragraphClaims.test.ts wraps drafts both ways).
      if (language === 'plaintext' && (/^[ \t]+\S/m.test(text) || isPdfLayout(text))) this.skip();
      const view = (t: string) => flattenOutline(outlineOf(t, language)).map((u) => `${u.role}: ${u.label}`);
      assert.deepEqual(view(rewrapProse(text, 64)), view(rewrapProse(text, Infinity)));
    });
  }
});

/** Short lines, most followed by one blank line: a PDF extraction, not paragraphs on long lines. */
function isPdfLayout(text: string): boolean {
  const lines = text.split('\n');
  const textLines = lines.filter((l) => l.trim() !== '');
  const lengths = textLines.map((l) => l.length).sort((a, b) => a - b);
  const single = lines.filter((l, i) => l.trim() !== '' && lines[i + 1]?.trim() === '' && lines[i + 2]?.trim() !== '').length;
  return textLines.length >= 6 && single / textLines.length >= 0.6 && lengths[Math.floor(lengths.length / 2)] <= 100;
}

/**
 * The text with every prose paragraph re-wrapped at `width` columns (Infinity: one line each). Headings,
 * list items, quotations, tables, comments and the lines of a hyphenated PDF break are left as they are.
 */
function rewrapProse(text: string, width: number): string {
  return text
    .split(/\n{2,}/)
    .map((block) => {
      const lines = block.split('\n');
      const prose = lines.every((l) => l.trim() !== '' && !/^\s*(?:#|[-*+>|]\s|\d+[.)]\s|<!--|\(\d+\)|[=-]{3,})/.test(l) && !/-$/.test(l.trim()));
      if (!prose) return block;
      const words = block.split(/\s+/).filter(Boolean);
      const out: string[] = [];
      let line = '';
      for (const word of words) {
        if (line && line.length + 1 + word.length > width) {
          out.push(line);
          line = word;
        } else line = line ? `${line} ${word}` : word;
      }
      if (line) out.push(line);
      return out.join('\n');
    })
    .join('\n\n');
}
