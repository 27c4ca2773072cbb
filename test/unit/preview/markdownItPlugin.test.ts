import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import MarkdownIt, { type MarkdownIt as Md } from 'markdown-it';
import type { KnowledgeBase } from '../../../src/kb/knowledgeBase';
import { irLensMarkdownItPlugin } from '../../../src/preview/markdownItPlugin';
import { kbFromYaml, repoRoot } from '../helpers';

const kbYaml = readFileSync(resolve(repoRoot, 'test/fixtures/matcher/kb.yaml'), 'utf8');
const kb = kbFromYaml(
  kbYaml +
    `
- id: warsaw-pact
  type: treaty
  subtype: treaty
  name: Warsaw Pact
  summary: A collective defence treaty of 1955.
`,
);

/** A hostile knowledge base: the name and summary try to break out of the title attribute. */
const hostileKb = kbFromYaml(`
- id: hostile-pact
  type: treaty
  subtype: treaty
  name: "Evil <img src=x onerror=alert(1)> Pact"
  aliases: [Hostile Pact]
  summary: "A pact\\" onmouseover=\\"x' & <script>alert(2)</script>"
`);

type Options = ConstructorParameters<typeof MarkdownIt>[0];

function renderers(options: { kb?: KnowledgeBase; enabled?: () => boolean; md?: Options } = {}): { plain: Md; lens: Md } {
  const plain = new MarkdownIt(options.md ?? { html: true, linkify: true });
  const lens = new MarkdownIt(options.md ?? { html: true, linkify: true });
  lens.use(irLensMarkdownItPlugin, { getKnowledge: () => ('kb' in options ? options.kb : kb), isEnabled: options.enabled ?? (() => true) });
  return { plain, lens };
}

const MENTION_OPEN = /<span class="ir-lens-mention[^"]*" data-ir-lens-id="[^"]*" title="[^"]*">/g;

/** The plugin only ever adds mention spans: without them its HTML is markdown-it's. */
function withoutMentions(html: string): string {
  return html.replace(MENTION_OPEN, '').replace(/<\/span>/g, '');
}

/** [text, id] of each mention span in rendered HTML. */
function mentionsIn(html: string): [string, string][] {
  return [...html.matchAll(/<span class="ir-lens-mention [^"]*" data-ir-lens-id="([^"]*)" title="[^"]*">([\s\S]*?)<\/span>/g)].map((m) => [
    m[2].replace(/<br>\n/g, '\n'),
    m[1],
  ]);
}

const PAPER = `# The SCO and the Cold War legacy

Russia and China signed the Treaty of Good-Neighbourliness and Friendly Cooperation in 2001.
The Shanghai
Cooperation Organisation grew out of border talks; **Moscow** stated that *realism* explains little,
while talks in *Beijing* continued. AT&T <3 is not an actor.

- NATO and the Warsaw Pact
- Wendt on the culture of anarchy

| Actor | Role |
| --- | --- |
| Putin | president |

\`\`\`text
Putin met Xi Jinping in code.
\`\`\`

    NATO in an indented code block

Inline \`NATO\` code, [NATO](https://www.nato.int "NATO") link, <https://example.org/SCO> autolink,
https://example.com/NATO linkified, www.example.com/NATO as text, <a href="https://example.org">Putin in an HTML link</a> and Putin outside.

<div>
Putin in an HTML block
</div>

![Putin and Xi Jinping](photo.png) McFaul wrote.
`;

