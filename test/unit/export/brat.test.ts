import * as assert from 'node:assert/strict';
import { annotateText } from '../../../src/core/annotateText';
import { bratFragments, toBratAnn } from '../../../src/export/brat';
import { CodePointIndex } from '../../../src/export/codePoints';
import { annotated, codePointOffset, codePointSlice, kb, text } from './fixture';

interface BratEntity {
  readonly id: string;
  readonly type: string;
  readonly fragments: [number, number][];
  readonly text: string;
}

/** Reads T (text-bound) and AnnotatorNotes lines the way brat does. */
function parseAnn(ann: string): { entities: BratEntity[]; notes: Map<string, string> } {
  const entities: BratEntity[] = [];
  const notes = new Map<string, string>();
  assert.ok(ann.endsWith('\n'));
  for (const line of ann.slice(0, -1).split('\n')) {
    assert.doesNotMatch(line, /\r/);
    const [id, data, tail] = line.split('\t');
    if (id.startsWith('T')) {
      const [, type, offsets] = /^(\S+) (.+)$/.exec(data) ?? assert.fail(`bad T line: ${line}`);
      const fragments = offsets.split(';').map((pair) => pair.split(' ').map(Number) as [number, number]);
      entities.push({ id, type, fragments, text: tail });
    } else if (id.startsWith('#')) {
      const [kind, target] = data.split(' ');
      assert.equal(kind, 'AnnotatorNotes');
      notes.set(target, tail);
    } else {
      assert.fail(`unexpected line: ${line}`);
    }
  }
  return { entities, notes };
}

describe('brat standoff export', () => {
  const { entities, notes } = parseAnn(toBratAnn(annotated, text));

  it('writes one T line and one note with the KB id per mention', () => {
    assert.equal(entities.length, annotated.mentions.length);
    assert.deepEqual(
      entities.map((e) => [e.id, e.type, notes.get(e.id)]),
      annotated.mentions.map((m, i) => [`T${i + 1}`, m.type[0].toUpperCase() + m.type.slice(1), m.id]),
    );
  });

  it('parses back to the same spans, in code points', () => {
    entities.forEach((entity, i) => {
      const m = annotated.mentions[i];
      const first = entity.fragments[0];
      const last = entity.fragments[entity.fragments.length - 1];
      assert.deepEqual([first[0], last[1]], [codePointOffset(m.start), codePointOffset(m.end)], entity.id);
      // brat's consistency rule: the text is the fragments' text joined by one space.
      assert.equal(entity.text, entity.fragments.map(([s, e]) => codePointSlice(s, e)).join(' '), entity.id);
      for (let f = 1; f < entity.fragments.length; f++) {
        assert.match(codePointSlice(entity.fragments[f - 1][1], entity.fragments[f][0]), /^\s*[\r\n]\s*$/);
      }
    });
  });

  it('splits a mention across a line break into fragments and replaces the break by a space', () => {
    const wrapped = entities.filter((e) => e.fragments.length > 1).map((e) => [notes.get(e.id), e.text, e.fragments]);
    assert.deepEqual(wrapped, [
      ['sco', 'Shanghai Cooperation Organisation', [[95, 103], [104, 128]]],
      ['treaty-of-good-neighbourliness', 'Treaty of Good- Neighbourliness and Friendly Cooperation', [[163, 178], [180, 220]]],
    ]);
  });

  it('counts an emoji as one character (a code point), not two UTF-16 units', () => {
    const sco = annotated.mentions[0];
    assert.equal(text.slice(sco.start, sco.end), 'SCO');
    assert.deepEqual([sco.start, sco.end], [45, 48]); // after 🤝 and 😀: two surrogate pairs
    assert.deepEqual(entities[0].fragments, [[43, 46]]);
    const wendt = entities.find((e) => notes.get(e.id) === 'alexander-wendt');
    assert.equal(wendt && codePointSlice(...wendt.fragments[0]), 'Wendt'); // after the flags 🇨🇳🇷🇺
  });

  it('cuts fragments at any stretch of whitespace holding a line break', () => {
    assert.deepEqual(bratFragments('a\r\n\r\n  b c', 0, 9), [{ start: 0, end: 1 }, { start: 7, end: 9 }]);
    assert.deepEqual(bratFragments('x Cold \n War', 2, 12), [{ start: 2, end: 6 }, { start: 9, end: 12 }]);
  });

  it('writes nothing for a text without mentions', () => {
    assert.equal(toBratAnn(annotateText('empty.txt', 'Nothing here.', kb), 'Nothing here.'), '');
  });
});

describe('UTF-16 to code point offsets', () => {
  it('matches Array.from on text with astral characters, in any call order', () => {
    const sample = 'a😀b𠀀c\u{1F1E8}\u{1F1F3}d';
    const index = new CodePointIndex(sample);
    const expected = (offset: number) => Array.from(sample.slice(0, offset)).length;
    const offsets = [0, 1, 3, 4, 6, 7, 11, 12, 3, 0, 12];
    assert.deepEqual(offsets.map((o) => index.at(o)), offsets.map(expected));
  });
});
