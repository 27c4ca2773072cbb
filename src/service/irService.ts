import type { DocumentAnalysis } from '../core/analysis';
import type { DocumentLanguage } from '../core/document';
import type { TextChange } from '../core/incremental';
import { proseRanges, recogniseInProse } from '../core/analysis';
import { createDocument, languageFromPath } from '../core/document';
import { isDocumentEntityId } from '../core/recognition';
import { analysisOptionsOf, DEFAULT_SETTINGS, type IrLensSettings } from '../core/settings';
import type { WritingFinding } from '../core/writingChecks';
import type { KbDiagnostic, KnowledgeBase } from '../kb';
import type { OutlineUnit } from '../outline';
import type { Span } from '../text';
import { DocumentStore, type AnalysisStatus } from './documents';
import { Emitter } from './events';
import {
  checksOf,
  codeActionsFor,
  definitionAt,
  entitiesOf,
  entryAt,
  hoverAt,
  outlineOf,
  referencesIn,
  type CodeActionResult,
  type DefinitionTarget,
  type EntitiesByType,
  type HoverResult,
  type Reference,
} from './features';
import { KnowledgeStore } from './knowledgeStore';
import type { CancellationToken, Disposable, IrServiceHost } from './types';

/**
 * The IR Lens runtime, for any editor or tool: it owns open documents (by URI and version), their
 * analyses (in steps, incremental, windows of large files), the knowledge with the workspace's KB
 * files over it, and answers every feature as plain data. VS Code, the language server and tests are
 * thin clients: they forward document events and convert the answers to their own types.
 */
export interface IrService extends Disposable {
  openDocument(uri: string, language: DocumentLanguage, version: number, text: string): void;
  /** Edits in the order they were made; `getText` returns the host's current text, if it keeps one. */
  changeDocument(uri: string, version: number, changes: readonly TextChange[], getText?: () => string): void;
  closeDocument(uri: string): void;
  isOpen(uri: string): boolean;
  /** The parts of a document on screen (offsets): large documents are analysed around them. */
  setVisibleRanges(uri: string, visible: readonly Span[]): void;

  analysis(uri: string): Promise<DocumentAnalysis | undefined>;
  status(uri: string): AnalysisStatus | undefined;
  /** Fires with a URI once a fresh analysis of that document is ready. */
  readonly onDidAnalyze: (listener: (uri: string) => void) => Disposable;
  /** Fires with a URI when its analysis fails or recovers. */
  readonly onDidChangeStatus: (listener: (uri: string) => void) => Disposable;

  knowledge(): Promise<KnowledgeBase>;
  readonly onDidChangeKnowledge: (listener: () => void) => Disposable;
  /** Problems in the workspace's KB files, by file URI (every file, empty lists included). */
  knowledgeProblems(): ReadonlyMap<string, readonly KbDiagnostic[]>;
  readonly onDidChangeKnowledgeProblems: (listener: (problems: ReadonlyMap<string, readonly KbDiagnostic[]>) => void) => Disposable;
  readonly onDidReloadKnowledge: (listener: () => void) => Disposable;
  knowledgeFiles(): readonly string[];
  /** Re-finds and reloads the workspace KB files. */
  reloadKnowledge(): Promise<void>;
  /** A workspace KB file changed (`text` while open in an editor), was created, deleted or closed. */
  knowledgeFileChanged(uri: string, change?: { readonly text?: string; readonly created?: boolean; readonly deleted?: boolean; readonly closed?: boolean }): void;

  settings(): IrLensSettings;
  updateSettings(settings: IrLensSettings): void;

  hover(uri: string, offset: number, options?: { readonly links?: boolean }): Promise<HoverResult | undefined>;
  definition(uri: string, offset: number): Promise<DefinitionTarget[]>;
  /** Every mention of the entity at `offset`, in the open documents and the workspace's papers. */
  references(uri: string, offset: number, token?: CancellationToken): Promise<Reference[]>;
  /** Every mention of an entity, by id, in the open documents and the workspace's papers. */
  mentionsOfEntity(entryId: string, token?: CancellationToken): Promise<Reference[]>;
  outline(uri: string): Promise<readonly OutlineUnit[]>;
  entities(uri: string): Promise<EntitiesByType[]>;
  checks(uri: string): Promise<readonly WritingFinding[]>;
  codeActions(uri: string, span: Span, selection?: string): Promise<CodeActionResult[]>;
  /** Open documents with an analysis or a pending refresh (tests check nothing leaks). */
  liveDocuments(): { readonly cached: number; readonly pending: number };
}

