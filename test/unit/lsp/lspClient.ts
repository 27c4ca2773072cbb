/**
 * A small LSP client for tests: starts `node dist/cli.js lsp --stdio` and speaks JSON-RPC to it through
 * vscode-jsonrpc (the protocol library vscode-languageserver itself uses), as any editor's client would.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { repoRoot } from '../helpers';

export interface TestClient {
  readonly connection: MessageConnection;
  readonly process: ChildProcess;
  /** Every publishDiagnostics notification, by URI (the latest wins). */
  readonly diagnostics: Map<string, { message: string; code?: string; range: { start: { line: number } } }[]>;
  /** Resolves when the next diagnostics for `uri` satisfy `accept`. */
  waitForDiagnostics(uri: string, accept: (list: { message: string; code?: string; range: { start: { line: number } } }[]) => boolean, timeoutMs?: number): Promise<void>;
  stop(): Promise<void>;
}

export function startServer(options: { readonly settings?: Record<string, unknown> } = {}): TestClient {
  const child = spawn(process.execPath, [resolve(repoRoot, 'dist', 'cli.js'), 'lsp', '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const diagnostics = new Map<string, { message: string; code?: string; range: { start: { line: number } } }[]>();
  const waiters: (() => void)[] = [];
  connection.onNotification('textDocument/publishDiagnostics', (params: { uri: string; diagnostics: { message: string; code?: string; range: { start: { line: number } } }[] }) => {
    diagnostics.set(params.uri, params.diagnostics);
    for (const w of [...waiters]) w();
  });
  connection.onNotification('window/logMessage', () => undefined);
  connection.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) => params.items.map(() => options.settings ?? {}));
  connection.onRequest('workspace/workspaceFolders', () => null);
  connection.onRequest('client/registerCapability', () => null);
  connection.listen();
  return {
    connection,
    process: child,
    diagnostics,
    waitForDiagnostics(uri, accept, timeoutMs = 20_000) {
      return new Promise((resolvePromise, reject) => {
        const check = (): void => {
          const list = diagnostics.get(uri);
          if (list && accept(list)) {
            waiters.splice(waiters.indexOf(check), 1);
            clearTimeout(timer);
            resolvePromise();
          }
        };
        const timer = setTimeout(() => {
          waiters.splice(waiters.indexOf(check), 1);
          reject(new Error(`no matching diagnostics for ${uri} within ${timeoutMs} ms; last: ${JSON.stringify(diagnostics.get(uri))}`));
        }, timeoutMs);
        waiters.push(check);
        check();
      });
    },
    async stop() {
      await connection.sendRequest('shutdown').catch(() => undefined);
      void connection.sendNotification('exit');
      connection.dispose();
      await new Promise((r) => (child.exitCode !== null ? r(undefined) : child.once('exit', r)));
    },
  };
}
