import { Document, isSeq, parseDocument } from 'yaml';

/** A new entry as "Add to knowledge base" writes it. */
export interface NewKbEntry {
  readonly id: string;
  readonly type: string;
  readonly subtype: string;
  readonly name: string;
  readonly aliases?: readonly string[];
  readonly summary?: string;
}

/** One text insertion: everything outside [start, end) stays byte-identical. */
export interface TextEdit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

function plainEntry(entry: NewKbEntry): Record<string, unknown> {
  const out: Record<string, unknown> = { id: entry.id, type: entry.type, subtype: entry.subtype, name: entry.name };
  if (entry.aliases && entry.aliases.length > 0) out.aliases = [...entry.aliases];
  if (entry.summary) out.summary = entry.summary;
  return out;
}

/**
 * The edit that adds `entry` to a KB file. For a YAML file whose top level is a block list (or which
 * is empty), the entry is appended as YAML produced by the `yaml` Document API, so comments,
 * ordering and formatting of everything already there are untouched. A JSON file (or a YAML flow
 * list) is rewritten with the entry added at the end of its list.
 */
export function addEntryEdit(fileText: string, entry: NewKbEntry, format: 'yaml' | 'json'): TextEdit {
  if (format === 'json') return jsonEdit(fileText, entry);
  const doc = parseDocument(fileText);
  const root = doc.contents;
  const isEmpty = root === null; // empty, or comments only
  if (!isEmpty && !(isSeq(root) && !root.flow)) {
    if (isSeq(root)) {
      (root.items as unknown[]).push(doc.createNode(plainEntry(entry)));
      return { start: 0, end: fileText.length, text: doc.toString() };
    }
    throw new Error('this KB file is not a list of entries; fix it before adding to it');
  }
  const item = new Document([plainEntry(entry)]).toString({ lineWidth: 0 });
  const separator = fileText.length === 0 || fileText.endsWith('\n') ? '' : '\n';
  return { start: fileText.length, end: fileText.length, text: separator + item };
}

function jsonEdit(fileText: string, entry: NewKbEntry): TextEdit {
  const list: unknown = fileText.trim() === '' ? [] : JSON.parse(fileText);
  if (!Array.isArray(list)) throw new Error('this KB file is not a JSON list of entries; fix it before adding to it');
  list.push(plainEntry(entry));
  return { start: 0, end: fileText.length, text: JSON.stringify(list, null, 2) + '\n' };
}

/** Applies an edit to a text (for tests; the editor applies WorkspaceEdits). */
export function applyEdit(text: string, edit: TextEdit): string {
  return text.slice(0, edit.start) + edit.text + text.slice(edit.end);
}
