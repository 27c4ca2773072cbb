import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { LineIndex } from '../../../src/text/lineIndex';
import { fuzzParams, fuzzTimeout, hostileText } from './arbitraries';

/** Lines split at \r\n, \n or a lone \r, as VS Code splits them. */
function referenceLines(text: string): { start: number; end: number }[] {
  const lines: { start: number; end: number }[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\r' || c === '\n') {
      lines.push({ start, end: i });
      if (c === '\r' && text[i + 1] === '\n') i++;
      start = i + 1;
    }
  }
  lines.push({ start, end: text.length });
  return lines;
}

const lineText = fc.oneof(
  hostileText([], 12),
  fc.array(fc.constantFrom('a', '\r', '\n', '\r\n', '😀', '\u2028', ''), { maxLength: 30 }).map((p) => p.join('')),
);

describe('fuzz: LineIndex', function () {
  this.timeout(fuzzTimeout(2));

  it('positionAt and offsetAt round-trip for every offset, with CR, LF and CRLF', () => {
    fc.assert(
      fc.property(lineText, (text) => {
        const index = new LineIndex(text);
        const lines = referenceLines(text);
        assert.equal(index.lineCount, lines.length);
        for (let offset = 0; offset <= text.length; offset++) {
          const position = index.positionAt(offset);
          const line = lines[position.line];
          assert.ok(line, `offset ${offset}: line ${position.line} does not exist`);
          // A valid position, as VS Code's positionAt gives: never past the line's end.
          assert.ok(position.character >= 0 && line.start + position.character <= line.end, `offset ${offset} -> ${JSON.stringify(position)} is past the end of line [${line.start}, ${line.end})`);
          const back = index.offsetAt(position);
          const insideCrlf = offset > 0 && text[offset - 1] === '\r' && text[offset] === '\n';
          // Between \r and \n there is no position: it maps to the end of the line, as in VS Code.
          assert.equal(back, insideCrlf ? offset - 1 : offset, `offset ${offset} -> ${JSON.stringify(position)} -> ${back}`);
          assert.deepEqual(index.positionAt(back), position);
        }
        lines.forEach((line, n) => {
          assert.equal(index.lineStartOffset(n), line.start);
          assert.equal(index.lineEndOffset(n), line.end);
          for (let character = 0; character <= line.end - line.start + 2; character++) {
            const offset = index.offsetAt({ line: n, character });
            assert.equal(offset, Math.min(line.start + character, line.end));
          }
        });
        assert.equal(index.offsetAt({ line: -1, character: 5 }), 0);
        assert.equal(index.offsetAt({ line: lines.length, character: 0 }), text.length);
        assert.deepEqual(index.positionAt(-5), { line: 0, character: 0 });
        assert.deepEqual(index.positionAt(text.length + 5), index.positionAt(text.length));
      }),
      fuzzParams(),
    );
  });
});
