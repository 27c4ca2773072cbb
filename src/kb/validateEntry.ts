import { isMap, isSeq, type Node } from 'yaml';
import type { KbDiagnostic } from './diagnostics';
import type { RawEntry } from './readKbFile';
import {
  ALIAS_KEYS,
  ALIAS_SCHEMA,
  cleanText,
  CONTROL_CHARS,
  DEFAULT_SUBTYPE,
  ENTITY_TYPES,
  fieldSchema,
  ID_PATTERN,
  LIMITS,
  SUBTYPES,
  type Alias,
  type EntityType,
  type KbEntry,
  type Subtype,
} from './schema';
import { fieldProblem, normalise } from './schemaCheck';

export interface ValidatedEntry {
  readonly entry?: KbEntry;
  readonly diagnostics: KbDiagnostic[];
}

type Locate = (offset: number) => { line: number; column: number };

/**
 * Checks one raw entry against the schema and returns it normalised (aliases as objects,
 * dates as strings, `related` always a list). An entry with an error in a required field is
 * dropped; a bad optional field is reported and left out, and the rest of the entry still loads.
 */
export function validateEntry(raw: RawEntry, file: string, locate: Locate): ValidatedEntry {
  const diagnostics: KbDiagnostic[] = [];
  const value = raw.value;
  const id = isRecord(value) && typeof value.id === 'string' ? value.id : undefined;
  const report = (node: Node | undefined, message: string, severity: 'error' | 'warning' = 'error'): void => {
    const [start, end] = node?.range ? [node.range[0], node.range[1]] : [raw.start, raw.end];
    const { line, column } = locate(start);
    diagnostics.push({ file, line, column, start, end, severity, message, ...(id ? { entryId: id } : {}) });
  };
  const fieldNode = (key: string, at: 'value' | 'key' = 'value'): Node | undefined => {
    if (!isMap(raw.node)) return undefined;
    const pair = raw.node.items.find((p) => (p.key as { value?: unknown } | null)?.value === key);
    return ((at === 'value' ? pair?.value : undefined) as Node | null) ?? (pair?.key as Node | null) ?? undefined;
  };

  if (!isRecord(value)) {
    report(raw.node, 'an entry must be a mapping with at least id, type and name');
    return { diagnostics };
  }
  if (typeof value.id !== 'string' || value.id.trim() === '') {
    // "id: 5" or "id: [a]" is there but not text: saying it is missing would send the user looking for it.
    const present = value.id !== undefined && value.id !== null && value.id !== '';
    report(fieldNode('id') ?? raw.node, present ? `bad id ${describe(value.id)}: an id is text such as "sco"` : 'missing id: every entry needs an id such as "sco"');
    return { diagnostics };
  }
  if (!ID_PATTERN.test(value.id) || value.id.length > 100) {
    report(fieldNode('id'), `bad id "${clip(value.id)}": use letters, digits, ".", "_" and "-"`);
    return { diagnostics };
  }
  if (typeof value.type !== 'string' || !(ENTITY_TYPES as readonly string[]).includes(value.type)) {
    report(fieldNode('type') ?? raw.node, `unknown type ${describe(value.type)}: expected one of ${ENTITY_TYPES.join(', ')}`);
    return { diagnostics };
  }
  const type = value.type as EntityType;
  const subtypes = SUBTYPES[type] as readonly string[];
  let subtype: Subtype = DEFAULT_SUBTYPE[type];
  if (value.subtype !== undefined) {
    if (typeof value.subtype === 'string' && subtypes.includes(value.subtype)) subtype = value.subtype as Subtype;
    else report(fieldNode('subtype'), `unknown subtype ${describe(value.subtype)} for ${type}: expected one of ${subtypes.join(', ')}`);
  }
  const name = cleanText(value.name);
  if (!name) {
    const present = value.name !== undefined && value.name !== null && (typeof value.name !== 'string' || value.name.trim() !== '');
    report(fieldNode('name') ?? raw.node, present ? `name must be text, not ${describe(value.name)}` : 'missing name: every entry needs a name');
    return { diagnostics };
  }
  if (/\p{Cs}/u.test(name)) {
    // The name is matched like an alias; see readAlias.
    report(fieldNode('name'), 'name contains an unpaired surrogate (a broken \\u escape)');
    return { diagnostics };
  }

  const entry: Record<string, unknown> = { id: value.id, type, subtype, name, aliases: [], related: [] };
  entry.aliases = readAliases(value.aliases, fieldNode('aliases'), report);
  for (const [key, fieldValue] of Object.entries(value)) {
    if (key === 'id' || key === 'type' || key === 'subtype' || key === 'name' || key === 'aliases') continue;
    const schema = fieldSchema(subtype, key);
    if (!schema) {
      // At the key: a block value ("nested:\n  x: 1") starts a line below it.
      report(fieldNode(key, 'key'), `unknown field "${clip(key)}" for ${type}/${subtype}`, 'warning');
      continue;
    }
    const problem = fieldProblem(schema, fieldValue);
    if (problem === undefined) entry[key] = normalise(schema, fieldValue);
    else report(fieldNode(key), `${key}${problem.path} ${problem.message}`);
  }
  return { entry: entry as unknown as KbEntry, diagnostics };
}

