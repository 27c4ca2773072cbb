import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CodeActionKind,
  DiagnosticSeverity,
  SymbolKind,
  type CodeAction,
  type Connection,
  type Diagnostic,
  type DocumentSymbol,
  type Location,
  type Range,
  type SymbolInformation,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { WritingFinding } from '../core/writingChecks';
import { addEntryEdit, uniqueId, type EntityType } from '../kb';
import { ROLE_TITLES, type OutlineRole, type OutlineUnit } from '../outline';
import type { DefinitionTarget, IrService, Reference } from '../service';
import { LineIndex, type Span } from '../text';
import { knowledgeFileUri } from './lspHost';
import { ENTITIES_REQUEST, OUTLINE_REQUEST } from './protocol';

const SOURCE = 'IR Lens';
const ADD_COMMAND = 'irLens.addToKnowledgeBase';
const DEFAULT_KB_FILE = 'ir-lens.irkb.yaml';

const ROLE_KINDS = {
  section: SymbolKind.Namespace,
  thesis: SymbolKind.Interface,
  claim: SymbolKind.Function,
  reason: SymbolKind.Field,
  counterclaim: SymbolKind.Operator,
  evidence: SymbolKind.Constant,
  conclusion: SymbolKind.Event,
} as const satisfies Record<OutlineRole, SymbolKind>;

const TYPE_KINDS = {
  actor: SymbolKind.Object,
  treaty: SymbolKind.Struct,
  theory: SymbolKind.TypeParameter,
  event: SymbolKind.Event,
} as const satisfies Record<EntityType, SymbolKind>;

