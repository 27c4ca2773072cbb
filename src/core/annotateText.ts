import type { KbEntry, KnowledgeBase } from '../kb';
import { LineIndex } from '../text';
import { analyzeDocument, type DocumentAnalysis } from './analysis';
import { createDocument } from './document';
import { JsonBytes } from './jsonBytes';
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
 * `JSON.stringify(annotateAnalysis(file, analysis)) + suffix` as UTF-8 bytes, written directly: the same
 * text, without an object or a string per mention (the CLI prints hundreds of thousands of mentions for
 * one corpus file). Each entry's constant fields are encoded once.
 */
export function annotatedJson(file: string, analysis: DocumentAnalysis, suffix = ''): Uint8Array {
  const text = analysis.document.text;
  const mentions = analysis.mentions;
  const positionAt = new LineIndex(text).forwardCursor();
  const fixed = new Map<KbEntry, Uint8Array>();
  // About 170 bytes per mention of the bench's corpus: one buffer, rarely grown.
  const out = new JsonBytes(mentions.length * 192 + 256);
  out.raw(`{"file":${JSON.stringify(file)},"language":${JSON.stringify(analysis.document.language)},"mentions":[`);
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    let entry = fixed.get(m.entry);
    if (entry === undefined) {
      entry = Buffer.from(`,"type":${JSON.stringify(m.entry.type)},"subtype":${JSON.stringify(m.entry.subtype)},"id":${JSON.stringify(m.entry.id)},"source":"${sourceOf(m.entry)}","name":${JSON.stringify(m.entry.name)},"text":`);
      fixed.set(m.entry, entry);
    }
    const { line, character } = positionAt(m.start);
    out.bytes(i > 0 ? NEXT_START : FIRST_START);
    out.natural(m.start);
    out.bytes(END);
    out.natural(m.end);
    out.bytes(LINE);
    out.natural(line);
    out.bytes(CHARACTER);
    out.natural(character);
    out.bytes(entry);
    out.string(text, m.start, m.end);
    if (m.alternatives) out.raw(`,"alternatives":${JSON.stringify(m.alternatives)}`);
    out.ascii(0x7d); // }
  }
  out.raw(']}' + suffix);
  return out.result();
}

const FIRST_START = Buffer.from('{"start":');
const NEXT_START = Buffer.from(',{"start":');
const END = Buffer.from(',"end":');
const LINE = Buffer.from(',"line":');
const CHARACTER = Buffer.from(',"character":');
