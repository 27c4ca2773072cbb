import { formatDiagnostic, KnowledgeBase, loadKnowledge } from '../kb';
import { CliError, readTextFile } from './readTextFile';

/** The bundled KB, extended by `--kb` files; their errors are fatal, with file and line. */
export function extendKnowledge(bundled: KnowledgeBase, extraFiles: readonly string[]): KnowledgeBase {
  if (extraFiles.length === 0) return bundled;
  const sources = extraFiles.map((file) => ({ file, text: readTextFile(file), layer: 3 }));
  const { entries, diagnostics } = loadKnowledge(sources, { base: bundled.entries });
  const errors = diagnostics.filter((d) => d.severity === 'error' && extraFiles.includes(d.file));
  if (errors.length > 0) throw new CliError(errors.map(formatDiagnostic).join('\n'));
  return new KnowledgeBase(entries);
}
