/**
 * Every start in `[from, to)` where each of several strings occurs in `text` (overlapping ones too),
 * found in one pass over the text rather than one `indexOf` scan per string: the paper's own names are
 * looked for again everywhere, and a long paper names more of them, so a scan per name grew with the
 * square of its length. `successive` turns a list into what repeated `indexOf` calls give.
 */
export function occurrences(text: string, keys: readonly string[], from: number, to: number): Map<string, number[]> {
  const found = new Map<string, number[]>();
  const byFirst = new Map<number, string[]>();
  const first = new Uint8Array(0x10000);
  for (const key of keys) {
    if (key.length === 0 || found.has(key)) continue;
    found.set(key, []);
    const code = key.charCodeAt(0);
    first[code] = 1;
    const list = byFirst.get(code);
    if (list) list.push(key);
    else byFirst.set(code, [key]);
  }
  const end = Math.min(to, text.length);
  for (let i = Math.max(0, from); i < end; i++) {
    if (first[text.charCodeAt(i)] === 0) continue;
    for (const key of byFirst.get(text.charCodeAt(i))!) if (text.startsWith(key, i)) found.get(key)!.push(i);
  }
  return found;
}

/**
 * The starts that `indexOf(key, from)`, then `indexOf(key, previous + key.length)`, ... would give:
 * from `from` on, each occurrence that does not overlap the one before.
 */
export function* successive(starts: readonly number[], keyLength: number, from: number): Generator<number> {
  let next = from;
  for (const start of starts) {
    if (start < next) continue;
    yield start;
    next = start + keyLength;
  }
}
