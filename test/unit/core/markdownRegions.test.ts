import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { markdownRegions } from '../../../src/core/markdownRegions';
import { found, kbFromYaml, repoRoot } from '../helpers';

const kb = kbFromYaml(readFileSync(resolve(repoRoot, 'test/fixtures/matcher/kb.yaml'), 'utf8'));
const ids = (text: string): string[] => found(text, kb, 'markdown').map(([t]) => t);

describe('Markdown prose ranges', () => {
  it('scans headings, emphasis, lists, quotes, tables and footnote definitions', () => {
    const text = [
      '# China and the SCO',
      '',
      '- *Russia* in a list',
      '> NATO in a quote',
      '',
      '| actor | role |',
      '| --- | --- |',
      '| BRICS | bloc |',
      '',
      'Text.[^1]',
      '',
      '[^1]: Wendt in a footnote.',
    ].join('\n');
    assert.deepEqual(ids(text), ['China', 'SCO', 'Russia', 'NATO', 'BRICS', 'Wendt']);
  });

  it('never scans code, HTML, URLs, link destinations, front matter or math', () => {
    const text = [
      '---',
      'title: China',
      '---',
      '',
      '```',
      'China in a fence',
      '```',
      '',
      '    China indented',
      '',
      'Inline `China` and <span title="China">x</span> and https://example.org/China and',
      '[the SCO](https://example.org/NATO "NATO") and ![China](china.png) and $China$.',
      '',
      '$$',
      'Russia',
      '$$',
      '',
      '[ref]: https://example.org/Russia',
    ].join('\n');
    assert.deepEqual(ids(text), ['SCO']);
  });

  it('treats the whole of a plain-text file as prose, code fences included', () => {
    assert.deepEqual(found('```\nChina\n```', kb, 'plaintext'), [['China', 'china']]);
  });

  it('reports skipped ranges that cover the code exactly', () => {
    const text = 'a `b` c';
    const { skipped, prose } = markdownRegions(text);
    assert.deepEqual(skipped, [{ start: 2, end: 5 }]);
    assert.deepEqual(prose, [{ start: 0, end: 2 }, { start: 5, end: 7 }]);
  });
});