describe('Markdown preview plugin', () => {
  it('wraps each mention in a span with the type class, the id and a name — summary title', () => {
    const { lens } = renderers();
    assert.equal(
      lens.render('The SCO met; the Warsaw Pact did not.'),
      '<p>The <span class="ir-lens-mention ir-lens-actor" data-ir-lens-id="sco" title="Shanghai Cooperation Organisation">SCO</span> met; ' +
        'the <span class="ir-lens-mention ir-lens-treaty" data-ir-lens-id="warsaw-pact" title="Warsaw Pact — A collective defence treaty of 1955.">Warsaw Pact</span> did not.</p>\n',
    );
  });

  it('marks the prose of a paper and nothing else', () => {
    const { plain, lens } = renderers();
    const html = lens.render(PAPER);
    assert.equal(withoutMentions(html), plain.render(PAPER));
    assert.deepEqual(mentionsIn(html), [
      ['SCO', 'sco'],
      ['Cold War', 'cold-war'],
      ['Russia', 'russia'],
      ['China', 'china'],
      ['Treaty of Good-Neighbourliness and Friendly Cooperation', 'treaty-of-good-neighbourliness'],
      ['Shanghai\nCooperation Organisation', 'sco'],
      ['Moscow', 'russia'],
      ['realism', 'realism'],
      ['NATO', 'nato'],
      ['Warsaw Pact', 'warsaw-pact'],
      ['Wendt', 'alexander-wendt'],
      ['culture of anarchy', 'cultures-of-anarchy'],
      ['Putin', 'vladimir-putin'],
      ['Putin', 'vladimir-putin'],
      ['McFaul', 'michael-mcfaul'],
    ]);
  });

  it('matches a name split by a soft break, and keeps the place use of a capital across emphasis', () => {
    const { lens } = renderers();
    assert.match(lens.render('The Shanghai\nCooperation Organisation met.'), /data-ir-lens-id="sco" [^>]*>Shanghai\nCooperation Organisation<\/span>/);
    assert.deepEqual(mentionsIn(lens.render('Talks in *Beijing* went on.')), []);
    assert.deepEqual(mentionsIn(lens.render('*Beijing* objected.')), [['Beijing', 'china']]);
  });

  it('does not join a name across formatting it cannot wrap', () => {
    const { plain, lens } = renderers();
    const source = 'The **Shanghai Cooperation** Organisation and the SCO.';
    const html = lens.render(source);
    assert.equal(withoutMentions(html), plain.render(source));
    assert.deepEqual(mentionsIn(html), [['SCO', 'sco']]);
  });

  it('reads escapes and entities as the text they render', () => {
    const { plain, lens } = renderers();
    const source = 'The SCO&amp;NATO, \\*Putin\\* and the Treaty of Good\\-Neighbourliness and Friendly Cooperation.';
    const html = lens.render(source);
    assert.equal(withoutMentions(html), plain.render(source));
    assert.deepEqual(mentionsIn(html), [
      ['SCO', 'sco'],
      ['NATO', 'nato'],
      ['Putin', 'vladimir-putin'],
      ['Treaty of Good-Neighbourliness and Friendly Cooperation', 'treaty-of-good-neighbourliness'],
    ]);
  });

  it('leaves code blocks, inline code, HTML, images and links as markdown-it renders them', () => {
    const { lens } = renderers();
    const html = lens.render(PAPER);
    assert.ok(html.includes('<pre><code class="language-text">Putin met Xi Jinping in code.\n</code></pre>'));
    assert.ok(html.includes('<pre><code>NATO in an indented code block\n</code></pre>'));
    assert.ok(html.includes('Inline <code>NATO</code> code'));
    assert.ok(html.includes('<a href="https://www.nato.int" title="NATO">NATO</a>'));
    assert.ok(html.includes('<a href="https://example.org/SCO">https://example.org/SCO</a>'));
    assert.ok(html.includes('<a href="https://example.com/NATO">https://example.com/NATO</a> linkified, www.example.com/NATO as text'));
    assert.ok(html.includes('<a href="https://example.org">Putin in an HTML link</a> and <span'));
    assert.ok(html.includes('<div>\nPutin in an HTML block\n</div>'));
    assert.ok(html.includes('<img src="photo.png" alt="Putin and Xi Jinping">'));
    for (const link of html.match(/<a [^>]*>[\s\S]*?<\/a>/g) ?? []) assert.doesNotMatch(link, /ir-lens-mention/);
  });

  it('escapes hostile knowledge-base text in attributes and never injects it as HTML', () => {
    const { plain, lens } = renderers({ kb: hostileKb });
    const html = lens.render('The Hostile Pact & the <b>Hostile Pact</b>.');
    assert.equal(withoutMentions(html), plain.render('The Hostile Pact & the <b>Hostile Pact</b>.'));
    assert.doesNotMatch(html, /<img|<script|onmouseover="|onerror=alert\(1\)>/);
    const expectedTitle =
      'Evil &lt;img src=x onerror=alert(1)&gt; Pact — A pact&quot; onmouseover=&quot;x&#39; &amp; &lt;script&gt;alert(2)&lt;/script&gt;';
    const tags = html.match(/<span [^>]*>/g) ?? [];
    assert.equal(tags.length, 2);
    for (const tag of tags) {
      assert.equal(tag, `<span class="ir-lens-mention ir-lens-treaty" data-ir-lens-id="hostile-pact" title="${expectedTitle}">`);
    }
  });

  it('keeps a long summary to one line in the title', () => {
    const longKb = kbFromYaml(`
- id: long-treaty
  type: treaty
  subtype: treaty
  name: Long Treaty
  summary: "${'word '.repeat(60)}\\nsecond line"
`);
    const { lens } = renderers({ kb: longKb });
    const title = /title="([^"]*)"/.exec(lens.render('The Long Treaty.'))?.[1] ?? '';
    assert.doesNotMatch(title, /\n/);
    assert.ok(title.endsWith('…') && title.length < 230, title);
  });

  it('gives byte-identical output to markdown-it when disabled or before the KB is loaded', () => {
    for (const options of [{ enabled: () => false }, { kb: undefined }]) {
      const { plain, lens } = renderers(options);
      assert.equal(lens.render(PAPER), plain.render(PAPER));
      assert.equal(lens.renderInline('The SCO met.'), plain.renderInline('The SCO met.'));
    }
  });

  it('reads the setting on every render', () => {
    let enabled = false;
    const { plain, lens } = renderers({ enabled: () => enabled });
    assert.equal(lens.render('The SCO met.'), plain.render('The SCO met.'));
    enabled = true;
    assert.deepEqual(mentionsIn(lens.render('The SCO met.')), [['SCO', 'sco']]);
  });

  it('works on any markdown-it instance it is given (commonmark, typographer, hard breaks)', () => {
    for (const md of [{}, { typographer: true, breaks: true }] as Options[]) {
      const { plain, lens } = renderers({ md });
      const source = 'The "SCO" -- and the Shanghai\nCooperation Organisation (c) 2001.';
      const html = lens.render(source);
      assert.equal(withoutMentions(html), plain.render(source));
      assert.deepEqual(mentionsIn(html).map(([, id]) => id), ['sco', 'sco']);
    }
    const commonmark = new MarkdownIt('commonmark');
    commonmark.use(irLensMarkdownItPlugin, { getKnowledge: () => kb, isEnabled: () => true });
    assert.deepEqual(mentionsIn(commonmark.render('> NATO and the SCO\n')), [['NATO', 'nato'], ['SCO', 'sco']]);
  });
});

