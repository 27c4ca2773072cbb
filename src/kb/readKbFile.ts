import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type YAMLMap } from 'yaml';
import type { KbDiagnostic } from './diagnostics';

/** One raw entry as read from a file, before validation, with where it sits. */
export interface RawEntry {
  readonly value: unknown;
  readonly node: Node;
  readonly start: number;
  readonly end: number;
}

export interface ReadKbFileResult {
  readonly entries: RawEntry[];
  readonly diagnostics: KbDiagnostic[];
  /** Maps an offset in the file to a 1-based line and column. */
  readonly locate: (offset: number) => { line: number; column: number };
}

/** Limits that keep a hostile file (alias bombs, huge documents) from exhausting memory. */
const MAX_ALIAS_EXPANSIONS = 100;

/**
 * Reads a KB file (YAML, or JSON, which YAML 1.2 accepts) into raw entries with their offsets.
 * Syntax errors are reported and every entry that still parses is returned.
 */
export function readKbFile(file: string, text: string): ReadKbFileResult {
  const lineCounter = new LineCounter();
  const source = text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text; // keep offsets, drop the BOM
  const doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true, strict: false });
  const locate = (offset: number): { line: number; column: number } => {
    const pos = lineCounter.linePos(offset);
    return { line: pos.line, column: pos.col };
  };
  const diagnostics: KbDiagnostic[] = [];
  const report = (start: number, end: number, message: string, severity: 'error' | 'warning' = 'error'): void => {
    const { line, column } = locate(start);
    diagnostics.push({ file, line, column, start, end, severity, message });
  };

  for (const error of doc.errors) {
    const [start, end] = error.pos;
    report(start, Math.max(end, start + 1), `YAML syntax error: ${firstLine(error.message)}`);
  }
  for (const warning of doc.warnings) {
    const [start, end] = warning.pos;
    report(start, Math.max(end, start + 1), `YAML: ${firstLine(warning.message)}`, 'warning');
  }

  const entries: RawEntry[] = [];
  const root = doc.contents;
  if (root === null || (isScalar(root) && (root.value === null || root.value === ''))) {
    return { entries, diagnostics, locate };
  }
  if (!isSeq(root)) {
    const [start, end] = root.range ?? [0, 0];
    report(start, end, 'a KB file must be a list of entries (start each entry with "- id: ...")');
    return { entries, diagnostics, locate };
  }
  for (const item of root.items) {
    if (!item || typeof item !== 'object' || !('range' in item) || !item.range) continue;
    const node = item as Node;
    const [start, , end] = node.range!;
    let value: unknown;
    try {
      value = isMap(node) ? mapToJs(doc, node) : (node as Node).toJSON();
    } catch (e) {
      report(start, end, `entry could not be read: ${firstLine(e instanceof Error ? e.message : String(e))}`);
      continue;
    }
    entries.push({ value, node, start, end });
  }
  return { entries, diagnostics, locate };
}

function mapToJs(doc: ReturnType<typeof parseDocument>, node: YAMLMap): unknown {
  return node.toJS(doc, { maxAliasCount: MAX_ALIAS_EXPANSIONS });
}

function firstLine(message: string): string {
  return message.split('\n')[0].trim();
}
