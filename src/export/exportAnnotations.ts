import type { AnnotatedFile } from '../core/annotateText';
import { toBratAnn } from './brat';
import { toCsv } from './csv';
import { toWebAnnotations } from './webAnnotation';

/** The export formats, declared once: what the CLI accepts, what the export command offers and names files. */
export const EXPORT_FORMAT_INFO = {
  json: { extension: '.annotations.json', description: 'IR Lens JSON (as the annotate command prints it)' },
  w3c: { extension: '.annotations.jsonld', description: 'W3C Web Annotation (JSON-LD)' },
  csv: { extension: '.annotations.csv', description: 'CSV, one row per mention' },
  brat: { extension: '.ann', description: 'brat standoff (.ann)' },
} as const;
export type ExportFormat = keyof typeof EXPORT_FORMAT_INFO;
export const EXPORT_FORMATS = Object.keys(EXPORT_FORMAT_INFO) as readonly ExportFormat[];

export interface ExportOptions {
  /** URI of the source file, the `target.source` of W3C annotations (e.g. `file:///home/me/paper.md`). */
  readonly source: string;
}

/**
 * One file's mentions in an export format, as the text of the file to write:
 * - `json`: the `annotate --format json` object;
 * - `w3c`: a W3C Web Annotation collection (JSON-LD);
 * - `csv`: `start,end,line,type,id,name,text,source`, RFC 4180;
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