describe('Markdown preview plugin: the rules in context', () => {
  const people = kbFromYaml(`
- { id: hans-morgenthau, type: actor, subtype: person, name: Hans Morgenthau, aliases: [{ text: Morgenthau, kind: surname }] }
`);
  const lens = new MarkdownIt();
  let documentEntities = true;
  lens.use(irLensMarkdownItPlugin, { getKnowledge: () => people, isEnabled: () => true, analysisOptions: () => ({ documentEntities }) });
  const ids = (html: string): string[] => [...html.matchAll(/data-ir-lens-id="([^"]*)"/g)].map((m) => m[1]);

  it('reads the whole page at once: a surname counts after the full name in an earlier paragraph, not before', () => {
    assert.deepEqual(ids(lens.render('Morgenthau came first.\n\n- Then *Hans Morgenthau* wrote.\n\n> And Morgenthau again.\n')), ['hans-morgenthau', 'hans-morgenthau']);
    assert.deepEqual(ids(lens.render('Treasury Secretary Henry Morgenthau wrote to the bank.\n')).filter((id) => id === 'hans-morgenthau'), []);
  });

  it('marks an entity the page names itself with the dashed class, following the setting', () => {
    const html = lens.render('The Lake Volta Water Charter of 2004 bound the states.\n');
    assert.match(html, /<span class="ir-lens-mention ir-lens-treaty ir-lens-document" data-ir-lens-id="doc:lake-volta-water-charter" title="Lake Volta Water Charter — named in this document; not in the knowledge base">/);
    documentEntities = false;
    assert.deepEqual(ids(lens.render('The Lake Volta Water Charter of 2004 bound the states.\n')), []);
    documentEntities = true;
  });
});
