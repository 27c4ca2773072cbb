import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyzeDocument } from '../../../src/core/analysis';
import { createDocument } from '../../../src/core/document';
import { runWritingChecks, type WritingFinding } from '../../../src/core/writingChecks';
import { kbFromYaml, repoRoot } from '../helpers';

const kb = kbFromYaml(readFileSync(resolve(repoRoot, 'test/fixtures/matcher/kb.yaml'), 'utf8') + `
- id: world-war-ii
  type: event
  name: World War II
  aliases: [WWII, Second World War]
`);
const ALL = { acronymBeforeIntroduction: true, inconsistentVariants: true, unknownAcronyms: true, unsupportedClaims: true };

function check(text: string, options = ALL, language: 'markdown' | 'plaintext' = 'markdown'): WritingFinding[] {
  const analysis = analyzeDocument(createDocument('t', text, language), kb);
  return runWritingChecks(text, analysis.prose, analysis.mentions, kb, options);
}
const kinds = (findings: WritingFinding[]) => findings.map((f) => `${f.kind}:${'acronym' in f ? f.acronym : 'entryId' in f ? f.entryId : ''}`);

describe('writing checks', () => {
  describe('acronym before introduction', () => {
    it('flags an acronym used before the full name and offers "Full Name (ACRONYM)"', () => {
      const text = 'The SCO met. Later the Shanghai Cooperation Organisation (SCO) grew.';
      const [finding] = check(text);
      assert.equal(finding.kind, 'acronym-before-introduction');
      assert.equal(text.slice(finding.span.start, finding.span.end), 'SCO');
      assert.deepEqual(finding.kind === 'acronym-before-introduction' && finding.fix, { span: { start: 4, end: 7 }, text: 'Shanghai Cooperation Organisation (SCO)' });
    });
    it('is quiet when the full name comes first, and for states', () => {
      assert.deepEqual(check('The Shanghai Cooperation Organisation (SCO) met. The SCO grew. The U.S. and the USSR watched.'), []);
    });
    it('can be switched off', () => {
      assert.deepEqual(check('The SCO met.', { ...ALL, acronymBeforeIntroduction: false }), []);
    });
  });

  describe('inconsistent variants', () => {
    it('flags "Organisation"/"Organization" and offers the most frequent spelling', () => {
      const text = 'The Shanghai Cooperation Organisation (SCO) met. The Shanghai Cooperation Organization and the Shanghai Cooperation Organization again.';
      const findings = check(text).filter((f) => f.kind === 'inconsistent-variants');
      assert.equal(findings.length, 1);
      const [f] = findings;
      assert.ok(f.kind === 'inconsistent-variants');
      assert.equal(f.preferred, 'Shanghai Cooperation Organization');
      assert.deepEqual(f.fixes.map((x) => text.slice(x.span.start, x.span.end)), ['Shanghai Cooperation Organisation']);
    });
    it('flags "WWII"/"World War II"', () => {
      assert.deepEqual(kinds(check('World War II ended; WWII shaped the order; World War II again.')), ['inconsistent-variants:world-war-ii']);
    });
    it('accepts a surname after the full name, a capital for its state, and case or line breaks', () => {
      assert.deepEqual(check('Vladimir Putin spoke; Putin left. Moscow and the Russian Federation. The Cold War, the COLD\nWAR.'), []);
    });
  });

  describe('unknown acronyms', () => {
    it('flags an all-caps word of 2-6 letters that the KB does not know, once', () => {
      const findings = check('The CSTO and the CSTO met the SCO; NATO too.', { ...ALL, acronymBeforeIntroduction: false });
      assert.deepEqual(kinds(findings), ['unknown-acronym:CSTO']);
      assert.deepEqual(findings[0].span, { start: 4, end: 8 });
    });
    it('skips roman numerals, common words, long words, shouted headings and code', () => {
      assert.deepEqual(check('World War II and the TV. ABCDEFGH is long.\n\nTHE BASIC ARGUMENT OF THIS PAPER\n\n`XYZ` code'), []);
    });
  });
});
