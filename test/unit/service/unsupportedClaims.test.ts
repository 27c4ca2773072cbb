import * as assert from 'node:assert/strict';
import { analyzeDocument } from '../../../src/core/analysis';
import { createDocument } from '../../../src/core/document';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import { checksOf, codeActionsFor } from '../../../src/service/features';
import { kbFromYaml } from '../helpers';

/** The outline's writing check: a claim with nothing in the paper to support it, and the directive that accepts it. */
const kb = kbFromYaml(`
- { id: china, type: actor, subtype: state, name: China }
`);

const TEXT = [
  '# Ports and power',
  '',
  'Ports are the new bases of great-power competition. Harbours come with debts, and debts come with leverage.',
  '',
  'Commercial ports rarely become naval bases. Between 2010 and 2020 only 2 of 41 Chinese-built ports hosted warships (Lindqvist 2021).',
  '',
].join('\n');

describe('unsupported claims', () => {
  const analysis = analyzeDocument(createDocument('mem:/ports.md', TEXT, 'markdown'), kb);

  it('reports a claim with no reason, evidence or citation, and not one backed by figures and a citation', () => {
    const found = checksOf(analysis, kb, DEFAULT_SETTINGS.checks).filter((f) => f.kind === 'unsupported-claim');
    assert.deepEqual(found.map((f) => TEXT.slice(f.span.start, f.span.end)), ['Ports are the new bases of great-power competition.']);
    assert.equal(found[0].message, 'This claim has no evidence or citation in the paper.');
    const off = checksOf(analysis, kb, { ...DEFAULT_SETTINGS.checks, unsupportedClaims: false });
    assert.ok(!off.some((f) => f.kind === 'unsupported-claim'), 'the setting switches it off');
  });

  it('offers to accept the claim with <!-- irLens: supported -->, after which it is no longer reported', () => {
    const finding = checksOf(analysis, kb, DEFAULT_SETTINGS.checks).find((f) => f.kind === 'unsupported-claim')!;
    const [action] = codeActionsFor([finding], finding.span);
    assert.ok(action.kind === 'edit');
    assert.match(action.title, /Accept this claim as it stands/);
    const edit = action.edits[0];
    const accepted = TEXT.slice(0, edit.span.start) + edit.text + TEXT.slice(edit.span.end);
    assert.match(accepted, /<!-- irLens: supported --> Ports are the new bases/);
    const again = analyzeDocument(createDocument('mem:/ports.md', accepted, 'markdown'), kb);
    assert.ok(!checksOf(again, kb, DEFAULT_SETTINGS.checks).some((f) => f.kind === 'unsupported-claim'));
  });
});
