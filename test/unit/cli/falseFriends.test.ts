import * as assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { loadBundledKnowledge } from '../../../src/cli/bundledKnowledge';
import { repoRoot, runCliCaptured } from '../helpers';

/**
 * The false-friends suite, run through the CLI (`ir-lens annotate --format jsonl`): short texts of our
 * own where a known IR name may or may not mean the IR entity (test/fixtures/false-friends/cases.yaml,
 * every entity marked, so anything else found is a false find), and spans located by offset in the
 * real texts of ../shared/corpus (test/corpus-gold/false-friends.json). It prints precision and recall
 * per class and fails below the floors, which sit a little under the figures measured when the rules
 * were written (see README, "How recognition works").
 */

interface Case {
  readonly class: string;
  readonly text: string;
  readonly note?: string;
}
interface Expected {
  readonly start: number;
  readonly end: number;
  /** A KB id, or "doc" for a name the text introduces itself. */
  readonly id: string;
}
interface Found {
  readonly start: number;
  readonly end: number;
  readonly id: string;
  readonly source: 'kb' | 'document';
}
interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

/** "the [[SCO|sco]] met" -> the plain text and the marked spans. */
function unmark(marked: string): { text: string; expected: Expected[] } {
  const expected: Expected[] = [];
  let text = '';
  let last = 0;
  for (const m of marked.matchAll(/\[\[([^\]|]+)\|([^\]]+)\]\]/g)) {
    text += marked.slice(last, m.index);
    expected.push({ start: text.length, end: text.length + m[1].length, id: m[2].trim() });
    text += m[1];
    last = m.index + m[0].length;
  }
  return { text: text + marked.slice(last), expected };
}

/** The same place: overlapping by at least half of the shorter span (as the corpus scorer counts). */
function samePlace(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  const overlap = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  return overlap > 0 && overlap * 2 >= Math.min(a.end - a.start, b.end - b.start);
}

const means = (found: Found, id: string): boolean => (id === 'doc' ? found.source === 'document' : found.id === id);

/** Runs `annotate` over files through the CLI and returns each file's mentions. */
async function annotate(files: readonly string[]): Promise<Map<string, Found[]>> {
  const { code, out, err } = await runCliCaptured(loadBundledKnowledge(), ['annotate', ...files, '--format', 'jsonl', '--jobs', '1']);
  assert.equal(code, 0, err);
  const byFile = new Map<string, Found[]>();
  for (const line of out.split('\n').filter(Boolean)) {
    const result = JSON.parse(line) as { file: string; mentions: Found[] };
    byFile.set(resolve(result.file), result.mentions);
  }
  return byFile;
}

const ratio = (n: number, d: number): string => (d === 0 ? '–' : `${((100 * n) / d).toFixed(1)}`);

function table(rows: ReadonlyMap<string, Tally>): string {
  const lines = ['| class | precision | recall | found right | false finds | misses |', '| --- | ---: | ---: | ---: | ---: | ---: |'];
  const total: Tally = { tp: 0, fp: 0, fn: 0 };
  for (const [name, t] of [...rows].sort()) {
    lines.push(`| ${name} | ${ratio(t.tp, t.tp + t.fp)} | ${ratio(t.tp, t.tp + t.fn)} | ${t.tp} | ${t.fp} | ${t.fn} |`);
    total.tp += t.tp;
    total.fp += t.fp;
    total.fn += t.fn;
  }
  lines.push(`| all | ${ratio(total.tp, total.tp + total.fp)} | ${ratio(total.tp, total.tp + total.fn)} | ${total.tp} | ${total.fp} | ${total.fn} |`);
  return lines.join('\n');
}

function totals(rows: ReadonlyMap<string, Tally>): { precision: number; recall: number } {
  const t = [...rows.values()].reduce((a, b) => ({ tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn }), { tp: 0, fp: 0, fn: 0 });
  return { precision: t.tp / (t.tp + t.fp), recall: t.tp / (t.tp + t.fn) };
}

