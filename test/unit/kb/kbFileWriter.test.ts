import * as assert from 'node:assert/strict';
import { addEntryEdit, applyEdit } from '../../../src/kb/kbFileWriter';
import { loadKnowledge } from '../../../src/kb/loadKnowledge';
import { uniqueId } from '../../../src/kb/slug';

const entry = { id: 'qsd', type: 'actor', subtype: 'organization', name: 'Quadrilateral Security Dialogue', aliases: ['QSD'], summary: 'An informal grouping: talks, not a treaty.' };

describe('KB file writer', () => {
  it('appends to a YAML list and keeps everything before it byte-identical', () => {
    const before = '# My glossary\n- id: a   # first\n  type: actor\n  name: A\n\n# trailing comment\n';
    const after = applyEdit(before, addEntryEdit(before, entry, 'yaml'));
    assert.ok(after.startsWith(before));
    const { entries, diagnostics } = loadKnowledge([{ file: 'f.irkb.yaml', text: after, layer: 1 }]);
    assert.deepEqual(diagnostics, []);
    assert.deepEqual(entries.map((e) => e.id), ['a', 'qsd']);
    assert.equal(entries[1].summary, entry.summary);
  });

  it('adds a newline when the file does not end with one', () => {
    const before = '- { id: a, type: actor, name: A }';
    const after = applyEdit(before, addEntryEdit(before, entry, 'yaml'));
    assert.ok(after.startsWith(before + '\n- id: qsd'));
  });

  it('starts an empty or comment-only file', () => {
    for (const before of ['', '# nothing yet\n']) {
      const after = applyEdit(before, addEntryEdit(before, entry, 'yaml'));
      assert.deepEqual(loadKnowledge([{ file: 'f', text: after, layer: 1 }]).entries.map((e) => e.id), ['qsd']);
      assert.ok(after.startsWith(before));
    }
  });

  it('writes JSON files as JSON', () => {
    const before = '[{"id": "a", "type": "actor", "name": "A"}]';
    const after = applyEdit(before, addEntryEdit(before, entry, 'json'));
    assert.deepEqual(JSON.parse(after).map((e: { id: string }) => e.id), ['a', 'qsd']);
  });

  it('refuses a file that is not a list rather than damaging it', () => {
    assert.throws(() => addEntryEdit('id: x\n', entry, 'yaml'), /not a list/);
    assert.throws(() => addEntryEdit('{"id": 1}', entry, 'json'), /not a JSON list/);
  });

  it('makes unique ids from names', () => {
    const taken = new Set(['shanghai-five', 'shanghai-five-2']);
    assert.equal(uniqueId('Shanghai Five', (id) => taken.has(id)), 'shanghai-five-3');
    assert.equal(uniqueId('Côte d’Ivoire', () => false), 'cote-d-ivoire');
  });
});
