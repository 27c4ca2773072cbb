/**
 * The obvious alternatives the benchmark compares the alias trie with: one regular expression per
 * alias, and one alternation of all aliases. Bundled with the core by scripts/bench.ts and run in
 * the same plain Node process as the trie, on the same text.
 */

const MB = 1e6;

export function escapeRegex(alias: string): string {
  return alias
    .trim()
    .replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
    .replace(/\s+/g, '\\s+');
}

/** Whole words, as the matcher finds them (no letter or digit on either side). */
export const BEFORE = '(?<![\\p{L}\\p{N}])';
export const AFTER = '(?![\\p{L}\\p{N}])';

export function regexPerAlias(aliases: readonly string[]): RegExp[] {
  return aliases.map((a) => new RegExp(BEFORE + escapeRegex(a) + AFTER, 'giu'));
}

/** One alternation, longest alias first so the leftmost-longest match is found. */
export function regexAlternation(aliases: readonly string[]): RegExp[] {
  const sorted = [...new Set(aliases.map(escapeRegex))].sort((a, b) => b.length - a.length);
  return [new RegExp(`${BEFORE}(?:${sorted.join('|')})${AFTER}`, 'giu')];
}

/**
 * Runs `regexes` over successive chunks of `text` (1 KB, doubling up to 64 KB while a chunk takes
 * under 50 ms) until done or `capMs` has passed; the rate is that of the part done (a chunk
 * cut short counts for the share of its regexes that ran). Compiling is not timed.
 */
export function regexRate(text: string, regexes: readonly RegExp[], capMs: number): { mbPerS: number; capped: boolean } {
  // Warm-up (compiling each expression) on the first kilobyte, not timed.
  const sample = text.slice(0, 1024);
  for (const re of regexes) {
    re.lastIndex = 0;
    while (re.exec(sample));
  }
  let done = 0;
  let chunkSize = 1024;
  let capped = false;
  const start = performance.now();
  for (let offset = 0; offset < text.length && !capped; ) {
    const chunk = text.slice(offset, offset + chunkSize);
    const chunkStart = performance.now();
    let ran = 0;
    for (const re of regexes) {
      re.lastIndex = 0;
      while (re.exec(chunk));
      ran++;
      if (performance.now() - start > capMs) {
        capped = ran < regexes.length || offset + chunk.length < text.length;
        break;
      }
    }
    done += (chunk.length * ran) / regexes.length;
    offset += chunk.length;
    if (performance.now() - chunkStart < 50 && chunkSize < 64 * 1024) chunkSize *= 2;
  }
  const elapsed = performance.now() - start;
  return { mbPerS: done / MB / (elapsed / 1000), capped };
}
