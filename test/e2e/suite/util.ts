/**
 * Helpers for the end-to-end tests. They run inside VS Code's extension host, with the real `vscode` API.
 *
 * API-level helpers (work under both runners):
 *   EXTENSION_ID, activateExtension(), fixtureUri(name), openFixture(name), closeAllEditors(), waitFor(...)
 *
 * UI helpers (only under scripts/e2e.mjs, which drives the workbench with Playwright): the extension host
 * cannot touch the page, so these ask the runner, over a small loopback HTTP bridge, to act on it.
 *   hasUiBridge(), uiHover(text), uiScreenshot(name), uiQuery(selector), uiPress(key), uiClick(selector),
 *   uiDecorations()
 * Under scripts/e2e-electron.mjs there is no bridge: guard UI tests with `if (!hasUiBridge()) this.skip();`.
 */
import * as vscode from 'vscode';

export const EXTENSION_ID = 'ir-lens.ir-lens';

/** Resolves once the extension is active; rejects with its activation error if it throws. */
export async function activateExtension(): Promise<vscode.Extension<unknown>> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  if (!extension) throw new Error(`extension ${EXTENSION_ID} is not installed in this VS Code`);
  await extension.activate();
  return extension;
}

/** The fixture workspace folder (test/e2e/workspace) the runners open. */
export function workspaceFolder(): vscode.WorkspaceFolder {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('no workspace folder is open: the runner should open test/e2e/workspace');
  return folder;
}

/** URI of a file in the fixture workspace, e.g. fixtureUri('sco-regional-security.md'). */
export function fixtureUri(name: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceFolder().uri, ...name.split('/'));
}

export interface OpenFixtureOptions {
  /** Editor column; default: the active one. */
  viewColumn?: vscode.ViewColumn;
  /** Open as a preview tab (replaced by the next preview); default false. */
  preview?: boolean;
}

/** Opens a fixture file in a (non-preview) editor, focuses it and returns the editor. */
export async function openFixture(name: string, options: OpenFixtureOptions = {}): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(fixtureUri(name));
  return vscode.window.showTextDocument(document, {
    viewColumn: options.viewColumn,
    preview: options.preview ?? false,
    preserveFocus: false,
  });
}

export async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

export interface WaitForOptions {
  /** Milliseconds before giving up; default 30 000 (generous: CI machines are shared and may be busy). */
  timeout?: number;
  /** Milliseconds between polls; default 50. */
  interval?: number;
  /** Describes what was awaited, for the timeout error. */
  message?: string;
}

/**
 * Polls `predicate` until it returns a truthy value (which is returned) or the time runs out.
 * A predicate that throws is retried; the last error is reported on timeout.
 */
export async function waitFor<T>(
  predicate: () => T | Promise<T>,
  options: WaitForOptions | number = {},
): Promise<NonNullable<T>> {
  const { timeout = 30_000, interval = 50, message } = typeof options === 'number' ? { timeout: options } : options;
  const deadline = Date.now() + timeout;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await predicate();
      if (value) return value as NonNullable<T>;
      lastError = undefined;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() >= deadline) {
      const why = lastError instanceof Error ? ` (last error: ${lastError.message})` : '';
      throw new Error(`waitFor timed out after ${timeout} ms${message ? `: ${message}` : ''}${why}`);
    }
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
}

// ---------------------------------------------------------------------------------------------------
// UI bridge (scripts/e2e.mjs sets IR_LENS_E2E_BRIDGE_URL and IR_LENS_E2E_BRIDGE_TOKEN for the extension host)

/** True when the runner offers page actions (scripts/e2e.mjs); false under @vscode/test-electron. */
export function hasUiBridge(): boolean {
  return Boolean(process.env.IR_LENS_E2E_BRIDGE_URL);
}

