/**
 * `node --import tsx scripts/corpus/diagnose.ts [e0N]`: lists IR Lens's misses and false finds against the
 * entity gold, with a little context, for developing the rules (prints corpus text: never commit its output).
 */
import { loadBundledKnowledge } from '../../src/cli/bundledKnowledge';
import { corpusEntityPredictions } from './predictions';
import { readGold } from './score';
import type { EntityGold } from './scoring';

const only = process.argv[2];
const kb = loadBundledKnowledge();
for (const { gold, text } of readGold<EntityGold>('entities')) {
  if (only && !gold.text.startsWith(only)) continue;
  const predicted = corpusEntityPredictions(gold.text, text, kb);
  const show = (s: number, e: number): string => `${text.slice(Math.max(0, s - 30), s).replace(/\s+/g, ' ')}[[${text.slice(s, e)}]]${text.slice(e, e + 30).replace(/\s+/g, ' ')}`;
  console.log(`\n===== ${gold.text}`);
  for (const [s, e, type, , name] of gold.mentions) {
    const hit = predicted.find((p) => p.start < e && s < p.end && p.type === type);
    if (!hit) console.log(`MISS ${type} (${name}): ${show(s, e)}`);
    else if (hit.start !== s || hit.end !== e) console.log(`SPAN ${type}: gold ${show(s, e)} | got [[${text.slice(hit.start, hit.end)}]]`);
  }
  for (const p of predicted) {
    if (!gold.mentions.some(([s, e, type]) => p.start < e && s < p.end && type === p.type)) console.log(`FALSE ${p.type}: ${show(p.start, p.end)}`);
  }
}
