import { createConnection, ProposedFeatures, TextDocumentSyncKind, type Connection, type InitializeResult } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { fileURLToPath } from 'node:url';
import { languageFromPath, type DocumentLanguage } from '../core/document';
import { normaliseSettings } from '../core/settings';
import { createIrService, type IrService, type Logger } from '../service';
import { registerFeatures } from './features';
import { createNodeHost, packageRootOf } from './lspHost';

/**
 * The IR Lens language server: the service behind LSP, for Neovim, Helix, Emacs, Zed and any other
 * client. `ir-lens lsp --stdio`. Hover, definition, references, document symbols (the argument
 * outline), workspace symbols (entities), diagnostics (writing checks and KB file problems), code
 * actions, incremental sync, watched KB files and settings through workspace/configuration.
 */
export function startLanguageServer(options: { readonly kbPath: string; readonly connection?: Connection }): Connection {
  const connection = options.connection ?? createConnection(ProposedFeatures.all);
  const documents = new Map<string, TextDocument>();
  let folders: string[] = [];
  let supportsConfiguration = false;
  let debug = false;
  const log: Logger = {
    trace: (m) => debug && connection.console.log(`[trace] ${m}`),
    debug: (m) => debug && connection.console.log(`[debug] ${m}`),
    info: (m) => connection.console.info(m),
    warn: (m) => connection.console.warn(m),
    error: (m) => connection.console.error(m),
  };
  const host = createNodeHost({ kbPath: options.kbPath, folders: () => folders, log });
  let service: IrService | undefined;
  const ready = (): IrService => {
    if (!service) throw new Error('the IR Lens server is not initialised');
    return service;
  };

  connection.onInitialize((params): InitializeResult => {
    folders = (params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []))
      .filter((uri) => uri.startsWith('file:'))
      .map((uri) => fileURLToPath(uri));
    supportsConfiguration = params.capabilities.workspace?.configuration === true;
    debug = (params.initializationOptions as { debug?: boolean } | undefined)?.debug === true;
    service = createIrService(host);
    registerFeatures(connection, service, documents, { packageRoot: packageRootOf(options.kbPath) });
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        documentSymbolProvider: { label: 'IR Lens argument' },
        workspaceSymbolProvider: true,
        codeActionProvider: { codeActionKinds: ['quickfix'] },
        executeCommandProvider: { commands: ['irLens.addToKnowledgeBase'] },
      },
      serverInfo: { name: 'IR Lens', version: '0.2.0' },
    };
  });

  connection.onInitialized(async () => {
    await pullSettings();
  });
  connection.onDidChangeConfiguration(() => void pullSettings());

  /** Settings come from the client's `irLens` section, read into typed values with defaults. */
  async function pullSettings(): Promise<void> {
    if (!supportsConfiguration) return;
    try {
      const section = ((await connection.workspace.getConfiguration('irLens')) ?? {}) as Record<string, unknown>;
      ready().updateSettings(normaliseSettings((key) => readPath(section, key)));
    } catch (error) {
      log.warn(`could not read the irLens settings: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  connection.onDidOpenTextDocument(({ textDocument }) => {
    const language = irLanguage(textDocument.languageId, textDocument.uri);
    if (!language) return;
    const document = TextDocument.create(textDocument.uri, textDocument.languageId, textDocument.version, textDocument.text);
    documents.set(textDocument.uri, document);
    ready().openDocument(textDocument.uri, language, textDocument.version, textDocument.text);
  });
  connection.onDidChangeTextDocument(({ textDocument, contentChanges }) => {
    let document = documents.get(textDocument.uri);
    if (!document) return;
    const changes = [];
    // Each change is in the coordinates the previous ones left: convert it, then apply it.
    for (const change of contentChanges) {
      if ('range' in change) {
        changes.push({ start: document.offsetAt(change.range.start), end: document.offsetAt(change.range.end), text: change.text });
      } else {
        changes.push({ start: 0, end: document.getText().length, text: change.text });
      }
      document = TextDocument.update(document, [change], textDocument.version);
    }
    documents.set(textDocument.uri, document);
    const current = document;
    ready().changeDocument(textDocument.uri, textDocument.version, changes, () => current.getText());
  });
  connection.onDidCloseTextDocument(({ textDocument }) => {
    documents.delete(textDocument.uri);
    ready().closeDocument(textDocument.uri);
    void connection.sendDiagnostics({ uri: textDocument.uri, diagnostics: [] });
  });
  connection.onDidChangeWatchedFiles(({ changes }) => {
    for (const change of changes) {
      ready().knowledgeFileChanged(change.uri, { created: change.type === 1, deleted: change.type === 3 });
    }
  });
  connection.onShutdown(() => service?.dispose());

  connection.listen();
  return connection;
}

function irLanguage(languageId: string, uri: string): DocumentLanguage | undefined {
  if (languageId === 'markdown' || languageId === 'markdown.mdx') return 'markdown';
  if (languageId === 'plaintext' || languageId === 'text') return 'plaintext';
  return /\.(md|markdown|txt)$/i.test(uri) ? languageFromPath(uri) : undefined;
}

/** `checks.unknownAcronyms` in a nested settings object, or under that dotted key. */
function readPath(section: Record<string, unknown>, key: string): unknown {
  if (key in section) return section[key];
  let at: unknown = section;
  for (const part of key.split('.')) at = at && typeof at === 'object' ? (at as Record<string, unknown>)[part] : undefined;
  return at;
}