export function createIrService(host: IrServiceHost, initialSettings: IrLensSettings = DEFAULT_SETTINGS): IrService {
  let settings = initialSettings;
  const knowledge = new KnowledgeStore(host, () => settings.knowledgeBaseFiles);
  const documents = new DocumentStore(() => knowledge.get(), () => settings.maxFileSize, host.log, () => analysisOptionsOf(settings));
  const knowledgeChanged = new Emitter<void>();
  const disposables: Disposable[] = [
    knowledge,
    documents,
    knowledgeChanged,
    knowledge.onDidChange(() => {
      documents.invalidateAll();
      knowledgeChanged.fire();
    }),
  ];
  void knowledge.reload();

  const analysisOf = async (uri: string): Promise<DocumentAnalysis | undefined> => documents.analysis(uri)?.catch(() => undefined);

  const mentionsOfEntity = async (entryId: string, token?: CancellationToken): Promise<Reference[]> => {
    const kb = await knowledge.get();
    const references: Reference[] = [];
    const seen = new Set<string>();
    for (const uri of documents.uris()) {
      const analysis = await analysisOf(uri);
      if (!analysis) continue;
      seen.add(uri);
      references.push(...referencesIn(uri, analysis.document.text, analysis.mentions, entryId));
    }
    // Papers not open are read for the knowledge base's entities only: one a paper names itself is found where it is open.
    if (isDocumentEntityId(entryId)) return references;
    const papers = await host.findPapers(settings.referencesMaxFileSize, token).catch(() => [] as string[]);
    for (const uri of papers) {
      if (token?.isCancellationRequested) break;
      if (seen.has(uri)) continue;
      const text = await host.readFile(uri);
      if (text === undefined) continue;
      const document = createDocument(uri, text, languageFromPath(uri));
      references.push(...referencesIn(uri, text, recogniseInProse(document, proseRanges(document).prose, kb, analysisOptionsOf(settings)).mentions, entryId));
    }
    return references;
  };

  return {
    openDocument: (uri, language, version, text) => documents.open(uri, language, version, text),
    changeDocument: (uri, version, changes, getText) => documents.change(uri, version, changes, getText),
    closeDocument: (uri) => documents.close(uri),
    isOpen: (uri) => documents.has(uri),
    setVisibleRanges: (uri, visible) => documents.setVisible(uri, visible),

    analysis: analysisOf,
    status: (uri) => documents.statusOf(uri),
    onDidAnalyze: documents.onDidAnalyze,
    onDidChangeStatus: documents.onDidChangeStatus,

    knowledge: () => knowledge.get(),
    onDidChangeKnowledge: knowledgeChanged.event,
    knowledgeProblems: () => knowledge.problems,
    onDidChangeKnowledgeProblems: knowledge.onDidChangeDiagnostics,
    onDidReloadKnowledge: knowledge.onDidReload,
    knowledgeFiles: () => knowledge.knowledgeFiles,
    reloadKnowledge: () => knowledge.reload(true),
    knowledgeFileChanged: (uri, change) => knowledge.fileChanged(uri, change),

    settings: () => settings,
    updateSettings(next) {
      const previous = settings;
      settings = next;
      if (previous.maxFileSize !== next.maxFileSize || previous.documentEntities !== next.documentEntities) documents.invalidateAll();
      if (previous.knowledgeBaseFiles.join('\n') !== next.knowledgeBaseFiles.join('\n')) void knowledge.reload(true);
    },

    async hover(uri, offset, options) {
      const analysis = await analysisOf(uri);
      return analysis && hoverAt(analysis, await knowledge.get(), offset, { links: options?.links ?? true });
    },
    async definition(uri, offset) {
      const analysis = await analysisOf(uri);
      return analysis ? definitionAt(analysis, offset) : [];
    },
    async references(uri, offset, token) {
      const analysis = await analysisOf(uri);
      const entry = analysis && entryAt(analysis, offset);
      return entry ? mentionsOfEntity(entry.id, token) : [];
    },
    mentionsOfEntity,
    async outline(uri) {
      const analysis = await analysisOf(uri);
      return analysis ? outlineOf(analysis) : [];
    },
    async entities(uri) {
      const analysis = await analysisOf(uri);
      return analysis ? entitiesOf(analysis) : [];
    },
    async checks(uri) {
      const analysis = await analysisOf(uri);
      return analysis ? checksOf(analysis, await knowledge.get(), settings.checks) : [];
    },
    async codeActions(uri, span, selection) {
      const analysis = await analysisOf(uri);
      const found = analysis ? checksOf(analysis, await knowledge.get(), settings.checks) : [];
      return codeActionsFor(found, span, selection);
    },
    liveDocuments: () => documents.live,

    dispose() {
      for (const d of disposables) d.dispose();
    },
  };
}
