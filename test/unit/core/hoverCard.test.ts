import * as assert from 'node:assert/strict';
import { HOVER_COMMANDS, renderHoverCard } from '../../../src/core/hoverCard';
import { escapeMarkdown } from '../../../src/text/markdownEscape';
import { kbFromYaml } from '../helpers';

const kb = kbFromYaml(`
- id: sco
  type: actor
  subtype: organization
  name: Shanghai Cooperation Organisation
  aliases: [SCO, { text: ШОС, lang: ru }, { text: 上海合作组织, lang: zh }]
  summary: A regional security and economic organisation.
  context: Often cited as the frame of a non-alliance partnership.
  founded: "2001-06-15"
  headquarters: Beijing
  members: [china, russia]
  related: [china]
- { id: china, type: actor, subtype: state, name: China, capital: Beijing, iso2: CN, iso3: CHN, unMemberSince: "1945" }
- { id: russia, type: actor, subtype: state, name: Russia }
- id: hostile
  type: actor
  subtype: person
  name: "Evil [click](command:workbench.action.terminal.new) <img src=x onerror=alert(1)>"
  summary: "\`\`\` closes code [x](javascript:alert(1)) **bold** <script>alert(1)</script>"
  roles: [{ title: President, of: china, from: "2013-03-14" }]
  works: [{ title: Social Theory of International Politics, year: 1999 }]
`);

const card = (id: string, mentionCount = 1) => renderHoverCard(kb.get(id)!, { lookup: (x) => kb.get(x), mentionCount });

/** Every link target in a Markdown string. */
const linkTargets = (markdown: string): string[] => [...markdown.matchAll(/(?<!\\)\]\((?!\\)([^)\s]+)\)/g)].map((m) => m[1]);

describe('hover card', () => {
  it('shows name, type badge, summary, typed facts, other names, context and counts', () => {
    const text = card('sco', 3);
    assert.match(text, /^\*\*Shanghai Cooperation Organisation\*\* .*`actor · organization`/);
    assert.match(text, /A regional security and economic organisation\\\./);
    assert.match(text, /\*\*Founded:\*\* 15 June 2001/);
    assert.match(text, /\*\*Headquarters:\*\* Beijing/);
    assert.match(text, /\*\*Members:\*\* China, Russia/);
    assert.match(text, /ШОС \(Russian\) · 上海合作组织 \(Chinese\)/);
    assert.match(text, /In the China–Russia alliance debate:\* Often cited/);
    assert.match(text, /Mentioned 3 times in this document/);
    assert.match(text, /\[Related|\*Related:\* \[China\]\(command:irLens\.openEntry\?/);
  });

  it('shows state facts', () => {
    const text = card('china');
    assert.match(text, /\*\*Capital:\*\* Beijing/);
    assert.match(text, /\*\*ISO code:\*\* CN \/ CHN/);
    assert.match(text, /\*\*UN member since:\*\* 1945/);
  });

  it('links only to the extension\'s own commands, with the id as argument', () => {
    const targets = linkTargets(card('sco'));
    assert.ok(targets.length >= 3);
    for (const target of targets) {
      const command = target.slice('command:'.length, target.indexOf('?'));
      assert.ok((HOVER_COMMANDS as readonly string[]).includes(command), target);
    }
    assert.ok(targets.includes(`command:irLens.openEntry?${encodeURIComponent('["sco"]')}`));
    assert.ok(targets.includes(`command:irLens.findMentions?${encodeURIComponent('["sco"]')}`));
  });

  it('renders hostile KB text as plain text: no links, no HTML, no code fences', () => {
    const text = card('hostile');
    for (const target of linkTargets(text)) assert.match(target, /^command:irLens\.(openEntry|findMentions)\?/);
    assert.doesNotMatch(text, /(?<!\\)</, 'no unescaped HTML');
    assert.equal(text.match(/(?<!\\)`/g)?.length, 2, 'only the badge is code');
    assert.match(text, /\\<img src\\=x onerror\\=alert\\\(1\\\)\\>/);
    assert.match(text, /\*\*Roles:\*\* President \\\(China\\\), from 14 March 2013/);
    assert.match(text, /\*Social Theory of International Politics\* \(1999\)/);
  });

  it('escapes every ASCII punctuation character', () => {
    assert.equal(escapeMarkdown('a*b_[c](d) <e> `f`\nline'), 'a\\*b\\_\\[c\\]\\(d\\) \\<e\\> \\`f\\` line');
  });
});
