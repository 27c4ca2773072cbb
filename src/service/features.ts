import type { DocumentAnalysis, Mention } from '../core/analysis';
import { renderHoverCard } from '../core/hoverCard';
import { sourceOf, type EntitySource, type RecognisedEntry } from '../core/recognition';
import { findIntroduction, groupByEntity, mentionAt, mentionsOf } from '../core/mentionQueries';
import { runWritingChecks, type WritingCheckOptions, type WritingFinding } from '../core/writingChecks';
import { ENTITY_TYPES, type EntityType, type KbEntry, type KnowledgeBase } from '../kb';
import { extractArgumentOutline, flattenOutline, paragraphMap, SUPPORTED_DIRECTIVE, type OutlineUnit, type ParagraphMapEntry } from '../outline';
import { LineIndex, type Span } from '../text';

/**
 * The language features as plain data: what VS Code, the language server and the CLI turn into their
 * own types. Each takes a document's analysis (and the knowledge) and answers one question.
 */

export interface HoverResult {
  /** The card as Markdown; KB text escaped. */
  readonly markdown: string;
  readonly span: Span;
}

/** A place to jump to: a KB entry's line in its file, or a span of an open document. */
export type DefinitionTarget =
  | { readonly kind: 'entry'; readonly entryId: string; readonly file: string; readonly line: number }
  | { readonly kind: 'document'; readonly uri: string; readonly span: Span };

/** A position as editors count it: 0-based line, UTF-16 character (LineIndex is the conversion). */
export interface Position {
  readonly line: number;
  readonly character: number;
}

/** A mention somewhere in the workspace, with both its offsets and its positions. */
export interface Reference {
  readonly uri: string;
  readonly span: Span;
  readonly range: { readonly start: Position; readonly end: Position };
}

export interface EntityGroup {
  readonly entry: RecognisedEntry;
  readonly mentions: readonly Span[];
  /** "document" for an entity the paper names itself (not in the knowledge base). */
  readonly source: EntitySource;
}

export interface EntitiesByType {
  readonly type: EntityType;
  readonly entities: readonly EntityGroup[];
}

/** An edit of a paper, for a quick fix. */
export interface TextEdit {
  readonly span: Span;
  readonly text: string;
}

export type CodeActionResult =
  | { readonly kind: 'edit'; readonly title: string; readonly edits: readonly TextEdit[]; readonly finding: WritingFinding; readonly preferred: boolean }
  | { readonly kind: 'addToKnowledgeBase'; readonly title: string; readonly text: string; readonly finding?: WritingFinding };

export function hoverAt(analysis: DocumentAnalysis, kb: KnowledgeBase, offset: number, options: { readonly links: boolean }): HoverResult | undefined {
  const mention = mentionAt(analysis.mentions, offset, { inclusiveEnd: false });
  if (!mention) return undefined;
  const text = analysis.document.text;
  let lines: LineIndex | undefined;
  const markdown = renderHoverCard(mention.entry, {
    lookup: (id) => kb.get(id),
    mentionCount: mentionsOf(analysis.mentions, mention.entry.id).length,
    alternatives: mention.alternatives,
    links: options.links,
    reason: mention.reason,
    document: { uri: analysis.document.uri, lineOf: (offset) => (lines ??= new LineIndex(text)).positionAt(offset).line + 1 },
  });
  return { markdown, span: { start: mention.start, end: mention.end } };
}

/** The entity's KB entry, and where this document introduces it (unless the cursor is there already). */
export function definitionAt(analysis: DocumentAnalysis, offset: number): DefinitionTarget[] {
  const mention = mentionAt(analysis.mentions, offset, { inclusiveEnd: true });
  if (!mention) return [];
  const targets: DefinitionTarget[] = [];
  const source = mention.entry.source;
  if (source) targets.push({ kind: 'entry', entryId: mention.entry.id, file: source.file, line: source.line });
  // An entity the paper names itself is defined where the paper introduces it.
  const introduction = mention.entry.document?.introduced ?? findIntroduction(analysis.document.text, analysis.mentions, mention.entry.id);
  if (introduction && !(introduction.start <= offset && offset <= introduction.end)) {
    targets.push({ kind: 'document', uri: analysis.document.uri, span: { start: introduction.start, end: introduction.end } });
  }
  return targets;
}

export function entryAt(analysis: DocumentAnalysis, offset: number): KbEntry | undefined {
  return mentionAt(analysis.mentions, offset, { inclusiveEnd: true })?.entry;
}

/** A document's mentions of one entity, as references. */
export function referencesIn(uri: string, text: string, mentions: readonly Mention[], entryId: string): Reference[] {
  const own = mentionsOf(mentions, entryId);
  if (own.length === 0) return [];
  const lines = new LineIndex(text);
  return own.map((m) => ({ uri, span: { start: m.start, end: m.end }, range: { start: lines.positionAt(m.start), end: lines.positionAt(m.end) } }));
}

/** The document's entities grouped by type, most mentioned first. */
export function entitiesOf(analysis: DocumentAnalysis): EntitiesByType[] {
  const groups = [...groupByEntity(analysis.mentions).values()].map((mentions) => ({
    entry: mentions[0].entry,
    mentions: mentions.map((m) => ({ start: m.start, end: m.end })),
    source: sourceOf(mentions[0].entry),
  }));
  return ENTITY_TYPES.flatMap((type) => {
    const entities = groups.filter((g) => g.entry.type === type).sort((a, b) => b.mentions.length - a.mentions.length || a.entry.name.localeCompare(b.entry.name));
    return entities.length > 0 ? [{ type, entities }] : [];
  });
}

