/**
 * The walks of the matcher's first pass, in one growable array: per walk that ends at least one
 * key, [start, atWordStart, found, (end, terminal) x found] with the shortest key first.
 */
const INITIAL = 4096;
/** Up to this size (4 MB) the array is kept between documents; beyond it, it is let go. */
const KEPT = 1 << 20;

export class WalkLog {
  entries = new Int32Array(INITIAL);
  length = 0;

  /** Empties the log, giving back the memory a long document made it take. */
  clear(): void {
    this.length = 0;
    if (this.entries.length > KEPT) this.entries = new Int32Array(INITIAL);
  }

  record(start: number, atWordStart: boolean, found: number, ends: Int32Array, terminals: Int32Array): void {
    const need = this.length + 3 + 2 * found;
    if (need > this.entries.length) {
      const wider = new Int32Array(Math.max(need, this.entries.length * 2));
      wider.set(this.entries);
      this.entries = wider;
    }
    const e = this.entries;
    let at = this.length;
    e[at++] = start;
    e[at++] = atWordStart ? 1 : 0;
    e[at++] = found;
    for (let k = 0; k < found; k++) {
      e[at++] = ends[k];
      e[at++] = terminals[k];
    }
    this.length = at;
  }
}
