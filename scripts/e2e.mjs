#!/usr/bin/env node
// Runs the end-to-end suite (out/e2e/index.js, built by `npm run build`) inside a real VS Code on this
// machine: code-server 4.100.3 (VS Code 1.100.3, from npm) in Debian's Chromium, driven by playwright-core.
// See shared/notes/real-vscode-tests.md for the recipe. Used by `npm run test:e2e`, `npm test` and .ci/run.
//
// Environment:
//   IR_LENS_E2E_VSIX=path.vsix   test the packaged extension: installed into a fresh extensions dir
//                                instead of loading the repository as the development extension
//   IR_LENS_E2E_GREP=pattern     only run tests whose title matches (mocha grep); IR_LENS_E2E_INVERT=1 inverts
//   IR_LENS_E2E_TIMEOUT_MS=n     hard limit for the whole run (default 480000 = 8 min); then everything is killed
//   IR_LENS_E2E_ARTIFACTS=dir    screenshots and logs (default test-artifacts/)
//   IR_LENS_E2E_VERBOSE=1        also print VS Code's own log lines (default: only the extension host's output)
//   IR_LENS_E2E_KEEP_TMP=1       keep the temporary profile (user data, extensions) for inspection
//   IR_LENS_E2E_CHROMIUM=path    another Chromium binary (default /usr/bin/chromium)
//   IR_LENS_E2E_SCENARIO=first-open  instead of the suite, do what a new user does: open the workbench with
//                                no test module (so nothing has started IR Lens), click a paper in the
//                                Explorer and wait for the editor to draw its underlines
//
// UI bridge: the suite runs in the extension host and cannot reach the page, so this runner serves a tiny
// HTTP API on 127.0.0.1 (URL + token passed to the extension host as IR_LENS_E2E_BRIDGE_URL/_TOKEN).
// POST {action, ...} with `authorization: Bearer <token>`; answers {ok, result} or {ok:false, error}.
//   hover {text, line?, occurrence?, expect?, screenshot?, timeout?} -> {text, screenshot}
//   screenshot {name} -> path      query {selector} -> string[]      press {key}      click {selector, hasText?}
//   decorations {style?} -> string[] (text of the spans the editors render with a dotted (or dashed) underline)
// test/e2e/suite/util.ts wraps these (uiHover, uiScreenshot, uiQuery, uiPress, uiClick).
/* global document, getComputedStyle, NodeFilter -- used inside page.evaluate() callbacks, which run in the browser */
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, createWriteStream, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { ensureDebianPackages } from './ensure-debian-packages.mjs';
import { CODE_SERVER_VERSION, ensureCodeServer, REPO_ROOT } from './install-code-server.mjs';

const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
const say = (message) => console.log(`[e2e] ${message}`);

const VSIX = process.env.IR_LENS_E2E_VSIX ? resolve(process.env.IR_LENS_E2E_VSIX) : undefined;
const GREP = process.env.IR_LENS_E2E_GREP || '';
// Restricted mode: workspace trust on, the folder not trusted, no start-up prompt (tests tagged @untrusted).
const UNTRUSTED = process.env.IR_LENS_E2E_UNTRUSTED === '1';
const SCENARIO = process.env.IR_LENS_E2E_SCENARIO || '';
// The demo's folder (examples/): a paper and no workspace KB file, whose loading would re-analyse everything.
const FIRST_OPEN_PAPER = 'china-russia-alignment.md';
const FIRST_OPEN_UNDERLINES = ['SCO', 'Shanghai Cooperation Organisation'];
const TIMEOUT_MS = Number(process.env.IR_LENS_E2E_TIMEOUT_MS || 8 * 60_000);
const VERBOSE = process.env.IR_LENS_E2E_VERBOSE === '1';
const KEEP_TMP = process.env.IR_LENS_E2E_KEEP_TMP === '1';
const ARTIFACTS = resolve(REPO_ROOT, process.env.IR_LENS_E2E_ARTIFACTS || 'test-artifacts');
const LOG_DIR = join(ARTIFACTS, 'e2e-logs');
const WORKSPACE_FIXTURE = join(REPO_ROOT, 'test', 'e2e', 'workspace');
// Tests edit and create files in the workspace, so each run works on a fresh copy of the fixture.
let WORKSPACE = WORKSPACE_FIXTURE;
const TESTS_ENTRY = join(REPO_ROOT, 'out', 'e2e', 'index.js');
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

