import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCliCaptured } from '../helpers';
import { outlineKb } from './outlineHelpers';

const cli = (...args: string[]) => runCliCaptured(outlineKb(), args);

describe('CLI: ir-lens outline', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ir-lens-outline-'));
  const paper = join(dir, 'paper.md');
  // CRLF and an emoji on purpose: offsets are UTF-16 offsets into the text as read.
  writeFileSync(paper, '# 😀 China and Russia\r\n\r\nI argue that China and Russia will not ally. Firstly, trust is thin. Secondly, interests differ.\r\n');

  it('prints JSON by default, with offsets into the file as read', async () => {
    const { code, out } = await cli('outline', paper);
    assert.equal(code, 0);
    const result = JSON.parse(out);
    const text = readFileSync(paper, 'utf8');
    assert.equal(result.file, paper);
    const [section] = result.outline;
    assert.deepEqual(Object.keys(section), ['role', 'level', 'start', 'end', 'label', 'cue', 'why', 'id', 'entities', 'children']);
    assert.equal(text.slice(section.start, section.end), '😀 China and Russia');
    const thesis = section.children[0];
    assert.equal(thesis.role, 'thesis');
    assert.equal(text.slice(thesis.start, thesis.end), 'I argue that China and Russia will not ally.');
    assert.deepEqual(thesis.entities, ['china', 'russia']);
    assert.deepEqual(
      thesis.children.map((c: { role: string; cue: string; level: number }) => [c.role, c.cue, c.level]),
      [
        ['reason', 'Firstly', 2],
        ['reason', 'Secondly', 2],
      ],
    );
  });

  it('prints a Markdown list with --format markdown', async () => {
    const { code, out } = await cli('outline', paper, '--format', 'markdown');
    assert.equal(code, 0);
    assert.equal(out.split('\n')[0], '- **Section**: 😀 China and Russia');
    assert.ok(out.includes('    - **Reason**: Trust is thin\n'));
  });

  it('carries ids, support links and the reason for each role in its JSON', async () => {
    const [section] = JSON.parse((await cli('outline', paper)).out).outline;
    const thesis = section.children[0];
    assert.equal(thesis.why, 'the cue "I argue"');
    assert.deepEqual(thesis.support, { reasons: 2, evidence: 0, citations: 0, answered: 0, accepted: false });
    assert.deepEqual(thesis.children.map((c: { supports: string }) => c.supports), [thesis.id, thesis.id]);
  });

  it('prints the paragraph map with --paragraphs', async () => {
    const { code, out } = await cli('outline', paper, '--paragraphs');
    assert.equal(code, 0);
    const { paragraphs } = JSON.parse(out);
    assert.deepEqual(paragraphs.map((e: { kind: string }) => e.kind), ['section', 'paragraph']);
    const text = readFileSync(paper, 'utf8');
    assert.equal(text.slice(paragraphs[1].main.start, paragraphs[1].main.end), 'I argue that China and Russia will not ally.');
    assert.equal((await cli('outline', paper, '--paragraphs', '--format', 'markdown')).out, '- **😀 China and Russia**\n  - China and Russia will not ally\n');
    assert.match((await cli('annotate', paper, '--paragraphs')).err, /--paragraphs is not accepted/);
  });

  it('reads plain text too, and refuses bad input with exit code 2', async () => {
    const notes = join(dir, 'notes.txt');
    writeFileSync(notes, 'In sum, the partnership is enough.\n');
    assert.equal(JSON.parse((await cli('outline', notes)).out).outline[0].role, 'conclusion');
    assert.equal((await cli('outline')).code, 2);
    assert.match((await cli('outline', paper, '--format', 'text')).err, /--format must be json or jsonl or markdown/);
    assert.match((await cli('outline', join(dir, 'missing.md'))).err, /no such file/);
  });
});
