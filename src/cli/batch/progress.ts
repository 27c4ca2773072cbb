/** A one-line progress bar on stderr, drawn only when stderr is a terminal, at most ten times a second. */
export class Progress {
  private done = 0;
  private bytes = 0;
  private lastDraw = 0;
  private readonly started = Date.now();

  constructor(
    private readonly total: number,
    private readonly stream: { isTTY?: boolean; columns?: number; write(text: string): unknown } | undefined,
  ) {}

  private get enabled(): boolean {
    return this.stream?.isTTY === true && this.total > 1;
  }

  add(bytes: number): void {
    this.done++;
    this.bytes += bytes;
    const now = Date.now();
    if (!this.enabled || (now - this.lastDraw < 100 && this.done < this.total)) return;
    this.lastDraw = now;
    const seconds = Math.max(0.001, (now - this.started) / 1000);
    const width = 24;
    const filled = Math.round((width * this.done) / this.total);
    const line = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${this.done}/${this.total} files · ${(this.bytes / 1e6).toFixed(1)} MB · ${(this.bytes / 1e6 / seconds).toFixed(1)} MB/s`;
    this.stream!.write(`\r${line.slice(0, (this.stream!.columns ?? 100) - 1)}`);
  }

  finish(): void {
    if (this.enabled) this.stream!.write('\n');
  }
}
