/**
 * Turns a hand-written gold worksheet (kept outside the repository, since it quotes the text) into a gold
 * file of offsets (kept in `test/corpus-gold/`). See the CONVENTIONS.md files there.
 *
 *   node --import tsx scripts/corpus/anchorGold.ts entities <worksheet.tsv> <text> <out.json>
 *   node --import tsx scripts/corpus/anchorGold.ts outline  <worksheet.tsv> <text> <out.json>
 *
 * Entities worksheet, one mention per line in document order (tab-separated):
 *   surface  type  subtype  canonical-name  [words just before the mention]
 * Outline worksheet, one unit per line in document order:
 *   id  role  supports|-  answers|-  opening-words  closing-words
 *
 * Text is matched with any run of whitespace standing for any other (hard-wrapped lines). Each item is
 * looked for after the previous one; skipped occurrences of a surface are reported so that every
 * skip is deliberate. Lines starting with '#' are comments.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';

const [mode, worksheetPath, textPath, outPath] = process.argv.slice(2);
if ((mode !== 'entities' && mode !== 'outline') || !worksheetPath || !textPath || !outPath) {
  console.error('usage: anchorGold.ts entities|outline <worksheet.tsv> <text> <out.json>');
  process.exit(2);
}

const text = readFileSync(textPath, 'utf8');
const sha256 = createHash('sha256').update(readFileSync(textPath)).digest('hex');
const rows = readFileSync(worksheetPath, 'utf8')
  .split('\n')
  .map((line, index) => ({ line: index + 1, cells: line.replace(/\r$/, '').split('\t') }))
  .filter((r) => r.cells.join('').trim() !== '' && !r.cells[0].startsWith('#'));

let problems = 0;
const problem = (line: number, message: string): void => {
  problems++;
  console.error(`${basename(worksheetPath)}:${line}: ${message}`);
};

/** A pattern for `phrase` where any whitespace run matches any whitespace run (and a line-end hyphen). */
function flexible(phrase: string): RegExp {
  const words = phrase.trim().split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(words.join('\\s+'), 'gu');
}

const isWordChar = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

/** Next occurrence of `phrase` at or after `from`, on word boundaries; null if none. */
function findFrom(phrase: string, from: number, wholeWord: boolean): { start: number; end: number } | null {
  const re = flexible(phrase);
  re.lastIndex = from;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const boundaryOk = !wholeWord || ((!isWordChar(phrase[0]) || !isWordChar(text[start - 1])) && (!isWordChar(phrase.at(-1)) || !isWordChar(text[end])));
    if (boundaryOk) return { start, end };
    re.lastIndex = start + 1;
  }
  return null;
}

function precededBy(start: number, before: string): boolean {
  const re = new RegExp(flexible(before).source + '[\\s"“‘(\\[*_]*$', 'u');
  return re.test(text.slice(Math.max(0, start - before.length - 40), start));
}

function lineOf(offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

if (mode === 'entities') {
  const mentions: [number, number, string, string, string][] = [];
  let cursor = 0;
  const TYPES: Record<string, string[]> = {
    actor: ['state', 'organization', 'body', 'media', 'person'],
    treaty: ['treaty', 'agreement', 'statement', 'document'],
    theory: ['theory', 'concept', 'doctrine'],
    event: ['event'],
  };
  for (const { line, cells } of rows) {
    const [surface, type, subtype, canonical, before] = cells.map((c) => c?.trim());
    if (!surface || !type || !subtype || !canonical) {
      problem(line, 'expected: surface, type, subtype, canonical name [, words before]');
      continue;
    }
    if (!TYPES[type]?.includes(subtype)) {
      problem(line, `bad type/subtype ${type}/${subtype}`);
      continue;
    }
    let found = findFrom(surface, cursor, true);
    while (found && before && !precededBy(found.start, before)) found = findFrom(surface, found.start + 1, true);
    if (!found) {
      problem(line, `"${surface}"${before ? ` after "${before}"` : ''} not found after line ${lineOf(cursor)} of the text`);
      continue;
    }
    // Report occurrences passed over, so that skipping one is always deliberate.
    for (let skipped = findFrom(surface, cursor, true); skipped && skipped.start < found.start; skipped = findFrom(surface, skipped.start + 1, true)) {
      if (!before) console.warn(`${basename(worksheetPath)}:${line}: note: skipped "${surface}" at text line ${lineOf(skipped.start)}`);
    }
    mentions.push([found.start, found.end, type, subtype, canonical]);
    cursor = found.end;
  }
  // Which annotated surfaces occur more often than annotated: a place to look for misses.
  const counts = new Map<string, number>();
  for (const [s, e] of mentions) counts.set(text.slice(s, e).replace(/\s+/g, ' '), (counts.get(text.slice(s, e).replace(/\s+/g, ' ')) ?? 0) + 1);
  for (const [surface, annotated] of counts) {
    let total = 0;
    for (let f = findFrom(surface, 0, true); f; f = findFrom(surface, f.start + 1, true)) total++;
    if (total > annotated) console.warn(`check: "${surface}" occurs ${total} times, annotated ${annotated}`);
  }
  mentions.sort((a, b) => a[0] - b[0]);
  for (let i = 1; i < mentions.length; i++) if (mentions[i][0] < mentions[i - 1][1]) problem(0, `overlapping mentions at offsets ${mentions[i - 1][0]} and ${mentions[i][0]}`);
  write({ text: basename(textPath), sha256, conventions: 1, mentions });
  console.log(`${mentions.length} mentions`);
} else {
  const ROLES = ['thesis', 'claim', 'reason', 'counterclaim', 'evidence', 'conclusion'];
  const units: { id: string; start: number; end: number; role: string; supports?: string; answers?: string }[] = [];
  let cursor = 0;
  for (const { line, cells } of rows) {
    const [id, role, supports, answers, opening, closing] = cells.map((c) => c?.trim());
    if (!id || !role || !opening || !closing) {
      problem(line, 'expected: id, role, supports|-, answers|-, opening words, closing words');
      continue;
    }
    if (!ROLES.includes(role)) {
      problem(line, `bad role ${role}`);
      continue;
    }
    const open = findFrom(opening, cursor, false);
    if (!open) {
      problem(line, `opening "${opening}" not found after text line ${lineOf(cursor)}`);
      continue;
    }
    const close = findFrom(closing, open.start, false);
    if (!close || close.end - open.start > 3000) {
      problem(line, `closing "${closing}" not found within 3000 characters of the opening (text line ${lineOf(open.start)})`);
      continue;
    }
    units.push({
      id,
      start: open.start,
      end: close.end,
      role,
      ...(supports && supports !== '-' ? { supports } : {}),
      ...(answers && answers !== '-' ? { answers } : {}),
    });
    cursor = close.end;
  }
  const ids = new Set(units.map((u) => u.id));
  if (ids.size !== units.length) problem(0, 'repeated unit ids');
  for (const u of units) {
    if (u.supports && !ids.has(u.supports)) problem(0, `${u.id} supports unknown ${u.supports}`);
    if (u.answers && !ids.has(u.answers)) problem(0, `${u.id} answers unknown ${u.answers}`);
  }
  write({ text: basename(textPath), sha256, conventions: 1, units });
  console.log(`${units.length} units`);
}

function write(gold: object): void {
  if (problems > 0) {
    console.error(`${problems} problem(s); ${outPath} not written`);
    process.exit(1);
  }
  writeFileSync(outPath, JSON.stringify(gold, null, 0).replace(/\],\[/g, '],\n[').replace(/\},\{/g, '},\n{') + '\n');
}
