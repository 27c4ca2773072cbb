/**
 * `npm run score`: IR Lens on the development corpus (../shared/corpus, or IR_LENS_CORPUS) against the
 * hand-made gold in test/corpus-gold/: entity precision/recall/F1 per type, and argument-outline position
 * and role-aware F1 per text beside a plain reverse outline. `--json FILE` also writes the figures.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadBundledKnowledge } from '../../src/cli/bundledKnowledge';
import { corpusEntityPredictions, corpusOutlinePredictions, reverseOutline } from './predictions';
import {
  addCounts,
  ENTITY_TYPES,
  goldMentions,
  percent,
  scoreMentions,
  scoreOutline,
  scores,
  ZERO,
  type Counts,
  type EntityGold,
  type EntityType,
  type OutlineGold,
} from './scoring';

const repo = resolve(__dirname, '..', '..');
export const corpusDir = process.env.IR_LENS_CORPUS ?? resolve(repo, '..', 'shared', 'corpus');

export function readGold<T extends { text: string; sha256: string }>(kind: 'entities' | 'outline'): { gold: T; text: string }[] {
  const dir = join(repo, 'test', 'corpus-gold', kind);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const gold = JSON.parse(readFileSync(join(dir, f), 'utf8')) as T;
      const bytes = readFileSync(join(corpusDir, gold.text));
      const sha = createHash('sha256').update(bytes).digest('hex');
      if (sha !== gold.sha256) throw new Error(`${gold.text} has changed since its gold was made (sha256 ${sha}, gold ${gold.sha256})`);
      return { gold, text: bytes.toString('utf8') };
    });
}

function main(): void {
  if (!existsSync(corpusDir)) {
    console.log(`corpus not found at ${corpusDir}: set IR_LENS_CORPUS`);
    return;
  }
  const kb = loadBundledKnowledge();
  const report: Record<string, unknown> = {};

  // Entities ------------------------------------------------------------------------------------
  const totals = { exact: perType(), overlap: perType() };
  const perText: Record<string, unknown> = {};
  for (const { gold, text } of readGold<EntityGold>('entities')) {
    const predicted = corpusEntityPredictions(gold.text, text, kb);
    const g = goldMentions(gold);
    const exact = scoreMentions(g, predicted, 'exact');
    const overlap = scoreMentions(g, predicted, 'overlap');
    for (const t of ENTITY_TYPES) {
      totals.exact[t] = addCounts(totals.exact[t], exact[t]);
      totals.overlap[t] = addCounts(totals.overlap[t], overlap[t]);
    }
    const all = ENTITY_TYPES.reduce((acc, t) => addCounts(acc, overlap[t]), ZERO);
    perText[gold.text] = scores(all);
  }
  console.log('Entities (e01-e08): per type, exact span / overlapping span');
  console.log('| type | gold | P exact | R exact | F1 exact | P overlap | R overlap | F1 overlap |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  const rows: Record<string, unknown> = {};
  for (const t of [...ENTITY_TYPES, 'all'] as const) {
    const ex = scores(t === 'all' ? sum(totals.exact) : totals.exact[t]);
    const ov = scores(t === 'all' ? sum(totals.overlap) : totals.overlap[t]);
    rows[t] = { exact: ex, overlap: ov };
    console.log(`| ${t} | ${ex.tp + ex.fn} | ${percent(ex.precision)} | ${percent(ex.recall)} | ${percent(ex.f1)} | ${percent(ov.precision)} | ${percent(ov.recall)} | ${percent(ov.f1)} |`);
  }
  report.entities = { byType: rows, byText: perText };

  // Outlines ------------------------------------------------------------------------------------
  console.log('\nArgument outline (a01-a08): IR Lens beside a reverse outline (first sentence of each paragraph, as claims)');
  console.log('| text | gold units | IR Lens units | position F1 | role F1 | gold found | reverse outline units | position F1 | role F1 | gold found |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  const outline: Record<string, unknown> = {};
  for (const { gold, text } of readGold<OutlineGold>('outline')) {
    const predicted = corpusOutlinePredictions(gold.text, text, kb);
    const reverse = reverseOutline(gold.text, text);
    const ours = scoreOutline(gold.units, predicted);
    const theirs = scoreOutline(gold.units, reverse);
    outline[gold.text] = { gold: gold.units.length, irLens: { units: predicted.length, ...ours }, reverse: { units: reverse.length, ...theirs } };
    console.log(
      `| ${gold.text.slice(0, 3)} | ${gold.units.length} | ${predicted.length} | ${percent(ours.position.f1)} | ${percent(ours.roles.f1)} | ${ours.position.tp} | ` +
        `${reverse.length} | ${percent(theirs.position.f1)} | ${percent(theirs.roles.f1)} | ${theirs.position.tp} |`,
    );
  }
  report.outline = outline;

  const jsonAt = process.argv.indexOf('--json');
  if (jsonAt > 0) writeFileSync(process.argv[jsonAt + 1], JSON.stringify(report, null, 2) + '\n');
}

function perType(): Record<EntityType, Counts> {
  return Object.fromEntries(ENTITY_TYPES.map((t) => [t, ZERO])) as Record<EntityType, Counts>;
}

function sum(byType: Record<EntityType, Counts>): Counts {
  return ENTITY_TYPES.reduce((acc, t) => addCounts(acc, byType[t]), ZERO);
}

if (require.main === module) main();