/** The LSP requests and notifications, each one call into the service plus a conversion. */
export function registerFeatures(connection: Connection, service: IrService, documents: ReadonlyMap<string, TextDocument>, options: { readonly packageRoot: string }): void {
  /** The one conversion from core spans (UTF-16 offsets) to LSP ranges, through the open document. */
  const rangeOf = (document: TextDocument, span: Span): Range => ({ start: document.positionAt(span.start), end: document.positionAt(span.end) });
  const offsetIn = (uri: string, position: { line: number; character: number }): number | undefined => documents.get(uri)?.offsetAt(position);

  const locationOf = (target: DefinitionTarget): Location => {
    if (target.kind === 'document') {
      const document = documents.get(target.uri);
      return { uri: target.uri, range: document ? rangeOf(document, target.span) : { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } };
    }
    const line = Math.max(0, target.line - 1);
    return { uri: knowledgeFileUri(target.file, options.packageRoot), range: { start: { line, character: 0 }, end: { line, character: 0 } } };
  };
  const referenceLocation = (r: Reference): Location => ({ uri: r.uri, range: r.range });

  connection.onHover(async ({ textDocument, position }) => {
    const offset = offsetIn(textDocument.uri, position);
    const document = documents.get(textDocument.uri);
    if (offset === undefined || !document) return null;
    const hover = await service.hover(textDocument.uri, offset, { links: false });
    return hover ? { contents: { kind: 'markdown', value: hover.markdown }, range: rangeOf(document, hover.span) } : null;
  });

  connection.onDefinition(async ({ textDocument, position }) => {
    const offset = offsetIn(textDocument.uri, position);
    return offset === undefined ? [] : (await service.definition(textDocument.uri, offset)).map(locationOf);
  });

  connection.onReferences(async ({ textDocument, position, context }, token) => {
    const offset = offsetIn(textDocument.uri, position);
    if (offset === undefined) return [];
    const references = (await service.references(textDocument.uri, offset, token)).map(referenceLocation);
    const entry = context.includeDeclaration ? (await service.definition(textDocument.uri, offset)).find((t) => t.kind === 'entry') : undefined;
    return entry ? [locationOf(entry), ...references] : references;
  });

  connection.onDocumentSymbol(async ({ textDocument }) => {
    const document = documents.get(textDocument.uri);
    if (!document) return [];
    const symbol = (unit: OutlineUnit): DocumentSymbol => ({
      name: unit.label || ROLE_TITLES[unit.role],
      detail: ROLE_TITLES[unit.role],
      kind: ROLE_KINDS[unit.role],
      range: rangeOf(document, unit),
      selectionRange: rangeOf(document, unit),
      children: unit.children.map(symbol),
    });
    return (await service.outline(textDocument.uri)).map(symbol);
  });

  connection.onWorkspaceSymbol(async ({ query }) => {
    const wanted = query.toLowerCase();
    const symbols: SymbolInformation[] = [];
    for (const [uri, document] of documents) {
      for (const { type, entities } of await service.entities(uri)) {
        for (const group of entities) {
          if (wanted && !group.entry.name.toLowerCase().includes(wanted)) continue;
          symbols.push({ name: group.entry.name, kind: TYPE_KINDS[type], containerName: `${type} · ${group.entry.subtype}`, location: { uri, range: rangeOf(document, group.mentions[0]) } });
        }
      }
    }
    return symbols;
  });

  // Diagnostics: writing checks once a fresh analysis is ready, KB file problems after each reload.
  const publishChecks = async (uri: string): Promise<void> => {
    const document = documents.get(uri);
    if (!document) return;
    const version = document.version;
    const findings = await service.checks(uri);
    const current = documents.get(uri);
    if (!current || current.version !== version) return;
    await connection.sendDiagnostics({ uri, version, diagnostics: findings.map((f) => diagnosticOf(current, f)) });
  };
  const diagnosticOf = (document: TextDocument, finding: WritingFinding): Diagnostic => ({
    range: rangeOf(document, finding.span),
    message: finding.message,
    severity: DiagnosticSeverity.Information,
    source: SOURCE,
    code: finding.kind,
  });
  service.onDidAnalyze((uri) => void publishChecks(uri));
  service.onDidChangeKnowledgeProblems((problems) => {
    for (const [uri, list] of problems) {
      void connection.sendDiagnostics({
        uri,
        diagnostics: list.map((p) => ({
          range: { start: { line: p.line - 1, character: Math.max(0, p.column - 1) }, end: { line: p.line - 1, character: Number.MAX_SAFE_INTEGER } },
          message: p.message,
          severity: p.severity === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
          source: SOURCE,
        })),
      });
    }
  });

  connection.onCodeAction(async ({ textDocument, range }) => {
    const document = documents.get(textDocument.uri);
    if (!document) return [];
    const span = { start: document.offsetAt(range.start), end: document.offsetAt(range.end) };
    const selection = span.end > span.start ? document.getText(range) : undefined;
    const actions = await service.codeActions(textDocument.uri, span, selection);
    return actions.map((action): CodeAction => {
      const diagnostics = action.finding ? [diagnosticOf(document, action.finding)] : undefined;
      if (action.kind === 'edit') {
        return {
          title: action.title,
          kind: CodeActionKind.QuickFix,
          isPreferred: action.preferred,
          ...(diagnostics ? { diagnostics } : {}),
          edit: { changes: { [textDocument.uri]: action.edits.map((e) => ({ range: rangeOf(document, e.span), newText: e.text })) } },
        };
      }
      return { title: action.title, kind: CodeActionKind.QuickFix, ...(diagnostics ? { diagnostics } : {}), command: { title: action.title, command: ADD_COMMAND, arguments: [{ text: action.text }] } };
    });
  });

  // "Add to knowledge base" from a code action: a new entry in the workspace KB file, applied by the
  // client as one edit (so it is undoable there), then recognised at once.
  connection.onExecuteCommand(async ({ command, arguments: args }) => {
    if (command !== ADD_COMMAND) return null;
    const text = String((args?.[0] as { text?: unknown } | undefined)?.text ?? '').trim();
    if (!text) return null;
    const existing = service.knowledgeFiles().find((f) => /\.ya?ml$/.test(f));
    const folder = (await connection.workspace.getWorkspaceFolders())?.[0]?.uri;
    const target = existing ?? (folder?.startsWith('file:') ? pathToFileURL(join(fileURLToPath(folder), DEFAULT_KB_FILE)).toString() : undefined);
    if (!target) return null;
    const current = existing ? await readFile(fileURLToPath(target), 'utf8').catch(() => '') : '';
    const kb = await service.knowledge();
    const id = uniqueId(text, (candidate) => kb.get(candidate) !== undefined);
    const edit = addEntryEdit(current, { id, type: 'actor', subtype: 'organization', name: text }, 'yaml');
    const lines = new LineIndex(current);
    const applied = await connection.workspace.applyEdit({
      documentChanges: [
        ...(existing ? [] : [{ kind: 'create' as const, uri: target, options: { ignoreIfExists: true } }]),
        { textDocument: { uri: target, version: null }, edits: [{ range: { start: lines.positionAt(edit.start), end: lines.positionAt(edit.end) }, newText: edit.text }] },
      ],
    });
    if (applied.applied) service.knowledgeFileChanged(target, { created: !existing });
    return applied.applied ? id : null;
  });

  connection.onRequest(ENTITIES_REQUEST, async ({ uri }: { uri: string }) =>
    (await service.entities(uri)).map(({ type, entities }) => ({
      type,
      entities: entities.map((g) => ({ id: g.entry.id, name: g.entry.name, subtype: g.entry.subtype, source: g.source, count: g.mentions.length, mentions: g.mentions })),
    })),
  );
  connection.onRequest(OUTLINE_REQUEST, async ({ uri }: { uri: string }) => service.outline(uri));
}
