import type { AnnotatedFile } from '../core/annotateText';

export const CSV_HEADER = ['start', 'end', 'line', 'type', 'id', 'name', 'text', 'source'] as const;

/**
 * Mentions as CSV (RFC 4180): a header row, then one row per mention, rows ending in CRLF.
 * `start`/`end` are UTF-16 offsets as in `annotate`; `line` is 1-based, as editors number lines.
 *
 *   start,end,line,type,id,name,text,source
 *   4,7,1,actor,sco,Shanghai Cooperation Organisation,SCO,kb
 */
export function toCsv(annotated: AnnotatedFile): string {
  let out = csvRow(CSV_HEADER);
  for (const m of annotated.mentions) out += csvRow([String(m.start), String(m.end), String(m.line + 1), m.type, m.id, m.name, m.text, m.source]);
  return out;
}

/** One CSV row, fields quoted where needed, ending in CRLF. */
export function csvRow(fields: readonly string[]): string {
  return `${fields.map(csvField).join(',')}\r\n`;
}

/** A field quoted where RFC 4180 requires it (comma, double quote, CR or LF), quotes doubled. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
