/**
 * `node --import tsx scripts/corpus/diagnoseOutline.ts [a0N]`: each gold unit of the outline gold with what
 * IR Lens and the reverse outline put there, then IR Lens's units at no gold place, for developing the
 * outline (prints corpus text: never commit its output).
 */
import { loadBundledKnowledge } from '../../src/cli/bundledKnowledge';
import { corpusOutlinePredictions, reverseOutline } from './predictions';
import { readGold } from './score';
import { samePlace, type OutlineGold } from './scoring';

const only = process.argv[2];
const kb = loadBundledKnowledge();
for (const { gold, text } of readGold<OutlineGold>('outline')) {
  if (only && !gold.text.startsWith(only)) continue;
  const predicted = corpusOutlinePredictions(gold.text, text, kb);
  const reverse = reverseOutline(gold.text, text);
  const show = (s: number, e: number): string => text.slice(s, Math.min(e, s + 90)).replace(/\s+/g, ' ');
  console.log(`\n===== ${gold.text}`);
  for (const g of gold.units) {
    const hit = predicted.find((p) => samePlace(g, p));
    const rev = reverse.some((p) => samePlace(g, p)) ? 'R' : ' ';
    console.log(`${hit ? (hit.role === g.role ? 'OK  ' : `~${hit.role.slice(0, 5).padEnd(5)}`) : 'MISS'} ${rev} ${g.role.padEnd(12)} @${g.start} ${show(g.start, g.end)}`);
  }
  for (const p of predicted) if (!gold.units.some((g) => samePlace(g, p))) console.log(`FALSE ${p.role.padEnd(12)} @${p.start} ${show(p.start, p.end)}`);
}
