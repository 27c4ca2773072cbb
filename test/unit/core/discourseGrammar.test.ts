import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { repoRoot } from '../helpers';

/**
 * The TextMate injection grammar's patterns, compiled as JavaScript regexes (Oniguruma's inline `(?i)`
 * becomes the `i` flag), against phrases each scope must and must not catch.
 */
const grammar = JSON.parse(readFileSync(resolve(repoRoot, 'syntaxes/ir-discourse.injection.tmLanguage.json'), 'utf8')) as {
  scopeName: string;
  injectionSelector: string;
  repository: Record<string, Rule>;
};
type Rule = { match: string; name: string } | { patterns: { match: string; name: string }[] };

/** A repository entry's patterns as JavaScript regexes. */
function compile(name: string): { regexes: RegExp[]; scope: string } {
  const rule = grammar.repository[name];
  const patterns = 'patterns' in rule ? rule.patterns : [rule];
  const regexes = patterns.map(({ match }) => {
    const insensitive = match.startsWith('(?i)');
    return new RegExp(insensitive ? match.slice(4) : match, insensitive ? 'iu' : 'u');
  });
  return { regexes, scope: patterns[0].name };
}

const cases: Record<string, { yes: string[]; no: string[] }> = {
  thesis: { yes: ['I will argue that', 'This paper argues', 'this article presents', 'We intend to show'], no: ['he argued', 'the paper trail'] },
  enumeration: { yes: ['Firstly, the', 'Secondly', 'Finally, we', 'The cause. (2) Then', 'To begin with', 'three main reasons'], no: ['first-rate', 'finalise', 'the first time'] },
  counterclaim: { yes: ['Some scholars argue', 'It is often argued that', 'Granted, the', 'Critics might object'], no: ['scholarship', 'the scholars'] },
  evidence: { yes: ['For instance, the', 'According to the data', 'To illustrate, take'], no: ['instances', 'the data accords'] },
  conclusion: { yes: ['In conclusion, the', 'To summarize', 'Therefore, the', 'It follows that'], no: ['conclusions drawn', 'a therefore-clause'] },
  footnote: { yes: ['text[^12]', 'alliance¹²'], no: ['[link]'] },
  citation: { yes: ['(Walt, 1987)', '(Wendt 1999: 246)', '(Keohane and Nye, 1977)'], no: ['(see above)', '(1987)'] },
};

describe('discourse-marker grammar', () => {
  it('injects into Markdown and plain text, not into code', () => {
    assert.match(grammar.injectionSelector, /text\.html\.markdown -markup\.fenced_code/);
    assert.match(grammar.injectionSelector, /text\.plain/);
  });

  for (const [name, { yes, no }] of Object.entries(cases)) {
    const { regexes, scope } = compile(name);
    it(`${name}: ${scope}`, () => {
      for (const text of yes) assert.ok(regexes.some((re) => re.test(text)), `not caught: ${text}`);
      for (const text of no) assert.ok(!regexes.some((re) => re.test(text)), `caught: ${text}`);
    });
  }
});

/** VS Code's own regex engine, from the code-server that the end-to-end tests install. */
const ONIGURUMA = resolve(repoRoot, '.vscode-test/code-server/node_modules/code-server/lib/vscode/node_modules/vscode-oniguruma/release');

describe('discourse-marker grammar in Oniguruma', () => {
  it('compiles every pattern and finds the cue in a sentence', async function () {
    if (!existsSync(resolve(ONIGURUMA, 'onig.wasm'))) {
      this.skip(); // code-server is not installed yet: `npm test` installs it before the end-to-end tests
      return;
    }
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const onig = require(resolve(ONIGURUMA, 'main.js')) as {
      loadWASM(data: ArrayBuffer): Promise<void>;
      OnigScanner: new (patterns: string[]) => { findNextMatchSync(text: unknown, start: number): { captureIndices: { start: number; end: number }[] } | null };
      OnigString: new (text: string) => unknown;
    };
    const wasm = readFileSync(resolve(ONIGURUMA, 'onig.wasm'));
    await onig.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    for (const [name, { yes }] of Object.entries(cases)) {
      const rule = grammar.repository[name];
      const patterns = 'patterns' in rule ? rule.patterns.map((p) => p.match) : [rule.match];
      const scanner = new onig.OnigScanner(patterns);
      for (const text of yes) assert.ok(scanner.findNextMatchSync(new onig.OnigString(`Then. ${text}`), 0), `${name}: not caught by Oniguruma: ${text}`);
    }
  });
});
