import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { analyzeDocument } from '../../../src/core/analysis';
import { createDocument } from '../../../src/core/document';
import { markdownRegions, parseMarkdown } from '../../../src/core/markdownRegions';
import type { Span } from '../../../src/text/ranges';
import { KnowledgeBase } from '../../../src/kb/knowledgeBase';
import { fuzzParams, fuzzTimeout, kbAndMarkdown, kbEntries, markdownText, mentionProblem, spanProblems } from './arbitraries';

/** Sorted, disjoint, non-empty spans inside [0, length). */
function checkSpans(name: string, spans: readonly Span[], length: number): void {
  let previous = -1;
  for (const s of spans) {
    if (!(s.start >= 0 && s.end <= length && s.start < s.end && s.start > previous)) {
      throw new Error(`${name}: bad span [${s.start}, ${s.end}) after ${previous} in text of length ${length}`);
    }
    previous = s.end;
  }
}

describe('fuzz: Markdown structure', function () {
  this.timeout(fuzzTimeout(5));

  it('parses to the tree remark-gfm, remark-frontmatter and remark-math give, whichever constructs the text holds', () => {
    const withGfm = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkMath);
    // The characters each optional construct needs, alone and in the construct (see markdownParser.ts).
    const construct = fc.constantFrom(
      'www.un.org', 'WWW.UN.ORG/x', 'Http://a.b', 'https://x.y/(z)', 'info@nato.int', 'mailto:a@b.c', 'xmpp:a@b.c/d', 'www', 'http', '@', 'https:', 'a.b@c',
      // URLs as link destinations, where they are no autolinks, and ones that look so but are text.
      '[a](https://x.y)', '[a](www.x.y "t")', '![i](http://x.y/i.png)', '[a](mailto:a@b.c)', '[a](<https://x y>)', '<https://x.y>', '<a@b.c>',
      '[a](https://x.y', '](https://x.y)', '(https://x.y)', '[a] (https://x.y)', '[a](https://x.y) www.x.y', '`[a](https://x.y)`',
      '\n\na\n:-\n', '\n\na\n-:\n', '\n\na\n- :\n', '\n\na\n: -\n', '\n\na\n:-:\n', '\n\n| a |\n| - |\n', '\n\na | b\n--|--\n', '|', ':-', '~~x~~', '~x~', '~', '$x$', '\n\n$$\nx\n$$\n', '$',
    );
    const text = fc.oneof(
      markdownText(['SCO', 'China']),
      fc.tuple(markdownText(['SCO']), construct, markdownText(['Russia'], 2)).map(([a, u, b]) => `${a} ${u} ${b}`),
      fc.tuple(construct, markdownText(['Russia'], 2)).map(([u, b]) => `${u}\n${b}`),
    );
    fc.assert(
      fc.property(text, (markdown) => {
        assert.deepEqual(parseMarkdown(markdown), withGfm.parse(markdown));
      }),
      fuzzParams(0.5),
    );
  });

  it('prose and skipped ranges are sorted, disjoint and together cover the text', () => {
    fc.assert(
      fc.property(markdownText(['China', 'SCO', 'balance of power']), (text) => {
        const { skipped, prose } = markdownRegions(text);
        checkSpans('skipped', skipped, text.length);
        checkSpans('prose', prose, text.length);
        const all = [...skipped, ...prose].sort((a, b) => a.start - b.start);
        let cursor = 0;
        for (const s of all) {
          if (s.start !== cursor) throw new Error(`gap or overlap at ${cursor}: next span starts at ${s.start}`);
          cursor = s.end;
        }
        if (cursor !== text.length) throw new Error(`spans end at ${cursor}, text at ${text.length}`);
      }),
      fuzzParams(),
    );
  });

  it('never throws; mentions are sorted, disjoint, real aliases, and never in a skipped range', () => {
    fc.assert(
      fc.property(kbAndMarkdown, ({ entries, text }) => {
        const analysis = analyzeDocument(createDocument('fuzz.md', text, 'markdown'), new KnowledgeBase(entries));
        const { mentions } = analysis;
        const spans = spanProblems(text, mentions);
        if (spans) throw new Error(spans);
        const skipped = analysis.markdown!.skipped;
        for (const m of mentions) {
          const problem = mentionProblem(text, m.start, m.end, m.entry);
          if (problem) throw new Error(problem);
          const hit = skipped.find((s) => m.start < s.end && s.start < m.end);
          if (hit) throw new Error(`mention ${JSON.stringify(text.slice(m.start, m.end))} [${m.start}, ${m.end}) overlaps skipped [${hit.start}, ${hit.end}) ${JSON.stringify(text.slice(hit.start, hit.end))}`);
        }
      }),
      fuzzParams(),
    );
  });

  it('never scans URLs, e-mail addresses or footnote labels, even when they spell an alias', () => {
    // Each URL-like chunk is a paragraph of its own, so the surrounding random Markdown cannot change
    // what it is; the chunks' ranges must hold no mention.
    const wordsOf = (texts: readonly string[]) => texts.filter((t) => /^[A-Za-z0-9]+$/.test(t));
    const chunk = (word: string) =>
      fc.constantFrom(
        `www.${word}.org`,
        `https://${word}.org/${word}`,
        `http://example.org/${word}?q=${word}#${word}`,
        `${word}@example.org`,
        `info@${word}.org`,
        `<${word}@example.org>`,
        `<https://${word}.org>`,
        `[^${word}]: note`,
        `[→](https://${word}.org "${word}")`, // the link text is prose, so it holds no word here
      );
    const input = kbEntries.chain((entries) => {
      const words = wordsOf(entries.flatMap((e) => [e.name, ...e.aliases.map((a) => a.text)]));
      const piece = words.length > 0 ? fc.constantFrom(...words).chain(chunk).map((c) => ({ c, url: true })) : fc.constant({ c: 'www.example.org', url: true });
      const filler = markdownText(words, 3).map((c) => ({ c, url: false }));
      return fc.tuple(fc.constant(entries), fc.array(fc.oneof(piece, filler), { minLength: 1, maxLength: 6 }));
    });
    fc.assert(
      fc.property(input, ([entries, parts]) => {
        let text = '';
        const never: { start: number; end: number }[] = [];
        for (const { c, url } of parts) {
          text += '\n\n';
          if (url) never.push({ start: text.length, end: text.length + c.length });
          text += c;
        }
        const { mentions } = analyzeDocument(createDocument('fuzz.md', text, 'markdown'), new KnowledgeBase(entries));
        for (const m of mentions) {
          const hit = never.find((s) => m.start < s.end && s.start < m.end);
          if (hit) throw new Error(`mention ${JSON.stringify(text.slice(m.start, m.end))} inside ${JSON.stringify(text.slice(hit.start, hit.end))} in ${JSON.stringify(text)}`);
        }
      }),
      fuzzParams(),
    );
  });
});