// Everything that must be torn down, whatever happens.
const state = { codeServer: undefined, browserServer: undefined, browser: undefined, bridge: undefined, tmp: undefined };
let cleaningUp;

async function cleanup() {
  cleaningUp ??= (async () => {
    try {
      await Promise.race([state.browser?.close(), delay(5_000)]);
    } catch { /* best effort */ }
    try {
      await Promise.race([state.browserServer?.kill(), delay(5_000)]);
    } catch { /* best effort */ }
    await killProcessGroup(state.codeServer);
    state.bridge?.closeAllConnections?.();
    state.bridge?.close();
    if (state.tmp && !KEEP_TMP) rmSync(state.tmp, { recursive: true, force: true });
    else if (state.tmp) say(`kept the temporary profile in ${state.tmp}`);
  })();
  return cleaningUp;
}

function delay(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}

/** SIGTERM to the whole process group (code-server, its extension host, file watcher), then SIGKILL. */
async function killProcessGroup(child) {
  if (!child?.pid) return;
  const signalGroup = (name) => {
    try {
      process.kill(-child.pid, name);
      return true;
    } catch {
      return false; // ESRCH: nothing left in the group
    }
  };
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    if (!signalGroup('SIGTERM')) child.kill('SIGTERM');
    await Promise.race([exited, delay(5_000)]);
  }
  // The server may be gone while its extension host (same group) lingers: make sure of the whole group.
  signalGroup('SIGKILL');
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createNetServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForHttp(url, timeoutMs, child) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`code-server exited early (${child.exitCode ?? child.signalCode}); see ${relative(REPO_ROOT, join(LOG_DIR, 'code-server.log'))}`);
    }
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) return;
    } catch { /* best effort */ }
    await delay(200);
  }
  throw new Error(`code-server did not answer ${url} within ${timeoutMs / 1000} s`);
}

const codeServerEnv = (tmp) => ({
  ...process.env,
  // code-server writes a default config file and its own logs under XDG dirs: keep them out of $HOME.
  XDG_CONFIG_HOME: join(tmp, 'xdg-config'),
  XDG_DATA_HOME: join(tmp, 'xdg-data'),
  XDG_CACHE_HOME: join(tmp, 'xdg-cache'),
});

function installVsix(entry, tmp, dirs) {
  say(`installing ${VSIX} into the temporary extensions dir`);
  const result = spawnSync(
    process.execPath,
    [entry, '--user-data-dir', dirs.user, '--extensions-dir', dirs.extensions, '--install-extension', VSIX, '--force'],
    { encoding: 'utf8', env: codeServerEnv(tmp), timeout: 120_000 },
  );
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim();
  if (result.status !== 0) throw new Error(`code-server --install-extension failed (exit ${result.status}): ${output}`);
  const installed = readdirSync(dirs.extensions).filter((name) => name.toLowerCase().startsWith('ir-lens.ir-lens-'));
  if (installed.length !== 1) throw new Error(`the VSIX did not install ir-lens.ir-lens (extensions dir holds: ${readdirSync(dirs.extensions).join(', ')}); output: ${output}`);
  say(`installed ${installed[0]}`);
}

/**
 * VS Code only runs an extensionTestsPath module in an "extension development" window, so VSIX mode
 * loads this empty placeholder as the development extension; IR Lens itself comes from the VSIX.
 */
function createHostExtension(dir) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify(
      {
        name: 'ir-lens-e2e-host',
        displayName: 'IR Lens e2e host (placeholder)',
        publisher: 'ir-lens-e2e',
        version: '0.0.0',
        private: true,
        engines: { vscode: '^1.100.0' },
        description: 'Empty development extension that lets VS Code run the e2e suite against an installed VSIX.',
      },
      null,
      2,
    ) + '\n',
  );
}

