import type { Nodes, Parent, RootContent } from 'mdast';

/**
 * Link and footnote definitions are the one global thing in Markdown: `[text][nato]` is a link
 * and `[^1]` a footnote call only if the document defines `nato` / `^1` somewhere, before or after.
 * A re-parsed region therefore gets the document's other definitions as stubs, and a change to
 * the set of defined labels re-parses the blocks that may refer to them.
 *
 * A definition is keyed `d:<identifier>` (link) or `f:<identifier>` (footnote), with mdast's
 * identifier: the label as written, whitespace collapsed, case-folded ("[NATO  pact]" -> `d:nato pact`).
 */
export type DefinitionKey = string;

const NONE: readonly DefinitionKey[] = [];

/** Definitions inside one top-level node (they live only in flow containers). */
export function definitionsIn(node: RootContent): readonly DefinitionKey[] {
  let found: DefinitionKey[] | undefined;
  const visit = (n: Nodes): void => {
    if (n.type === 'definition') (found ??= []).push(`d:${n.identifier}`);
    if (n.type === 'footnoteDefinition') (found ??= []).push(`f:${n.identifier}`);
    if (n.type === 'blockquote' || n.type === 'list' || n.type === 'listItem' || n.type === 'footnoteDefinition') {
      for (const child of (n as Parent).children) visit(child as Nodes);
    }
  };
  visit(node);
  return found ?? NONE;
}

/** How many definitions of each key a document has. */
export type DefinitionTable = ReadonlyMap<DefinitionKey, number>;

export function tableOf(definitions: Iterable<readonly DefinitionKey[]>): DefinitionTable {
  const counts = new Map<DefinitionKey, number>();
  for (const list of definitions) for (const key of list) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}

/**
 * The table after replacing `removed` by `added`, and the keys whose defined-ness changed.
 * Returns the same table when nothing was removed or added.
 */
export function updateTable(
  table: DefinitionTable,
  removed: readonly DefinitionKey[],
  added: readonly DefinitionKey[],
): { table: DefinitionTable; flipped: DefinitionKey[] } {
  if (removed.length === 0 && added.length === 0) return { table, flipped: [] };
  const counts = new Map(table);
  for (const key of removed) {
    const n = (counts.get(key) ?? 0) - 1;
    if (n > 0) counts.set(key, n);
    else counts.delete(key);
  }
  for (const key of added) counts.set(key, (counts.get(key) ?? 0) + 1);
  const flipped = [...new Set([...removed, ...added])].filter((key) => table.has(key) !== counts.has(key));
  return { table: counts, flipped };
}

/**
 * Text folded as micromark folds labels (lower-, then upper-case), without whitespace and `>`:
 * a label that runs over lines inside a block quote keeps neither in its identifier.
 */
function searchForm(text: string): string {
  return text.toLowerCase().toUpperCase().replace(/[\t\n\r >]+/g, '');
}

/**
 * Whether `text` may refer to one of `keys` (a superset test: the folded label occurs in the
 * folded text). Example: "see [NATO][]" may refer to `d:nato`.
 */
export function mayReferTo(text: string, keys: readonly DefinitionKey[]): boolean {
  if (!text.includes('[')) return false;
  const folded = searchForm(text);
  return keys.some((key) => folded.includes(searchForm(key.slice(2))));
}

/**
 * Definitions a region parsed on its own needs to see, as Markdown: those of `outside` whose label
 * the region may use, each its own paragraph, footnotes first. '' when none is needed.
 */
export function definitionStubs(outside: DefinitionTable, regionText: string): string {
  if (outside.size === 0 || !regionText.includes('[')) return '';
  const folded = searchForm(regionText);
  const footnotes: string[] = [];
  const links: string[] = [];
  for (const key of outside.keys()) {
    const identifier = key.slice(2);
    if (!folded.includes(searchForm(identifier))) continue;
    if (key.startsWith('f:')) footnotes.push(`[^${identifier}]: stub`);
    else links.push(`[${identifier}]: #`);
  }
  return [...footnotes, ...links].join('\n\n');
}
