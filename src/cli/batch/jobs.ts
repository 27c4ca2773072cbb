import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyzeDocumentInSteps } from '../../core/incremental';
import { annotateAnalysis, annotatedJson } from '../../core/annotateText';
import { createDocument } from '../../core/document';
import { EXPORT_FORMAT_INFO, exportAnnotations, type ExportFormat } from '../../export/exportAnnotations';
import type { KnowledgeBase } from '../../kb';
import { extractArgumentOutline, outlineToMarkdown, paragraphMap, paragraphMapToMarkdown } from '../../outline';
import { CliError } from '../readTextFile';

/** What one file's job is: the command, its output format, and where export writes. */
export type JobSpec =
  | { readonly command: 'annotate'; readonly format: 'json' | 'jsonl' | 'text'; readonly summary: boolean }
  | { readonly command: 'outline'; readonly format: 'json' | 'jsonl' | 'markdown'; readonly paragraphs: boolean; readonly multiple: boolean }
  | { readonly command: 'export'; readonly format: ExportFormat; readonly outDir?: string; readonly outFile?: string };

/** Entity counts of one file, for `--summary csv`: [id, name, type, subtype, count]. */
export type EntityCount = readonly [string, string, string, string, number];

export interface JobOutput {
  /** Text for stdout (empty when the job wrote a file). */
  readonly output: string | Uint8Array;
  readonly counts?: readonly EntityCount[];
}

/**
 * One file's work, the same in the main thread and in a worker: analysis through the stepwise path the
 * extension uses (one remark parse of a whole long file is slower and needs more memory), then the
 * command's output as text.
 */
export function runJob(file: string, text: string, kb: KnowledgeBase, spec: JobSpec, relativePath = file): JobOutput {
  const analysis = analyzeDocumentInSteps(createDocument(file, text), kb);
  switch (spec.command) {
    case 'annotate': {
      if (spec.summary) return { output: '', counts: countEntities(analysis.mentions) };
      if (spec.format === 'text') {
        const annotated = annotateAnalysis(file, analysis);
        return { output: annotated.mentions.map((m) => `${file}:${m.line + 1}:${m.character + 1}\t${m.type}/${m.subtype}\t${m.id}\t${JSON.stringify(m.text)}\n`).join('') };
      }
      return { output: annotatedJson(file, analysis, '\n') };
    }
    case 'outline': {
      if (spec.paragraphs) {
        const map = paragraphMap({ text, language: analysis.document.language, ...(analysis.markdown ? { tree: analysis.markdown.tree } : {}) });
        if (spec.format === 'markdown') return { output: (spec.multiple ? `# ${file}\n\n` : '') + paragraphMapToMarkdown(map) + (spec.multiple ? '\n' : '') };
        return { output: JSON.stringify({ file, paragraphs: map }) + '\n' };
      }
      const outline = extractArgumentOutline({
        text,
        language: analysis.document.language,
        ...(analysis.markdown ? { tree: analysis.markdown.tree } : {}),
        mentions: analysis.mentions,
      });
      if (spec.format === 'markdown') return { output: (spec.multiple ? `# ${file}\n\n` : '') + outlineToMarkdown(outline) + (spec.multiple ? '\n' : '') };
      return { output: JSON.stringify({ file, outline }) + '\n' };
    }
    case 'export': {
      const output = exportAnnotations(spec.format, annotateAnalysis(file, analysis), text, { source: pathToFileURL(resolve(file)).href });
      const target = spec.outFile ?? (spec.outDir !== undefined ? join(spec.outDir, relativePath + EXPORT_FORMAT_INFO[spec.format].extension) : undefined);
      if (target === undefined) return { output };
      if (resolve(target) === resolve(file)) throw new CliError(`export: ${target} would overwrite the input file`);
      try {
        // --out-dir mirrors the inputs' folders; --out names a file whose folder must exist.
        if (spec.outFile === undefined) mkdirSync(dirname(target), { recursive: true });
        writeFileSync(target, output, 'utf8');
      } catch (error) {
        throw new CliError(`${target}: cannot write (${error instanceof Error && 'code' in error ? String(error.code) : String(error)})`);
      }
      return { output: '' };
    }
  }
}

function countEntities(mentions: readonly { readonly entry: { readonly id: string; readonly name: string; readonly type: string; readonly subtype: string } }[]): EntityCount[] {
  const counts = new Map<string, [string, string, string, string, number]>();
  for (const { entry } of mentions) {
    const row = counts.get(entry.id);
    if (row) row[4]++;
    else counts.set(entry.id, [entry.id, entry.name, entry.type, entry.subtype, 1]);
  }
  return [...counts.values()].sort((a, b) => b[4] - a[4] || a[0].localeCompare(b[0]));
}