type Report = (node: Node | undefined, message: string, severity?: 'error' | 'warning') => void;

function readAliases(value: unknown, node: Node | undefined, report: Report): Alias[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    report(node, 'aliases must be a list');
    return [];
  }
  const items = isSeq(node) ? node.items : [];
  const aliases: Alias[] = [];
  value.forEach((item, index) => {
    const itemNode = (items[index] as Node | undefined) ?? node;
    if (aliases.length >= LIMITS.aliasesPerEntry) {
      if (aliases.length === LIMITS.aliasesPerEntry) {
        report(itemNode, `more than ${LIMITS.aliasesPerEntry} aliases: the rest are ignored`);
        aliases.push({ text: '' }); // marker so the message appears once; removed below
      }
      return;
    }
    const alias = readAlias(item);
    if (typeof alias === 'string') report(itemNode, `alias ${index + 1}: ${alias}`);
    else aliases.push(alias);
  });
  return aliases.filter((a) => a.text !== '');
}

function readAlias(item: unknown): Alias | string {
  const text = typeof item === 'string' ? item : isRecord(item) && typeof item.text === 'string' ? item.text : undefined;
  if (text === undefined) return 'must be text or { text: ... }';
  const trimmed = text.trim();
  if (trimmed === '') return 'is empty';
  if (CONTROL_CHARS.test(trimmed)) return 'contains control characters';
  // A lone surrogate (only reachable through a "\uD83D" escape) would let a mention start or end in
  // the middle of an emoji or other astral character of the text.
  if (/\p{Cs}/u.test(trimmed)) return 'contains an unpaired surrogate (a broken \\u escape)';
  if (trimmed.length > LIMITS.aliasLength) return `is longer than ${LIMITS.aliasLength} characters`;
  if (!/[\p{L}\p{N}]/u.test(trimmed)) return `"${clip(trimmed)}" has no letters or digits`;
  if (typeof item === 'string') return { text: trimmed };
  const record = item as Record<string, unknown>;
  // An unquoted comma inside `{ text: a, b }` silently splits the text into a bogus key: refuse it.
  const unknown = Object.keys(record).filter((k) => !(ALIAS_KEYS as readonly string[]).includes(k));
  if (unknown.length > 0) return `unknown key${unknown.length > 1 ? 's' : ''} ${unknown.map((k) => `"${clip(k)}"`).join(', ')} (quote a text that contains commas)`;
  const alias: Record<string, unknown> = { text: trimmed };
  for (const key of ALIAS_KEYS) {
    if (key === 'text' || record[key] === undefined) continue;
    const problem = fieldProblem(ALIAS_SCHEMA.properties[key], record[key]);
    if (problem) return `${key} ${problem.message}`;
    alias[key] = record[key];
  }
  return alias as Alias;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (typeof value === 'string') return `"${clip(value)}"`;
  if (value === undefined) return '(none)';
  try {
    return JSON.stringify(value)?.slice(0, 40) ?? String(value);
  } catch {
    // A YAML anchor can make a value contain itself ("- &a { id: x, type: *a }"): JSON.stringify throws.
    return Array.isArray(value) ? 'a list' : 'a mapping';
  }
}

function clip(text: string): string {
  // Messages are one line (the CLI prints one problem per line); a key or id read from YAML may span several.
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > 40 ? flat.slice(0, 40) + '…' : flat;
}
