/**
 * UTF-16 offsets (the core's currency) to Unicode code point offsets, which brat and the W3C
 * TextPositionSelector count in. For text in the Basic Multilingual Plane the two are equal; each
 * astral character (an emoji, a rare CJK ideograph) is two UTF-16 code units but one code point:
 * in "😀 SCO" the mention "SCO" is [3, 6) in UTF-16 and [2, 5) in code points.
 */
export class CodePointIndex {
  private unit = 0;
  private points = 0;

  constructor(private readonly text: string) {}

  /**
   * Code points before a UTF-16 offset. Linear in the distance from the previous call, so a sweep
   * over sorted offsets costs one pass over the text. An offset inside a surrogate pair (which the
   * matcher never produces) rounds up to the end of the pair.
   */
  at(offset: number): number {
    const target = Math.max(0, Math.min(offset, this.text.length));
    if (target < this.unit) {
      this.unit = 0;
      this.points = 0;
    }
    while (this.unit < target) {
      const code = this.text.charCodeAt(this.unit);
      const isPair = code >= 0xd800 && code <= 0xdbff && isLowSurrogate(this.text.charCodeAt(this.unit + 1));
      this.unit += isPair ? 2 : 1;
      this.points++;
    }
    return this.points;
  }
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Moves a cut at `offset` off the middle of a surrogate pair, towards `direction` (-1 or +1). */
export function alignToCodePoint(text: string, offset: number, direction: -1 | 1): number {
  if (offset <= 0 || offset >= text.length) return offset;
  const before = text.charCodeAt(offset - 1);
  if (before >= 0xd800 && before <= 0xdbff && isLowSurrogate(text.charCodeAt(offset))) return offset + direction;
  return offset;
}
