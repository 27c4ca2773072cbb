import { findSpanIndexAt, mergeSpans, type Span } from '../text';
import { isScalar, isSeq, LineCounter, parseDocument, visit, type Node, type Scalar } from 'yaml';
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
/** Lines indented deeper than this are dropped when the YAML parser overflows its stack. */
const MAX_INDENT = 200;

/**
 * Reads a KB file (YAML, or JSON, which YAML 1.2 accepts) into raw entries with their offsets.
 * Syntax errors are reported and every entry that still parses is returned.
 */
export function readKbFile(file: string, text: string): ReadKbFileResult {
  // Length-preserving clean-ups, so every offset still points into `text`:
  // - the yaml library rejects a leading BOM, and the space it used to become here indented line 1 by one
  //   column, which broke every block-style file; a line break is harmless, and `locate` takes it back off;
  // - a lone CR ends a line in YAML and in VS Code, but not in the yaml library (the file read as one line);
  // - tabs that indent a line are an error in YAML, after which the library loses the entries that
  //   follow; they become spaces here and are reported below.
  const bom = text.charCodeAt(0) === 0xfeff;
  const tabbed: number[] = [];
  const source = (bom ? '\n' + text.slice(1) : text)
    .replace(/\r(?!\n)/g, '\n')
    .replace(/(^|\n)(\t+)(?=[ \t]*[^\s#])/g, (_, lineBreak: string, tabs: string, offset: number) => {
      tabbed.push(offset + lineBreak.length);
      return lineBreak + ' '.repeat(tabs.length);
    });
  // Lines are counted here rather than by the library, whose LineCounter misses the line breaks inside
  // tokens it cannot parse (and then puts every later problem too few lines up).
  const lineCounter = new LineCounter();
  lineCounter.addNewLine(0);
  for (let i = source.indexOf('\n'); i >= 0; i = source.indexOf('\n', i + 1)) lineCounter.addNewLine(i + 1);
  const locate = (offset: number): { line: number; column: number } => {
    const pos = lineCounter.linePos(offset);
    if (!bom) return { line: pos.line, column: pos.col };
    return pos.line <= 2 ? { line: 1, column: offset + 1 } : { line: pos.line - 1, column: pos.col };
  };
  const diagnostics: KbDiagnostic[] = [];
  const report = (start: number, end: number, message: string, severity: 'error' | 'warning' = 'error'): void => {
    const { line, column } = locate(start);
    diagnostics.push({ file, line, column, start, end, severity, message });
  };
  // logLevel 'error': the library would print process warnings ("Keys with collection values will be
  // stringified") to the console of the CLI or the extension host; problems are reported as diagnostics.
  const parse = (yaml: string) => parseDocument(yaml, { prettyErrors: false, uniqueKeys: true, strict: false, logLevel: 'error' });

  let doc: ReturnType<typeof parseDocument>;
  try {
    doc = parse(source);
  } catch {
    // Block mappings nested a few thousand levels deep overflow the YAML parser's stack, and that
    // RangeError escapes parseDocument. Blank the over-indented lines (offsets and line numbers kept),
    // report them, and read the rest, so the file's other entries still load.
    const { text: shallow, runs } = blankDeepLines(source);
    try {
      doc = parse(shallow);
    } catch {
      report(0, Math.min(1, source.length), 'the file could not be read: it is nested too deeply');
      return { entries: [], diagnostics, locate };
    }
    for (const [start, end] of runs) {
      report(start, end, `nested too deeply (indented more than ${MAX_INDENT} columns): these lines are ignored`);
    }
  }

  // Quoted and block texts, and flow collections (JSON), where leading tabs are allowed.
  const quoted: Scalar[] = [];
  const tabsAllowed: Span[] = [];
  visit(doc, {
    Scalar: (_, node) => void (node.type !== 'PLAIN' && node.range && (quoted.push(node), tabsAllowed.push({ start: node.range[0], end: node.range[1] }))),
    Collection: (_, node) => void (node.flow && node.range && tabsAllowed.push({ start: node.range[0], end: node.range[1] })),
  });
  const allowed = mergeSpans(tabsAllowed);
  for (const offset of tabbed) {
    const i = findSpanIndexAt(allowed, offset);
    if (i >= 0 && offset < allowed[i].end) continue;
    report(offset, offset + 1, 'indented with a tab: YAML allows only spaces for indentation');
  }
  for (const error of doc.errors) {
    let [start, end] = error.pos;
    // The library turns a stack overflow in deeply nested flow collections into this error.
    let message = /Maximum call stack/.test(error.message) ? 'nested too deeply to read' : firstLine(error.message);
    if (error.code === 'MISSING_CHAR' && /quote/.test(message)) {
      // Reported where the file ends; the user needs the line where the quote opens.
      const open = quoted.find((node) => node.range![1] === start);
      if (open) [start, end, message] = [open.range![0], open.range![0] + 1, `${message}: the text that starts here is never closed`];
    }
    report(start, Math.max(end, start + 1), `YAML syntax error: ${message}`);
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
      // toJS for every item, not toJSON: an alias item ("- *entry") then resolves, with the same limit.
      value = node.toJS(doc, { maxAliasCount: MAX_ALIAS_EXPANSIONS });
    } catch (e) {
      report(start, end, `entry could not be read: ${firstLine(e instanceof Error ? e.message : String(e))}`);
      continue;
    }
    entries.push({ value, node, start, end });
  }
  return { entries, diagnostics, locate };
}

function firstLine(message: string): string {
  return message.split('\n')[0].trim();
}

/** Replaces lines indented more than MAX_INDENT columns (block and "- " indicators counted) by spaces. */
function blankDeepLines(text: string): { text: string; runs: [number, number][] } {
  const runs: [number, number][] = [];
  const out = text.replace(/[^\n]+/g, (line: string, offset: number) => {
    const indent = /^(?:[ \t]|[-?:](?=[ \t]|$))*/.exec(line)![0].length;
    if (indent <= MAX_INDENT) return line;
    const last = runs[runs.length - 1];
    if (last && /^\s*$/.test(text.slice(last[1], offset))) last[1] = offset + line.length;
    else runs.push([offset, offset + line.length]);
    return ' '.repeat(line.length);
  });
  return { text: out, runs };
}
