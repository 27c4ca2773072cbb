import { analyzeDocument } from '../../core/analysis';
import { createDocument } from '../../core/document';
import { extractArgumentOutline } from '../../outline/extractArgumentOutline';
import { outlineToMarkdown } from '../../outline/outlineToMarkdown';
import type { OutlineUnit } from '../../outline/types';
import type { CliContext } from '../io';
import { CliError, readTextFile } from '../readTextFile';
import { knowledgeWithExtras } from './annotate';

export type OutlineFormat = 'json' | 'markdown';
export const OUTLINE_FORMATS: readonly OutlineFormat[] = ['json', 'markdown'];

export interface OutlinedFile {
  readonly file: string;
  readonly outline: readonly OutlineUnit[];
}

/**
 * `ir-lens outline <file...> [--format json|markdown]`: the argument outline of each file. JSON is
 * one object per file and line, `{"file", "outline": [{role, level, start, end, label, cue,
 * entities, children}]}`, with UTF-16 offsets into the text as read.
 */
export function runOutline(context: CliContext, files: readonly string[], format: OutlineFormat, extraKb: readonly string[]): number {
  if (files.length === 0) throw new CliError('outline: give at least one file');
  const kb = knowledgeWithExtras(context, extraKb);
  const texts = files.map((file) => [file, readTextFile(file)] as const); // fail before printing anything
  for (const [file, text] of texts) {
    const analysis = analyzeDocument(createDocument(file, text), kb);
    const outline = extractArgumentOutline({
      text,
      language: analysis.document.language,
      ...(analysis.markdown ? { tree: analysis.markdown.tree } : {}),
      mentions: analysis.mentions,
    });
    if (format === 'json') {
      const result: OutlinedFile = { file, outline };
      context.io.stdout(JSON.stringify(result) + '\n');
    } else {
      if (texts.length > 1) context.io.stdout(`# ${file}\n\n`);
      context.io.stdout(outlineToMarkdown(outline) + (texts.length > 1 ? '\n' : ''));
    }
  }
  return 0;
}
