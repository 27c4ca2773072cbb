import type { KbEntry, KnowledgeBase } from '../kb';
import { LineIndex } from '../text';
import { analyzeDocument, type DocumentAnalysis } from './analysis';
import { createDocument } from './document';
import { sourceOf, type EntitySource } from './recognition';

/** One mention as `annotate` and the exports print it; `line`/`character` are 0-based. */
export interface AnnotatedMention {
  readonly start: number;
  readonly end: number;
  readonly line: number;
  readonly character: number;
  readonly type: string;
  readonly subtype: string;
  /** `doc:...` for an entity the paper names itself. */
  readonly id: string;
  /** "kb" for a knowledge-base entry, "document" for an entity the paper names itself. */
  readonly source: EntitySource;
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
  return annotateAnalysis(file, analyzeDocument(createDocument(file, text), kb));
}

/** The same for an analysis already made (the CLI makes it in steps). */
export function annotateAnalysis(file: string, analysis: DocumentAnalysis): AnnotatedFile {
  const text = analysis.document.text;
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
      source: sourceOf(m.entry),
      name: m.entry.name,
      text: text.slice(m.start, m.end),
      ...(m.alternatives ? { alternatives: m.alternatives } : {}),
    };
  });
  return { file, language: analysis.document.language, mentions };
}

/**
 * `JSON.stringify(annotateAnalysis(file, analysis))` as UTF-8 bytes, written directly: the same text,
 * without an object per mention, and without keeping a string per mention alive until the end (the CLI
 * prints hundreds of thousands of mentions for one corpus file, and those strings cost more in garbage
 * collection than the rest of the work). Each entry's constant fields are escaped once.
 */
export function annotatedJson(file: string, analysis: DocumentAnalysis, suffix = ''): Uint8Array {
  const text = analysis.document.text;
  const lines = new LineIndex(text);
  const fixed = new Map<KbEntry, string>();
  const out = new ByteWriter(Math.max(1024, analysis.mentions.length * 160));
  out.write(`{"file":${JSON.stringify(file)},"language":${JSON.stringify(analysis.document.language)},"mentions":[`);
  const mentions = analysis.mentions;
  const positionAt = lines.forwardCursor();
  const chunk: string[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    let entry = fixed.get(m.entry);
    if (entry === undefined) {
      entry = `,"type":${JSON.stringify(m.entry.type)},"subtype":${JSON.stringify(m.entry.subtype)},"id":${JSON.stringify(m.entry.id)},"source":"${sourceOf(m.entry)}","name":${JSON.stringify(m.entry.name)},"text":`;
      fixed.set(m.entry, entry);
    }
    const { line, character } = positionAt(m.start);
    // One string per mention, joined and written in runs of a hundred: fewer, larger writes of flat strings.
    chunk.push(
      `${i > 0 ? ',' : ''}{"start":${m.start},"end":${m.end},"line":${line},"character":${character}${entry}${JSON.stringify(text.slice(m.start, m.end))}` +
        (m.alternatives ? `,"alternatives":${JSON.stringify(m.alternatives)}}` : '}'),
    );
    if (chunk.length === 128) {
      out.write(chunk.join(''));
      chunk.length = 0;
    }
  }
  out.write(chunk.join(''));
  out.write(']}' + suffix);
  return out.bytes();
}

/** A growing buffer of UTF-8 text. */
class ByteWriter {
  private buffer: Buffer;
  private length = 0;

  constructor(capacity: number) {
    // Never from Buffer's shared pool: the CLI hands these bytes to another thread by transfer.
    this.buffer = Buffer.allocUnsafeSlow(capacity);
  }

  write(text: string): void {
    // At most three bytes per UTF-16 unit.
    if (this.length + text.length * 3 > this.buffer.length) {
      const bigger = Buffer.allocUnsafeSlow(Math.max(this.buffer.length * 2, this.length + text.length * 3));
      this.buffer.copy(bigger, 0, 0, this.length);
      this.buffer = bigger;
    }
    this.length += this.buffer.write(text, this.length, 'utf8');
  }

  bytes(): Uint8Array {
    return this.buffer.subarray(0, this.length);
  }
}