const maps = new WeakMap<DocumentAnalysis, readonly ParagraphMapEntry[]>();

/** The paragraph map of an analysis (of its window, for a large document), made once per analysis. */
export function paragraphMapOf(analysis: DocumentAnalysis): readonly ParagraphMapEntry[] {
  let map = maps.get(analysis);
  if (!map) {
    const window = analysis.window;
    const text = window ? analysis.document.text.slice(window.start, window.end) : analysis.document.text;
    const shift = window?.start ?? 0;
    map = paragraphMap({ text, language: analysis.document.language, ...(analysis.markdown && !window ? { tree: analysis.markdown.tree } : {}) }).map((e) =>
      e.kind === 'paragraph' ? { ...e, start: e.start + shift, end: e.end + shift, main: { start: e.main.start + shift, end: e.main.end + shift } } : { ...e, start: e.start + shift, end: e.end + shift },
    );
    maps.set(analysis, map);
  }
  return map;
}

const outlines = new WeakMap<DocumentAnalysis, readonly OutlineUnit[]>();

/** The argument outline of an analysis, computed once per analysis (i.e. per document version). */
export function outlineOf(analysis: DocumentAnalysis): readonly OutlineUnit[] {
  let units = outlines.get(analysis);
  if (!units) {
    units = analysis.window
      ? windowOutline(analysis, analysis.window)
      : extractArgumentOutline({ text: analysis.document.text, language: analysis.document.language, tree: analysis.markdown?.tree, mentions: analysis.mentions });
    outlines.set(analysis, units);
  }
  return units;
}

/** A large document's outline covers only the analysed window, with offsets into the whole text. */
function windowOutline(analysis: DocumentAnalysis, window: Span): readonly OutlineUnit[] {
  const shift = (units: readonly OutlineUnit[], by: number): OutlineUnit[] => units.map((u) => ({ ...u, start: u.start + by, end: u.end + by, children: shift(u.children, by) }));
  const units = extractArgumentOutline({
    text: analysis.document.text.slice(window.start, window.end),
    language: analysis.document.language,
    mentions: analysis.mentions.map((m) => ({ ...m, start: m.start - window.start, end: m.end - window.start })),
  });
  return shift(units, window.start);
}

const findings = new WeakMap<DocumentAnalysis, { readonly options: WritingCheckOptions; readonly kb: KnowledgeBase; readonly findings: readonly WritingFinding[] }>();

export function checksOf(analysis: DocumentAnalysis, kb: KnowledgeBase, options: WritingCheckOptions): readonly WritingFinding[] {
  const cached = findings.get(analysis);
  if (cached && cached.options === options && cached.kb === kb) return cached.findings;
  const result = runWritingChecks(analysis.document.text, analysis.prose, analysis.mentions, kb, options);
  if (options.unsupportedClaims) result.push(...unsupportedClaims(outlineOf(analysis)));
  result.sort((a, b) => a.span.start - b.span.start);
  findings.set(analysis, { options, kb, findings: result });
  return result;
}

/** Claims of the outline with no reason, evidence or citation in the paper, unless the author accepted them. */
function unsupportedClaims(units: readonly OutlineUnit[]): WritingFinding[] {
  return flattenOutline(units)
    .filter((u) => u.role === 'claim' && u.support && !u.support.accepted && u.support.reasons + u.support.evidence + u.support.citations === 0)
    .map((u) => ({
      kind: 'unsupported-claim' as const,
      span: { start: u.start, end: u.end },
      message: 'This claim has no evidence or citation in the paper.',
      accept: { span: { start: u.start, end: u.start }, text: `${SUPPORTED_DIRECTIVE} ` },
    }));
}

/**
 * Quick fixes for the findings that touch `span`, and "Add to knowledge base" for a selection that
 * has none. Nothing is applied here: the client applies an edit only when the user picks it.
 */
export function codeActionsFor(found: readonly WritingFinding[], span: Span, selection?: string): CodeActionResult[] {
  const actions: CodeActionResult[] = [];
  for (const finding of found) {
    if (finding.span.end < span.start || finding.span.start > span.end) continue;
    switch (finding.kind) {
      case 'acronym-before-introduction':
        actions.push({ kind: 'edit', title: 'Introduce the full name here', edits: [finding.fix], finding, preferred: true });
        break;
      case 'inconsistent-variants':
        actions.push({ kind: 'edit', title: `Use '${finding.preferred}' throughout`, edits: finding.fixes, finding, preferred: false });
        break;
      case 'unknown-acronym':
        actions.push({ kind: 'addToKnowledgeBase', title: addTitle(finding.acronym), text: finding.acronym, finding });
        break;
      case 'unsupported-claim':
        actions.push({ kind: 'edit', title: 'Accept this claim as it stands (insert <!-- irLens: supported -->)', edits: [finding.accept], finding, preferred: false });
        break;
    }
  }
  const text = selection?.trim() ?? '';
  if (actions.length === 0 && text.length > 0 && text.length <= 200) actions.push({ kind: 'addToKnowledgeBase', title: addTitle(text), text });
  return actions;
}

function addTitle(text: string): string {
  return `Add '${text.length > 40 ? text.slice(0, 39) + '…' : text}' to knowledge base`;
}