/** Sends one command to the runner, which performs it on the Playwright page. */
export async function bridge<T>(action: string, args: Record<string, unknown> = {}, timeoutMs = 60_000): Promise<T> {
  const url = process.env.IR_LENS_E2E_BRIDGE_URL;
  if (!url) throw new Error('no UI bridge: UI tests need scripts/e2e.mjs (guard them with hasUiBridge())');
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${process.env.IR_LENS_E2E_BRIDGE_TOKEN ?? ''}`,
    },
    body: JSON.stringify({ action, ...args }),
    signal: AbortSignal.timeout(timeoutMs),
  });
  const body = (await response.json()) as { ok: boolean; result?: T; error?: string };
  if (!body.ok) throw new Error(`UI bridge '${action}' failed: ${body.error ?? `HTTP ${response.status}`}`);
  return body.result as T;
}

export interface UiHoverOptions {
  /** Which occurrence of `text` in the document to hover (0 = first); default 0. */
  occurrence?: number;
  /** Editor whose text to hover; default: the active editor. */
  editor?: vscode.TextEditor;
  /** Wait until the rendered hover contains this string (otherwise: until it has any text). */
  expect?: string;
  /** Screenshot file name without extension, saved as test-artifacts/<name>.png; default hover-<text>. */
  screenshot?: string;
  /** Milliseconds to wait for the hover card; default 15 000. */
  timeout?: number;
}

export interface UiHoverResult {
  /** innerText of the visible `.monaco-hover` card(s), as a person would read it. */
  text: string;
  /** Absolute path of the PNG screenshot taken while the hover was shown. */
  screenshot: string;
}

/**
 * Moves the real mouse over `text` in the editor, waits for the rendered hover card (`.monaco-hover`)
 * and returns its text plus a screenshot. The occurrence is scrolled into view first; the runner finds
 * it among the rendered `.view-line` elements of its line (located through the line-number gutter).
 */
export async function uiHover(text: string, options: UiHoverOptions = {}): Promise<UiHoverResult> {
  const editor = options.editor ?? vscode.window.activeTextEditor;
  if (!editor) throw new Error('uiHover: no active text editor (open one with openFixture first)');
  const source = editor.document.getText();
  let offset = -1;
  for (let i = 0; i <= (options.occurrence ?? 0); i++) {
    offset = source.indexOf(text, offset + 1);
    if (offset < 0) throw new Error(`uiHover: occurrence ${options.occurrence ?? 0} of "${text}" not in ${editor.document.uri.fsPath}`);
  }
  const position = editor.document.positionAt(offset);
  const lineText = editor.document.lineAt(position.line).text;
  // Which occurrence of `text` on its own line this is.
  let before = 0;
  for (let i = lineText.indexOf(text); i >= 0 && i < position.character; i = lineText.indexOf(text, i + 1)) before++;

  const isVisible = () => editor.visibleRanges.some((range) => range.start.line <= position.line && position.line <= range.end.line);
  if (!isVisible()) {
    editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenter);
    await waitFor(isVisible, { timeout: 5_000, message: `line ${position.line + 1} scrolled into view` });
  }
  const timeout = options.timeout ?? 15_000;
  return bridge<UiHoverResult>(
    'hover',
    {
      text,
      line: position.line + 1,
      occurrence: before,
      expect: options.expect,
      screenshot: options.screenshot ?? `hover-${text}`,
      timeout,
    },
    timeout + 30_000,
  );
}

/** Saves a screenshot of the whole workbench as test-artifacts/<name>.png and returns its path. */
export async function uiScreenshot(name: string): Promise<string> {
  return bridge<string>('screenshot', { name });
}

/** innerText of every visible element matching a CSS selector (e.g. '.monaco-hover', '.notifications-toasts'). */
export async function uiQuery(selector: string): Promise<string[]> {
  return bridge<string[]>('query', { selector });
}

/** Presses a key or chord on the page, in Playwright notation ('Escape', 'Control+Shift+P'). */
export async function uiPress(key: string): Promise<void> {
  await bridge('press', { key });
}

/** Clicks the first visible element matching `selector` (optionally containing `hasText`). */
export async function uiClick(selector: string, hasText?: string): Promise<void> {
  await bridge('click', { selector, hasText });
}

/**
 * The text of every span the visible editors render with IR Lens's dotted underline (the knowledge
 * base's entities) or dashed underline (those the paper names itself), as drawn on the page.
 */
export async function uiDecorations(style: 'dotted' | 'dashed' = 'dotted'): Promise<string[]> {
  return bridge<string[]>('decorations', { style });
}
