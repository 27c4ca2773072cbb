import type { AnnotatedFile } from '../core/annotateText';
import { toBratAnn } from './brat';
import { toCsv } from './csv';
import { toWebAnnotations } from './webAnnotation';

export const EXPORT_FORMATS = ['json', 'w3c', 'csv', 'brat'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportOptions {
  /** URI of the source file, the `target.source` of W3C annotations (e.g. `file:///home/me/paper.md`). */
  readonly source: string;
}

/**
 * One file's mentions in an export format, as the text of the file to write:
 * - `json`: the `annotate --format json` object;
 * - `w3c`: a W3C Web Annotation collection (JSON-LD);
 * - `csv`: `start,end,line,type,id,name,text`, RFC 4180;
 * - `brat`: a brat standoff `.ann` file.
 * `text` must be the text the mentions were found in (their offsets index it).
 */
export function exportAnnotations(format: ExportFormat, annotated: AnnotatedFile, text: string, options: ExportOptions): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(annotated)}\n`;
    case 'w3c':
      return `${JSON.stringify(toWebAnnotations(annotated, text, options.source), null, 2)}\n`;
    case 'csv':
      return toCsv(annotated);
    case 'brat':
      return toBratAnn(annotated, text);
  }
}