function userSettings() {
  return {
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'workbench.welcomePage.walkthroughs.openOnInstall': false,
    'security.workspace.trust.enabled': false,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'extensions.ignoreRecommendations': true,
    'chat.commandCenter.enabled': false,
    'git.enabled': false,
    'git.openRepositoryInParentFolders': 'never',
    'editor.hover.delay': 300,
    'editor.hover.sticky': true,
    'window.restoreWindows': 'none',
    'files.hotExit': 'off',
  };
}

const safeName = (name) => String(name || 'screenshot').replace(/[^\w.-]+/g, '_').slice(0, 120);

/** The bridge's page actions. */
function bridgeActions(page) {
  const screenshot = async (name) => {
    const path = join(ARTIFACTS, `${safeName(name)}.png`);
    await page.screenshot({ path });
    return path;
  };

  /**
   * Centre of `text` in the rendered editor (focused editor first). With `line` (1-based model line) the
   * search is limited to that line's `.view-line` rows, found through the line-number gutter, and
   * `occurrence` counts within the line; without it, occurrences count over the visible rows, top down.
   */
  const locateText = (text, line, occurrence) =>
    page.evaluate(
      ({ text, line, occurrence }) => {
        const visible = (el) => {
          const r = el.getBoundingClientRect();
          return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
        };
        const editors = [...document.querySelectorAll('.monaco-editor')].filter(
          (el) => visible(el) && el.querySelector('.view-lines') && !el.closest('.monaco-hover'),
        );
        const focused = editors.filter((el) => el.classList.contains('focused'));
        for (const editor of focused.length > 0 ? focused : editors) {
          const box = editor.getBoundingClientRect();
          let top = box.top - 1;
          let bottom = box.bottom + 1;
          if (line) {
            const numbers = [...editor.querySelectorAll('.margin-view-overlays .line-numbers')]
              .map((el) => ({ n: el.textContent.trim(), top: el.getBoundingClientRect().top }))
              .sort((a, b) => a.top - b.top);
            const index = numbers.findIndex((entry) => entry.n === String(line));
            if (index < 0) continue; // not rendered in this editor
            top = numbers[index].top - 1;
            bottom = numbers[index + 1] ? numbers[index + 1].top - 1 : bottom;
          }
          const rows = [...editor.querySelectorAll('.view-lines .view-line')]
            .map((row) => ({ row, rect: row.getBoundingClientRect() }))
            .filter(({ rect }) => rect.height > 0 && rect.top >= top && rect.top < bottom && rect.bottom <= box.bottom + 1)
            .sort((a, b) => a.rect.top - b.rect.top);
          let seen = 0;
          for (const { row } of rows) {
            const walker = document.createTreeWalker(row, NodeFilter.SHOW_TEXT);
            const pieces = [];
            let full = '';
            while (walker.nextNode()) {
              pieces.push({ node: walker.currentNode, start: full.length });
              full += walker.currentNode.data;
            }
            const flat = full.replace(/\u00a0/g, ' '); // Monaco renders spaces as no-break spaces
            for (let index = flat.indexOf(text); index >= 0; index = flat.indexOf(text, index + 1)) {
              if (seen++ !== occurrence) continue;
              const at = (offset) => {
                const piece = pieces.findLast((p) => p.start <= offset && offset <= p.start + p.node.data.length);
                return [piece.node, offset - piece.start];
              };
              const range = document.createRange();
              range.setStart(...at(index));
              range.setEnd(...at(index + text.length));
              const rect = range.getClientRects()[0] ?? range.getBoundingClientRect();
              const x = rect.left + rect.width / 2;
              const y = rect.top + rect.height / 2;
              const hit = document.elementFromPoint(x, y);
              return { x, y, row: flat, covered: !hit || !(row.contains(hit) || hit.closest('.view-lines')) };
            }
          }
        }
        return null;
      },
      { text, line, occurrence },
    );

  /** innerText of the visible hover card(s); editor hovers first. */
  const hoverText = () =>
    page.evaluate(() => {
      const shown = [...document.querySelectorAll('.monaco-hover')].filter((el) => {
        const r = el.getBoundingClientRect();
        return !el.classList.contains('hidden') && r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
      });
      const inEditor = shown.filter((el) => el.closest('.monaco-editor'));
      return (inEditor.length > 0 ? inEditor : shown).map((el) => el.innerText.trim()).filter(Boolean).join('\n---\n');
    });

  return {
    async hover({ text, line, occurrence = 0, expect, screenshot: name, timeout = 15_000 }) {
      if (typeof text !== 'string' || text.length === 0) throw new Error('hover needs {text}');
      const deadline = Date.now() + timeout;
      let target;
      while (!(target = await locateText(text, line, occurrence))) {
        if (Date.now() > deadline) {
          const shot = await screenshot(`${name || 'hover'}-not-found`);
          throw new Error(`"${text}" (occurrence ${occurrence}${line ? ` on line ${line}` : ''}) is not among the rendered editor lines; screenshot: ${shot}`);
        }
        await delay(100);
      }
      if (target.covered) say(`warning: "${text}" seems covered by another element at ${Math.round(target.x)},${Math.round(target.y)}`);
      // Move away first so Monaco sees a fresh mouse move onto the word, then rest on it.
      await page.mouse.move(2, 2);
      await page.mouse.move(target.x, target.y, { steps: 5 });
      let last;
      let nudged = false;
      for (;;) {
        last = await hoverText();
        const ready = last.length > 0 && !/^Loading\.*$/.test(last) && (!expect || last.includes(expect));
        if (ready) break;
        if (Date.now() > deadline) {
          const shot = await screenshot(`${name || 'hover'}-timeout`);
          throw new Error(
            `no hover${expect ? ` containing ${JSON.stringify(expect)}` : ''} over "${text}" within ${timeout} ms; ` +
              `visible hover text: ${JSON.stringify(last)}; screenshot: ${shot}`,
          );
        }
        if (!nudged && Date.now() > deadline - timeout / 2) {
          nudged = true; // one more small move in case the first one was swallowed during a re-layout
          await page.mouse.move(target.x + 1, target.y, { steps: 2 });
        }
        await delay(100);
      }
      await delay(150); // let the card finish rendering before the screenshot
      const shown = (await hoverText()) || last;
      return { text: shown, screenshot: await screenshot(name || `hover-${text}`) };
    },
    screenshot: ({ name }) => screenshot(name),
    query: ({ selector }) =>
      page
        .locator(selector)
        .filter({ visible: true })
        .evaluateAll((elements) => elements.map((el) => el.innerText)),
    async press({ key }) {
      await page.keyboard.press(key);
      return null;
    },
    async click({ selector, hasText }) {
      await page.locator(selector).filter({ visible: true, ...(hasText ? { hasText } : {}) }).first().click();
      return null;
    },
    /**
     * The text under every dotted underline the visible editors draw (IR Lens's decorations; `dashed`
     * for the entities a paper names itself). Monaco draws border decorations as overlay boxes beside
     * the text, so this reads the characters each box covers on its line.
     */
    decorations: ({ style = 'dotted' } = {}) =>
      page.evaluate((borderStyle) => {
        const underlined = [];
        for (const editor of document.querySelectorAll('.monaco-editor')) {
          const boxes = [...editor.querySelectorAll('.view-overlays div')].filter((el) => {
            const style = getComputedStyle(el);
            const rect = el.getBoundingClientRect();
            return style.borderBottomStyle === borderStyle && parseFloat(style.borderBottomWidth) > 0 && rect.width > 0;
          });
          const lines = [...editor.querySelectorAll('.view-lines .view-line')];
          for (const box of boxes) {
            const r = box.getBoundingClientRect();
            const line = lines.find((l) => {
              const lr = l.getBoundingClientRect();
              return r.top + r.height / 2 >= lr.top && r.top + r.height / 2 < lr.bottom;
            });
            if (!line) continue;
            let text = '';
            const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
            const range = document.createRange();
            while (walker.nextNode()) {
              const node = walker.currentNode;
              for (let i = 0; i < node.data.length; i++) {
                range.setStart(node, i);
                range.setEnd(node, i + 1);
                const c = range.getBoundingClientRect();
                const middle = c.left + c.width / 2;
                if (middle > r.left && middle < r.right) text += node.data[i];
              }
            }
            underlined.push(text.replace(/\u00a0/g, ' '));
          }
        }
        return underlined;
      }, style),
  };
}