describe('false friends, through the CLI', function () {
  this.timeout(120_000);

  it('our own sentences: every entity found with the right meaning, nothing else found', async () => {
    const cases = parse(readFileSync(join(repoRoot, 'test/fixtures/false-friends/cases.yaml'), 'utf8')) as Case[];
    assert.ok(cases.length >= 80, `${cases.length} cases`);
    const dir = mkdtempSync(join(tmpdir(), 'ir-lens-false-friends-'));
    const prepared = cases.map((c, i) => {
      const { text, expected } = unmark(c.text);
      const file = join(dir, `case-${String(i + 1).padStart(3, '0')}.txt`);
      writeFileSync(file, text);
      return { ...c, text, expected, file };
    });
    const found = await annotate(prepared.map((c) => c.file));
    const rows = new Map<string, Tally>();
    const failures: string[] = [];
    for (const c of prepared) {
      const tally = rows.get(c.class) ?? { tp: 0, fp: 0, fn: 0 };
      rows.set(c.class, tally);
      const predictions = found.get(resolve(c.file)) ?? [];
      const used = new Set<Found>();
      const problems: string[] = [];
      for (const e of c.expected) {
        const hit = predictions.find((p) => !used.has(p) && samePlace(p, e) && means(p, e.id));
        if (hit) {
          used.add(hit);
          tally.tp++;
        } else {
          tally.fn++;
          const other = predictions.find((p) => samePlace(p, e));
          problems.push(`missed "${c.text.slice(e.start, e.end)}" (${e.id})${other ? `, found ${other.id}` : ''}`);
        }
      }
      for (const p of predictions) {
        if (used.has(p)) continue;
        tally.fp++;
        problems.push(`false "${c.text.slice(p.start, p.end)}" (${p.id})`);
      }
      if (problems.length > 0) failures.push(`${c.file.slice(-12)} [${c.class}] ${problems.join('; ')}`);
    }
    const { precision, recall } = totals(rows);
    console.log(`\n      False-friends suite (${cases.length} cases of our own):\n${table(rows).replace(/^/gm, '      ')}\n`);
    if (process.env.IR_LENS_SHOW_FAILURES) console.log(failures.join('\n'));
    assert.ok(precision >= 0.9 && recall >= 0.88, `precision ${ratio(precision, 1)} recall ${ratio(recall, 1)}:\n${failures.join('\n')}`);
  });

  it('spans in the real texts of ../shared/corpus', async function () {
    const corpus = resolve(repoRoot, '..', 'shared', 'corpus');
    if (!existsSync(corpus)) {
      console.log('      (skipped: ../shared/corpus is absent)');
      this.skip();
    }
    const gold = JSON.parse(readFileSync(join(repoRoot, 'test/corpus-gold/false-friends.json'), 'utf8')) as {
      cases: { text: string; sha256: string; start: number; end: number; class: string; expect: string | null }[];
    };
    const files = [...new Set(gold.cases.map((c) => c.text))].map((name) => join(corpus, name));
    for (const file of files) {
      const sha = createHash('sha256').update(readFileSync(file)).digest('hex');
      const expected = gold.cases.find((c) => join(corpus, c.text) === file)!.sha256;
      assert.equal(sha, expected, `${file} is not the text the cases were located in`);
    }
    const found = await annotate(files);
    const rows = new Map<string, Tally>();
    const failures: string[] = [];
    for (const c of gold.cases) {
      const tally = rows.get(c.class) ?? { tp: 0, fp: 0, fn: 0 };
      rows.set(c.class, tally);
      const predictions = found.get(resolve(join(corpus, c.text))) ?? [];
      const overlapping = predictions.filter((p) => p.start < c.end && c.start < p.end);
      if (c.expect === null) {
        // A negative: anything found there is a false find.
        if (overlapping.length > 0) {
          tally.fp++;
          failures.push(`${c.text.slice(0, 3)}@${c.start} expected nothing, found ${overlapping[0].id}`);
        }
        continue;
      }
      if (overlapping.some((p) => samePlace(p, c) && means(p, c.expect!))) tally.tp++;
      else {
        tally.fn++;
        if (overlapping.length > 0) tally.fp++;
        failures.push(`${c.text.slice(0, 3)}@${c.start} expected ${c.expect}, found ${overlapping.map((p) => p.id).join(', ') || 'nothing'}`);
      }
    }
    const { precision, recall } = totals(rows);
    console.log(`\n      False-friends suite (${gold.cases.length} spans in the corpus):\n${table(rows).replace(/^/gm, '      ')}\n`);
    if (process.env.IR_LENS_SHOW_FAILURES) console.log(failures.join('\n'));
    assert.ok(precision >= 0.5 && recall >= 0.35, `precision ${ratio(precision, 1)} recall ${ratio(recall, 1)}:\n${failures.join('\n')}`);
  });
});
