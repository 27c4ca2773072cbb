/** A problem found in a KB file, with where it is. `line` and `column` are 1-based. */
export interface KbDiagnostic {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  /** UTF-16 offsets into the file's text, for editors that underline the exact range. */
  readonly start: number;
  readonly end: number;
  readonly severity: 'error' | 'warning';
  readonly message: string;
  readonly entryId?: string;
}

export function formatDiagnostic(d: KbDiagnostic): string {
  return `${d.file}:${d.line}:${d.column}: ${d.severity}: ${d.message}`;
}