/** Starts the loopback HTTP bridge; commands are performed one at a time. */
async function startBridge(page) {
  const token = randomBytes(16).toString('hex');
  const actions = bridgeActions(page);
  let queue = Promise.resolve();
  const server = createServer((request, response) => {
    const reply = (status, body) => {
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(body));
    };
    if (request.method !== 'POST' || request.headers.authorization !== `Bearer ${token}`) {
      reply(403, { ok: false, error: 'forbidden' });
      return;
    }
    let raw = '';
    request.setEncoding('utf8');
    request.on('data', (chunk) => (raw += chunk));
    request.on('end', () => {
      queue = queue.then(async () => {
        let command;
        try {
          command = JSON.parse(raw);
          const action = actions[command.action];
          if (!action) throw new Error(`unknown action ${JSON.stringify(command.action)} (known: ${Object.keys(actions).join(', ')})`);
          const result = await action(command);
          if (VERBOSE) say(`bridge ${command.action} ok`);
          reply(200, { ok: true, result });
        } catch (error) {
          say(`bridge ${command?.action ?? '?'} failed: ${error.message}`);
          reply(500, { ok: false, error: error.message });
        }
      });
    });
  });
  await new Promise((resolve, reject) => {
    server.on('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  state.bridge = server;
  return { url: `http://127.0.0.1:${server.address().port}/`, token };
}

// Workbench chatter that the automation logger forwards along with the extension host's console output.
const NOISE = [
  /^Resolv(ing|ed) connection token/,
  /^Creating a socket/,
  /^Updating additional builtin extensions cache/,
  /^\[Service Worker\]/,
  /^ChatSessionStore:/,
  /open-vsx\.org|ENOTFOUND/, // the offline marketplace (expected on these machines)
];

/**
 * One line from VS Code's automation logger: the extension host's console (mocha's reporter, the tests'
 * console.log) and the workbench's own log lines. All go to e2e-logs/vscode-automation.log; stdout gets
 * everything but the known chatter (IR_LENS_E2E_VERBOSE=1 prints that too).
 */
function logLine(type, args, logStream) {
  const message = (Array.isArray(args) ? args : [args]).map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ');
  logStream.write(`[${type}] ${message}\n`);
  if (!VERBOSE && NOISE.some((pattern) => pattern.test(message))) return;
  (type === 'error' || type === 'warn' ? process.stderr : process.stdout).write(`${message}\n`);
}

async function main() {
  if (!existsSync(TESTS_ENTRY)) throw new Error(`${relative(REPO_ROOT, TESTS_ENTRY)} is missing: run \`npm run build\` first`);
  if (!VSIX && !existsSync(join(REPO_ROOT, 'dist', 'extension.js'))) throw new Error('dist/extension.js is missing: run `npm run build` first');
  if (VSIX && !existsSync(VSIX)) throw new Error(`IR_LENS_E2E_VSIX=${VSIX} does not exist`);

  const chromiumPath = ensureDebianPackages({ log: say });
  const entry = ensureCodeServer({ log: say });

  mkdirSync(LOG_DIR, { recursive: true });
  for (const name of readdirSync(LOG_DIR)) rmSync(join(LOG_DIR, name), { recursive: true, force: true });
  const tmp = (state.tmp = mkdtempSync(join(tmpdir(), 'ir-lens-e2e-')));
  WORKSPACE = join(tmp, 'workspace');
  cpSync(SCENARIO === 'first-open' ? join(REPO_ROOT, 'examples') : WORKSPACE_FIXTURE, WORKSPACE, { recursive: true });
  const dirs = { user: join(tmp, 'user-data'), extensions: join(tmp, 'extensions'), host: join(tmp, 'e2e-host') };
  mkdirSync(join(dirs.user, 'User'), { recursive: true });
  mkdirSync(dirs.extensions, { recursive: true });
  writeFileSync(join(dirs.user, 'User', 'settings.json'), JSON.stringify(userSettings(), null, 2) + '\n');

  let developmentPath = REPO_ROOT;
  let extensionRoot = REPO_ROOT;
  if (VSIX) {
    installVsix(entry, tmp, dirs);
    createHostExtension(dirs.host);
    developmentPath = dirs.host;
    extensionRoot = dirs.extensions;
  }

  // The browser comes first so the bridge can be given to code-server (and so to the extension host).
  say(`starting Chromium (${chromiumPath})`);
  state.browserServer = await chromium.launchServer({
    executablePath: chromiumPath,
    args: CHROMIUM_ARGS,
    headless: true,
    // This script handles signals itself (Playwright's handlers would exit before code-server is killed).
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
  state.browser = await chromium.connect(state.browserServer.wsEndpoint());
  const context = await state.browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  const bridge = await startBridge(page);

  if (UNTRUSTED) {
    mkdirSync(join(dirs.user, 'User'), { recursive: true });
    writeFileSync(join(dirs.user, 'User', 'settings.json'), JSON.stringify({ 'security.workspace.trust.startupPrompt': 'never', 'security.workspace.trust.emptyWindow': false }));
  }
  const port = await freePort();
  const logFile = join(LOG_DIR, 'code-server.log');
  const serverLog = createWriteStream(logFile);
  const args = [
    entry,
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    ...(UNTRUSTED ? [] : ['--disable-workspace-trust']),
    '--user-data-dir', dirs.user,
    '--extensions-dir', dirs.extensions,
    WORKSPACE,
  ];
  say(`starting code-server ${CODE_SERVER_VERSION} on 127.0.0.1:${port} (${VSIX ? `VSIX mode: ${VSIX}` : 'development mode'})`);
  const codeServer = (state.codeServer = spawn(process.execPath, args, {
    cwd: REPO_ROOT,
    detached: true, // its own process group, so cleanup also reaches the extension host
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...codeServerEnv(tmp),
      // Inherited by the extension host, where the suite reads them.
      IR_LENS_E2E_BRIDGE_URL: bridge.url,
      IR_LENS_E2E_BRIDGE_TOKEN: bridge.token,
      IR_LENS_E2E_GREP: GREP,
      IR_LENS_E2E_INVERT: process.env.IR_LENS_E2E_INVERT ?? '',
      IR_LENS_E2E_MODE: VSIX ? 'vsix' : 'development',
      IR_LENS_E2E_UNTRUSTED: UNTRUSTED ? '1' : '',
      IR_LENS_E2E_EXTENSION_ROOT: extensionRoot,
      IR_LENS_E2E_ARTIFACTS: ARTIFACTS,
    },
  }));
  codeServer.stdout.pipe(serverLog, { end: false });
  codeServer.stderr.pipe(serverLog, { end: false });
  const serverExited = new Promise((resolve) => codeServer.once('exit', (code, signal) => resolve({ code, signal })));

  await waitForHttp(`http://127.0.0.1:${port}/healthz`, 60_000, codeServer);
  say(`code-server is up (${elapsed()})`);

  const vscodeLog = createWriteStream(join(LOG_DIR, 'vscode-automation.log'));
  const browserLog = createWriteStream(join(LOG_DIR, 'browser-console.log'));
  page.on('console', (message) => browserLog.write(`[${message.type()}] ${message.text()}\n`));
  page.on('pageerror', (error) => browserLog.write(`[pageerror] ${error.stack ?? error}\n`));
  await page.exposeFunction('codeAutomationLog', (type, args) => logLine(type, args, vscodeLog));
  let reportExit;
  const suiteExited = new Promise((resolve) => (reportExit = resolve));
  // Called by the workbench once the test module has finished (0 = passed), with VS Code's log files.
  await page.exposeFunction('codeAutomationExit', (code, logs) => {
    try {
      for (const { relativePath, contents } of logs ?? []) {
        const target = join(LOG_DIR, 'vscode', relativePath);
        if (!relative(LOG_DIR, target).startsWith('..')) {
          mkdirSync(dirname(target), { recursive: true });
          writeFileSync(target, contents);
        }
      }
    } catch { /* best effort */ }
    reportExit(typeof code === 'number' ? code : 1);
  });

  if (SCENARIO === 'first-open') return firstOpenScenario(page, port);
  if (SCENARIO) throw new Error(`unknown IR_LENS_E2E_SCENARIO ${JSON.stringify(SCENARIO)} (known: first-open)`);

  const remote = (path) => `vscode-remote://127.0.0.1:${port}${path}`;
  const payload = [
    ['extensionDevelopmentPath', remote(developmentPath)],
    ['extensionTestsPath', remote(TESTS_ENTRY)],
    ['skipWelcome', 'true'],
  ];
  const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(WORKSPACE)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  say(`opening the workbench; tests: ${relative(REPO_ROOT, TESTS_ENTRY)}${GREP ? `, grep ${JSON.stringify(GREP)}` : ''}`);
  await page.goto(url);

  const outcome = await Promise.race([
    suiteExited.then((code) => ({ code })),
    serverExited.then(({ code, signal }) => ({ code: 1, error: `code-server exited unexpectedly (${code ?? signal})` })),
    new Promise((resolve) => state.browser.once('disconnected', () => resolve({ code: 1, error: 'the browser disconnected' }))),
  ]);
  if (outcome.error) {
    say(outcome.error);
    say(`logs: ${relative(REPO_ROOT, LOG_DIR)}/`);
  } else if (outcome.code !== 0) {
    await page.screenshot({ path: join(ARTIFACTS, 'e2e-final.png') }).catch(() => {});
    say(`the suite failed (exit code ${outcome.code}); screenshot test-artifacts/e2e-final.png, logs ${relative(REPO_ROOT, LOG_DIR)}/`);
  }
  return outcome.code;
}

/**
 * A new user's first minute: the workbench opens with no test module, so IR Lens is not running; a click
 * on a paper in the Explorer activates it, and the editor must then draw the underlines by itself.
 */
async function firstOpenScenario(page, port) {
  say(`scenario first-open: opening the workbench, then ${FIRST_OPEN_PAPER} from the Explorer`);
  await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(WORKSPACE)}`);
  await page.locator('.explorer-folders-view .monaco-list-row', { hasText: FIRST_OPEN_PAPER }).first().click({ timeout: 120_000 });
  const { decorations } = bridgeActions(page);
  const deadline = Date.now() + 90_000;
  let underlined = [];
  while (!FIRST_OPEN_UNDERLINES.every((name) => underlined.includes(name))) {
    if (Date.now() > deadline) {
      await page.screenshot({ path: join(ARTIFACTS, 'first-open-failed.png') }).catch(() => {});
      say(`scenario first-open FAILED: after 90 s the editor underlines ${JSON.stringify(underlined)}; screenshot test-artifacts/first-open-failed.png`);
      return 1;
    }
    await delay(250);
    underlined = await decorations();
  }
  await page.screenshot({ path: join(ARTIFACTS, 'first-open.png') });
  say(`scenario first-open passed: the editor underlines ${underlined.length} mentions without any command (${underlined.slice(0, 6).join(', ')}, ...)`);
  return 0;
}

async function exitAfterCleanup(code) {
  await cleanup();
  say(`${code === 0 ? 'passed' : 'FAILED'} in ${elapsed()}`);
  process.exit(code);
}

setTimeout(async () => {
  say(`hard timeout: the run took more than ${TIMEOUT_MS / 1000} s; killing code-server and the browser`);
  try {
    const page = state.browser?.contexts()[0]?.pages()[0];
    await Promise.race([page?.screenshot({ path: join(ARTIFACTS, 'e2e-timeout.png') }), delay(5_000)]);
  } catch { /* best effort */ }
  await exitAfterCleanup(1);
}, TIMEOUT_MS);

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.once(signal, () => {
    say(`received ${signal}; cleaning up`);
    exitAfterCleanup(signal === 'SIGINT' ? 130 : 143);
  });
}

try {
  const code = await main();
  await exitAfterCleanup(code);
} catch (error) {
  console.error(`[e2e] ${error.message}`);
  await exitAfterCleanup(1);
}
