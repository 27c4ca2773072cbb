/**
 * The matcher's output as parallel typed arrays rather than one object per match: a dissertation
 * has tens of thousands of mentions, and objects that all survive the scan cost the garbage
 * collector more than the scan itself.
 */
export interface AliasMatches {
  readonly length: number;
  /** [start[i], end[i]) in UTF-16 offsets, sorted by start, never overlapping. */
  readonly start: Int32Array;
  readonly end: Int32Array;
  /** The winning entry of match i (an index into the caller's alias targets). */
  readonly target: Int32Array;
  /** The ALIAS_ROLE bits of the alias that matched. */
  readonly role: Uint8Array;
  /** For the few matches whose alias other entries also claim: match index -> those entries. */
  readonly alternatives: ReadonlyMap<number, readonly number[]>;
}

const INITIAL = 256;
/** Up to this many matches the arrays are kept between calls; beyond it, they are let go. */
const KEPT = 1 << 18;

/** Appends matches in order and hands them out as `AliasMatches` (copies, so the builder can be reused). */
export class MatchListBuilder {
  private length = 0;
  private start: Int32Array = new Int32Array(INITIAL);
  private end: Int32Array = new Int32Array(INITIAL);
  private target: Int32Array = new Int32Array(INITIAL);
  private role: Uint8Array = new Uint8Array(INITIAL);
  private alternatives = new Map<number, readonly number[]>();

  reset(): void {
    this.length = 0;
    this.alternatives = new Map();
    // Arrays grown for a long document are let go rather than kept for good.
    if (this.start.length > KEPT) {
      this.start = new Int32Array(INITIAL);
      this.end = new Int32Array(INITIAL);
      this.target = new Int32Array(INITIAL);
      this.role = new Uint8Array(INITIAL);
    }
  }

  add(start: number, end: number, target: number, alternatives: readonly number[] | undefined, role: number): void {
    if (this.length === this.start.length) this.grow();
    this.start[this.length] = start;
    this.end[this.length] = end;
    this.target[this.length] = target;
    this.role[this.length] = role;
    if (alternatives) this.alternatives.set(this.length, alternatives);
    this.length++;
  }

  finish(): AliasMatches {
    const n = this.length;
    return { length: n, start: this.start.slice(0, n), end: this.end.slice(0, n), target: this.target.slice(0, n), role: this.role.slice(0, n), alternatives: this.alternatives };
  }

  private grow(): void {
    const size = this.start.length * 2;
    const widen = (array: Int32Array): Int32Array<ArrayBuffer> => {
      const wider = new Int32Array(size);
      wider.set(array);
      return wider;
    };
    this.start = widen(this.start);
    this.end = widen(this.end);
    this.target = widen(this.target);
    const role = new Uint8Array(size);
    role.set(this.role);
    this.role = role;
  }
}

/**
 * Candidates that overlap one another, gathered in start order until one starts past them all;
 * then the non-overlapping winners go out: longest first, then leftmost.
 */
export class CandidateCluster {
  private count = 0;
  /** Where the cluster ends: the furthest end of its candidates. */
  private reach = -1;
  private start = new Int32Array(16);
  private end = new Int32Array(16);
  private target = new Int32Array(16);
  private role = new Int32Array(16);
  private alternatives: (readonly number[] | undefined)[] = [];

  /** Adds a candidate, first flushing the cluster into `out` if the candidate cannot overlap it. */
  add(start: number, end: number, target: number, alternatives: readonly number[] | undefined, role: number, out: MatchListBuilder): void {
    if (this.count > 0 && start >= this.reach) this.flush(out);
    if (this.count === this.start.length) this.grow();
    const k = this.count++;
    this.start[k] = start;
    this.end[k] = end;
    this.target[k] = target;
    this.role[k] = role;
    this.alternatives[k] = alternatives;
    if (end > this.reach) this.reach = end;
  }

  flush(out: MatchListBuilder): void {
    const n = this.count;
    if (n === 0) return;
    this.count = 0;
    const reach = this.reach;
    this.reach = -1;
    // Usual case: one candidate, or a long name whose inner words also matched ("Shanghai
    // Cooperation Organisation" and "Cooperation"): the first covers the rest and wins.
    if (n === 1 || (this.end[0] === reach && this.firstIsLongest(n))) {
      out.add(this.start[0], this.end[0], this.target[0], this.alternatives[0], this.role[0]);
      return;
    }
    const length = (k: number): number => this.end[k] - this.start[k];
    const ranked = Array.from({ length: n }, (_, k) => k).sort((a, b) => length(b) - length(a) || this.start[a] - this.start[b]);
    const chosen: number[] = [];
    for (const k of ranked) {
      if (chosen.every((c) => this.end[k] <= this.start[c] || this.start[k] >= this.end[c])) chosen.push(k);
    }
    chosen.sort((a, b) => this.start[a] - this.start[b]);
    for (const k of chosen) out.add(this.start[k], this.end[k], this.target[k], this.alternatives[k], this.role[k]);
  }

  private firstIsLongest(n: number): boolean {
    const first = this.end[0] - this.start[0];
    for (let k = 1; k < n; k++) if (this.end[k] - this.start[k] > first) return false;
    return true;
  }

  private grow(): void {
    const size = this.start.length * 2;
    for (const key of ['start', 'end', 'target', 'role'] as const) {
      const wider = new Int32Array(size);
      wider.set(this[key]);
      this[key] = wider;
    }
  }
}
