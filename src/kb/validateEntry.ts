import { isMap, isSeq, type Node } from 'yaml';
import type { KbDiagnostic } from './diagnostics';
import type { RawEntry } from './readKbFile';
import {
  ALIAS_KINDS,
  CASE_RULES,
  COMMON_FIELDS,
  ENTITY_TYPES,
  ISO_DATE,
  SUBTYPES,
  factTableFor,
  type Alias,
  type EntityType,
  type FieldSpec,
  type KbEntry,
} from './schema';

export const LIMITS = {
  aliasLength: 200,
  aliasesPerEntry: 500,
  textLength: 5000,
} as const;

const DEFAULT_SUBTYPE: Record<EntityType, string> = {
  actor: 'organization',
  treaty: 'document',
  theory: 'concept',
  event: 'event',
};

const ALIAS_KEYS = new Set(['text', 'lang', 'case', 'plural', 'kind', 'preferred']);
const ID_PATTERN = /^[\p{L}\p{N}][\p{L}\p{N}._-]*$/u;
// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

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
  let subtype = DEFAULT_SUBTYPE[type];
  if (value.subtype !== undefined) {
    if (typeof value.subtype === 'string' && subtypes.includes(value.subtype)) subtype = value.subtype;
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
  for (const key of ['summary', 'context'] as const) {
    if (value[key] === undefined) continue;
    const text = cleanText(value[key]);
    if (text === undefined) report(fieldNode(key), `${key} must be text`);
    else if (text.length > LIMITS.textLength) report(fieldNode(key), `${key} is longer than ${LIMITS.textLength} characters`);
    else entry[key] = text;
  }
  if (value.related !== undefined) {
    const ids = readIdList(value.related);
    if (ids) entry.related = ids;
    else report(fieldNode('related'), 'related must be a list of ids');
  }
  if (value.sources !== undefined) {
    if (isRecord(value.sources)) entry.sources = readSources(value.sources, fieldNode('sources'), report);
    else report(fieldNode('sources'), 'sources must be a mapping such as { wikidata: Q148 }');
  }

  const facts = factTableFor(type, subtype);
  for (const [key, fieldValue] of Object.entries(value)) {
    if ((COMMON_FIELDS as readonly string[]).includes(key)) continue;
    const spec = facts[key];
    if (!spec) {
      // At the key: a block value ("nested:\n  x: 1") starts a line below it.
      report(fieldNode(key, 'key'), `unknown field "${clip(key)}" for ${type}/${subtype}`, 'warning');
      continue;
    }
    const checked = readFact(fieldValue, spec);
    if (typeof checked === 'string' && checked.startsWith('!')) report(fieldNode(key), `${key}: ${checked.slice(1)}`);
    else entry[key] = checked;
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
  const unknown = Object.keys(record).filter((k) => !ALIAS_KEYS.has(k));
  if (unknown.length > 0) return `unknown key${unknown.length > 1 ? 's' : ''} ${unknown.map((k) => `"${clip(k)}"`).join(', ')} (quote a text that contains commas)`;
  const alias: { -readonly [K in keyof Alias]: Alias[K] } = { text: trimmed };
  if (record.lang !== undefined) {
    if (typeof record.lang !== 'string' || !/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(record.lang)) return 'lang must be a language tag such as ru or zh';
    alias.lang = record.lang;
  }
  if (record.case !== undefined) {
    if (!(CASE_RULES as readonly unknown[]).includes(record.case)) return `case must be one of ${CASE_RULES.join(', ')}`;
    alias.case = record.case as Alias['case'];
  }
  if (record.kind !== undefined) {
    if (!(ALIAS_KINDS as readonly unknown[]).includes(record.kind)) return `kind must be one of ${ALIAS_KINDS.join(', ')}`;
    alias.kind = record.kind as Alias['kind'];
  }
  for (const flag of ['plural', 'preferred'] as const) {
    if (record[flag] === undefined) continue;
    if (typeof record[flag] !== 'boolean') return `${flag} must be true or false`;
    alias[flag] = record[flag] as boolean;
  }
  return alias;
}

function readSources(value: Record<string, unknown>, node: Node | undefined, report: Report): Record<string, string> {
  const sources: Record<string, string> = {};
  if (value.wikidata !== undefined) {
    if (typeof value.wikidata === 'string' && /^Q[1-9]\d*$/.test(value.wikidata)) sources.wikidata = value.wikidata;
    else report(node, 'sources.wikidata must be a QID such as Q148');
  }
  if (value.url !== undefined) {
    if (typeof value.url === 'string' && /^https:\/\/\S+$/.test(value.url)) sources.url = value.url;
    else report(node, 'sources.url must be an https:// address');
  }
  return sources;
}

/** Returns the normalised fact, or a message starting with "!" when it is invalid. */
function readFact(value: unknown, spec: FieldSpec): unknown {
  switch (spec.kind) {
    case 'string': {
      const text = cleanText(value);
      return text ?? '!must be text';
    }
    case 'enum':
      return typeof value === 'string' && spec.values?.includes(value) ? value : `!must be one of ${spec.values?.join(', ')}`;
    case 'date':
      return readDate(value) ?? '!must be an ISO 8601 date such as "1945", "1945-06" or "1945-06-26"';
    case 'id':
      return typeof value === 'string' && ID_PATTERN.test(value) ? value : '!must be an entry id';
    case 'ids':
      return readIdList(value) ?? '!must be a list of entry ids';
    case 'strings':
      return Array.isArray(value) && value.every((v) => cleanText(v) !== undefined) ? value.map((v) => cleanText(v)) : '!must be a list of names or ids';
    case 'roles':
      return readList(value, readRole) ?? '!must be a list of { title, of, from, to } with ISO dates';
    case 'works':
      return readList(value, readWork) ?? '!must be a list of { title, year }';
    case 'work':
      return readWork(value) ?? '!must be { title, year, author }';
  }
}

function readList<T>(value: unknown, readItem: (item: unknown) => T | undefined): T[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const out: T[] = [];
  for (const item of value) {
    const read = readItem(item);
    if (read === undefined) return undefined;
    out.push(read);
  }
  return out;
}

function readRole(item: unknown): Record<string, string> | undefined {
  if (!isRecord(item)) return undefined;
  const title = cleanText(item.title);
  if (!title) return undefined;
  const role: Record<string, string> = { title };
  if (item.of !== undefined) {
    if (typeof item.of !== 'string' || !ID_PATTERN.test(item.of)) return undefined;
    role.of = item.of;
  }
  for (const key of ['from', 'to'] as const) {
    if (item[key] === undefined) continue;
    const date = readDate(item[key]);
    if (!date) return undefined;
    role[key] = date;
  }
  return role;
}

function readWork(item: unknown): Record<string, string | number> | undefined {
  if (!isRecord(item)) return undefined;
  const title = cleanText(item.title);
  if (!title) return undefined;
  const work: Record<string, string | number> = { title };
  if (item.year !== undefined) {
    if (typeof item.year !== 'number' || !Number.isInteger(item.year) || item.year < -3000 || item.year > 2100) return undefined;
    work.year = item.year;
  }
  if (item.author !== undefined) {
    const author = cleanText(item.author);
    if (!author) return undefined;
    work.author = author;
  }
  return work;
}

/** Dates are ISO strings; a bare year written as a number is accepted and turned into text. */
function readDate(value: unknown): string | undefined {
  const text = typeof value === 'number' && Number.isInteger(value) ? String(value).padStart(4, '0') : value;
  if (typeof text !== 'string' || !ISO_DATE.test(text)) return undefined;
  const [y, m, d] = text.replace(/^-/, '').split('-').map(Number);
  if (d !== undefined && d > new Date(Date.UTC(y, m, 0)).getUTCDate()) return undefined;
  return text;
}

function readIdList(value: unknown): string[] | undefined {
  if (!Array.isArray(value)) return undefined;
  return value.every((v) => typeof v === 'string' && ID_PATTERN.test(v)) ? (value as string[]) : undefined;
}

function cleanText(value: unknown): string | undefined {
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') return undefined;
  // Every control character, not only the first: CONTROL_CHARS has no /g (it is also used with .test()).
  const text = value.replace(new RegExp(CONTROL_CHARS.source, 'g'), '').trim();
  return text === '' ? undefined : text;
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
