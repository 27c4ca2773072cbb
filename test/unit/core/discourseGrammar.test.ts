import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { repoRoot } from '../helpers';

/**
 * The TextMate injection grammar's patterns, compiled as JavaScript regexes (Oniguruma's inline `(?i)`
 * becomes the `i` flag), against phrases each scope must and must not catch.
 */
const grammar = JSON.parse(readFileSync(resolve(repoRoot, 'syntaxes/ir-discourse.injection.tmLanguage.json'), 'utf8')) as {
  scopeName: string;
  injectionSelector: string;
  repository: Record<string, { match: string; name: string }>;
};

function compile(name: string): RegExp {
  const source = grammar.repository[name].match;
  const insensitive = source.startsWith('(?i)');
  return new RegExp(insensitive ? source.slice(4) : source, insensitive ? 'iu' : 'u');
}

const cases: Record<string, { yes: string[]; no: string[] }> = {
  thesis: { yes: ['I will argue that', 'This paper argues', 'this article presents'], no: ['he argued', 'the paper trail'] },
  enumeration: { yes: ['Firstly, the', 'Secondly', 'Finally,', 'the cause (2) is'], no: ['first-rate', 'finalise'] },
  counterclaim: { yes: ['Some scholars argue', 'Critics point out', 'Nonetheless,'], no: ['scholarship'] },
  evidence: { yes: ['For instance,', 'According to the data', 'e.g. this'], no: ['instances'] },
  conclusion: { yes: ['In conclusion,', 'To summarize', 'Therefore,'], no: ['conclusions drawn'] },
  footnote: { yes: ['text[^12]', 'alliance¹²'], no: ['[link]'] },
  citation: { yes: ['(Walt, 1987)', '(Wendt 1999: 246)', '(Keohane and Nye, 1977)'], no: ['(see above)', '(1987)'] },
};

describe('discourse-marker grammar', () => {
  it('injects into Markdown and plain text, not into code', () => {
    assert.match(grammar.injectionSelector, /text\.html\.markdown -markup\.fenced_code/);
    assert.match(grammar.injectionSelector, /text\.plain/);
  });

  for (const [name, { yes, no }] of Object.entries(cases)) {
    it(`${name}: ${grammar.repository[name].name}`, () => {
      const re = compile(name);
      for (const text of yes) assert.match(text, re, text);
      for (const text of no) assert.doesNotMatch(text, re, text);
    });
  }
});
