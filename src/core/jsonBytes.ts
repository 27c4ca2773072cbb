/**
 * JSON written straight into a growing UTF-8 buffer, piece by piece: numbers as digits, strings of plain
 * ASCII byte by byte. The CLI writes hundreds of thousands of mentions per corpus file, and building a
 * string for each cost more (in its own making and in garbage collection) than writing the bytes.
 * What comes out is what `JSON.stringify` gives for the same values.
 */
export class JsonBytes {
  private buffer: Buffer;
  private length = 0;

  constructor(capacity: number) {
    // Never from Buffer's shared pool: the CLI hands these bytes to another thread by transfer.
    this.buffer = Buffer.allocUnsafeSlow(Math.max(64, capacity));
  }

  /** Text written as it is (already JSON): UTF-8 encoded. */
  raw(text: string): void {
    // At most three bytes per UTF-16 unit.
    this.reserve(text.length * 3);
    this.length += this.buffer.write(text, this.length, 'utf8');
  }

  /** Bytes written as they are (already JSON). */
  bytes(bytes: Uint8Array): void {
    const n = bytes.length;
    this.reserve(n);
    // A loop: set() costs more than it saves on the short pieces written here.
    const buffer = this.buffer;
    const at = this.length;
    for (let k = 0; k < n; k++) buffer[at + k] = bytes[k];
    this.length = at + n;
  }

  /** One ASCII character, by its code. */
  ascii(code: number): void {
    this.reserve(1);
    this.buffer[this.length++] = code;
  }

  /** A non-negative integer. */
  natural(value: number): void {
    // Offsets and line numbers fit 31 bits, where `| 0` divides by ten faster than Math.floor.
    if (value > 0x7fffffff) {
      this.raw(String(value));
      return;
    }
    this.reserve(10);
    const buffer = this.buffer;
    let digits = 1;
    for (let power = 10; power <= value && digits < 10; power *= 10) digits++;
    let at = this.length + digits;
    let rest = value;
    do {
      const tenth = (rest / 10) | 0;
      buffer[--at] = 0x30 + rest - tenth * 10;
      rest = tenth;
    } while (rest > 0);
    this.length += digits;
  }

  /** `text.slice(start, end)` as a JSON string. */
  string(text: string, start: number, end: number): void {
    this.reserve(end - start + 2);
    const buffer = this.buffer;
    let at = this.length;
    buffer[at++] = 0x22;
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      // Anything JSON escapes, and anything beyond ASCII: the slice goes through JSON.stringify instead.
      if (c < 0x20 || c >= 0x7f || c === 0x22 || c === 0x5c) {
        this.raw(JSON.stringify(text.slice(start, end)));
        return;
      }
      buffer[at++] = c;
    }
    buffer[at++] = 0x22;
    this.length = at;
  }

  /** The bytes written so far (a view, not a copy). */
  result(): Uint8Array {
    return this.buffer.subarray(0, this.length);
  }

  private reserve(more: number): void {
    if (this.length + more <= this.buffer.length) return;
    const bigger = Buffer.allocUnsafeSlow(Math.max(this.buffer.length * 2, this.length + more));
    this.buffer.copy(bigger, 0, 0, this.length);
    this.buffer = bigger;
  }
}
