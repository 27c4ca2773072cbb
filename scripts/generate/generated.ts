/**
 * Files (or parts of files) that are made from one source in the code. `npm run generate` rewrites
 * them; test/unit/generated.test.ts fails when one is stale.
 */
import { kbFormatTables } from './kbFormatTables';

export interface GeneratedPart {
  /** Path from the repository root. */
  readonly file: string;
  /** Replaces the text between `<!-- generated:NAME -->` and `<!-- /generated:NAME -->`; the whole file when absent. */
  readonly marker?: string;
  readonly content: () => string;
}

export const GENERATED: readonly GeneratedPart[] = [{ file: 'src/kb/data/FORMAT.md', marker: 'fields', content: kbFormatTables }];

/** The file's text with the part brought up to date. */
export function withPart(text: string, part: GeneratedPart): string {
  const content = part.content();
  if (!part.marker) return content;
  const open = `<!-- generated:${part.marker} -->`;
  const close = `<!-- /generated:${part.marker} -->`;
  const start = text.indexOf(open);
  const end = text.indexOf(close);
  if (start < 0 || end < start) throw new Error(`${part.file}: markers ${open} ... ${close} not found`);
  return text.slice(0, start + open.length) + '\n' + content.trim() + '\n' + text.slice(end);
}
