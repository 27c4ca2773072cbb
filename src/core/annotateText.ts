import type { KnowledgeBase } from '../kb';
import { LineIndex } from '../text';
import { analyzeDocument } from './analysis';
import { createDocument } from './document';

/** One mention as `annotate` and the exports print it; `line`/`character` are 0-based. */
export interface AnnotatedMention {
  readonly start: number;
  readonly end: number;
  readonly line: number;
  readonly character: number;
  readonly type: string;
  readonly subtype: string;
  readonly id: string;
  readonly name: string;
  readonly text: string;
  readonly alternatives?: readonly string[];
}

export interface AnnotatedFile {
  readonly file: string;
  readonly language: string;
  readonly mentions: readonly AnnotatedMention[];
}

/** Mentions of one text with line/character positions, for the CLI and the exports. */
export function annotateText(file: string, text: string, kb: KnowledgeBase): AnnotatedFile {
  const analysis = analyzeDocument(createDocument(file, text), kb);
  const lines = new LineIndex(text);
  const mentions = analysis.mentions.map((m) => {
    const { line, character } = lines.positionAt(m.start);
    return {
      start: m.start,
      end: m.end,
      line,
      character,
      type: m.entry.type,
      subtype: m.entry.subtype,
      id: m.entry.id,
      name: m.entry.name,
      text: text.slice(m.start, m.end),
      ...(m.alternatives ? { alternatives: m.alternatives } : {}),
    };
  });
  return { file, language: analysis.document.language, mentions };
}
