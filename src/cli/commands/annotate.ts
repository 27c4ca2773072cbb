import { KnowledgeBase, formatDiagnostic, loadKnowledge } from '../../kb';
import { annotateText } from '../../core/annotateText';
import type { CliContext, OutputFormat } from '../io';
import { CliError, readTextFile } from '../readTextFile';

export { annotateText, type AnnotatedFile, type AnnotatedMention } from '../../core/annotateText';

/** The bundled KB, extended by `--kb` files; their errors are fatal, with file and line. */
export function knowledgeWithExtras(context: CliContext, extraFiles: readonly string[]): KnowledgeBase {
  const bundled = context.bundledKnowledge();
  if (extraFiles.length === 0) return bundled;
  const sources = extraFiles.map((file) => ({ file, text: readTextFile(file), layer: 3 }));
  const { entries, diagnostics } = loadKnowledge(sources, { base: bundled.entries });
  const errors = diagnostics.filter((d) => d.severity === 'error' && extraFiles.includes(d.file));
  if (errors.length > 0) throw new CliError(errors.map(formatDiagnostic).join('\n'));
  return new KnowledgeBase(entries);
}

export function runAnnotate(context: CliContext, files: readonly string[], format: OutputFormat, extraKb: readonly string[]): number {
  if (files.length === 0) throw new CliError('annotate: give at least one file');
  const kb = knowledgeWithExtras(context, extraKb);
  const texts = files.map((file) => [file, readTextFile(file)] as const); // fail before printing anything
  for (const [file, text] of texts) {
    const annotated = annotateText(file, text, kb);
    if (format === 'json') {
      context.io.stdout(JSON.stringify(annotated) + '\n');
    } else {
      for (const m of annotated.mentions) {
        context.io.stdout(`${file}:${m.line + 1}:${m.character + 1}\t${m.type}/${m.subtype}\t${m.id}\t${JSON.stringify(m.text)}\n`);
      }
    }
  }
  return 0;
}
