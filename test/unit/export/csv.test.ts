import * as assert from 'node:assert/strict';
import { annotateText } from '../../../src/core/annotateText';
import { csvField, toCsv } from '../../../src/export/csv';
import { annotated, kb } from './fixture';

/** A strict RFC 4180 reader: CRLF between records, quoted fields may hold commas, quotes and line breaks. */
function parseCsv(input: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let i = 0;
  for (;;) {
    let field = '';
    if (input[i] === '"') {
      i++;
      for (;;) {
        if (i >= input.length) throw new Error('unterminated quoted field');
        if (input[i] === '"') {
          if (input[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        field += input[i++];
      }
    } else {
      while (i < input.length && input[i] !== ',' && input[i] !== '\r' && input[i] !== '\n') {
        if (input[i] === '"') throw new Error(`bare quote in an unquoted field at ${i}`);
        field += input[i++];
      }
    }
    record.push(field);
    if (input[i] === ',') {
      i++;
      continue;
    }
    if (input.startsWith('\r\n', i)) {
      records.push(record);
      record = [];
      i += 2;
      if (i === input.length) return records;
      continue;
    }
    throw new Error(`expected a comma or CRLF at ${i}, found ${JSON.stringify(input[i] ?? 'end of input')}`);
  }
}

describe('CSV export', () => {
  const rows = parseCsv(toCsv(annotated));

  it('starts with the header start,end,line,type,id,name,text,source', () => {
    assert.deepEqual(rows[0], ['start', 'end', 'line', 'type', 'id', 'name', 'text', 'source']);
  });

  it('parses back to one row per mention, line 1-based', () => {
    assert.deepEqual(
      rows.slice(1),
      annotated.mentions.map((m) => [String(m.start), String(m.end), String(m.line + 1), m.type, m.id, m.name, m.text, m.source]),
    );
    assert.equal(rows.length, annotated.mentions.length + 1);
  });

  it('round-trips fields holding a comma, double quotes, LF and CRLF', () => {
    const byId = (id: string) => rows.slice(1).filter((r) => r[4] === id);
    assert.equal(byId('sino-soviet-treaty-1950')[0][6], 'Sino-Soviet Treaty of Friendship, Alliance and Mutual Assistance');
    assert.equal(byId('shanghai-spirit')[0][5], 'the "Shanghai Spirit"');
    assert.deepEqual(byId('sco').map((r) => r[6]), ['SCO', 'Shanghai\nCooperation Organisation']);
    assert.equal(byId('treaty-of-good-neighbourliness')[0][6], 'Treaty of Good-\r\nNeighbourliness and Friendly Cooperation');
    assert.equal(byId('sco')[1][2], '3');
  });

  it('quotes only the fields that need it', () => {
    assert.equal(csvField('plain text'), 'plain text');
    assert.equal(csvField('a,b'), '"a,b"');
    assert.equal(csvField('say "hi"'), '"say ""hi"""');
    assert.equal(csvField('one\ntwo'), '"one\ntwo"');
    assert.equal(csvField('one\rtwo'), '"one\rtwo"');
    assert.equal(csvField(''), '');
    assert.ok(toCsv(annotated).includes('\r\n319,334,7,theory,shanghai-spirit,"the ""Shanghai Spirit""",Shanghai Spirit,kb\r\n'));
  });

  it('is just the header for a text without mentions', () => {
    assert.equal(toCsv(annotateText('empty.md', 'Nothing to see here.', kb)), 'start,end,line,type,id,name,text,source\r\n');
  });
});
