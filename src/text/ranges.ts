/** A half-open span of UTF-16 offsets: `start` inclusive, `end` exclusive. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** Sorts and merges spans that overlap or touch. */
export function mergeSpans(spans: readonly Span[]): Span[] {
  const sorted = [...spans].filter((s) => s.end > s.start).sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: Span[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) {
      if (span.end > last.end) merged[merged.length - 1] = { start: last.start, end: span.end };
    } else {
      merged.push(span);
    }
  }
  return merged;
}

/** The parts of `[0, length)` not covered by `excluded`. */
export function complementSpans(excluded: readonly Span[], length: number): Span[] {
  const result: Span[] = [];
  let cursor = 0;
  for (const span of mergeSpans(excluded)) {
    if (span.start > cursor) result.push({ start: cursor, end: Math.min(span.start, length) });
    cursor = Math.max(cursor, span.end);
  }
  if (cursor < length) result.push({ start: cursor, end: length });
  return result;
}

/**
 * The first index in [0, count) where `before(i)` is false, for a `before` that holds on a prefix
 * of the indices and nowhere after it: one binary search for every sorted list in the core.
 */
export function partitionPoint(count: number, before: (index: number) => boolean): number {
  let low = 0;
  let high = count;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (before(mid)) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * Index of the last span whose start is <= offset, or -1. Spans must be sorted by start.
 * The hover lookup uses it: the caller then checks `offset < spans[i].end`.
 */
export function findSpanIndexAt(spans: readonly Span[], offset: number): number {
  return partitionPoint(spans.length, (i) => spans[i].start <= offset) - 1;
}

/** Index of the first span with `end > offset`, or `spans.length`. Spans must be sorted and disjoint, so their ends are sorted too. */
export function firstEndingAfter(spans: readonly Span[], offset: number): number {
  return partitionPoint(spans.length, (i) => spans[i].end <= offset);
}

/** `spans` (sorted, not overlapping) clipped to [from, to). */
export function clipSpans(spans: readonly Span[], from: number, to: number): Span[] {
  const out: Span[] = [];
  let i = Math.max(0, findSpanIndexAt(spans, from));
  for (; i < spans.length && spans[i].start < to; i++) {
    const start = Math.max(spans[i].start, from);
    const end = Math.min(spans[i].end, to);
    if (end > start) out.push({ start, end });
  }
  return out;
}
