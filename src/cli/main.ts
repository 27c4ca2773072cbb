import { isMainThread } from 'node:worker_threads';
import { workerData } from 'node:worker_threads';
import { isWorkerSetup, runWorker } from './batch/worker';
import { bundledKbPath } from './bundledKnowledge';
import { runCli } from './runCli';

if (!isMainThread && isWorkerSetup(workerData)) {
  // A worker thread of a batch run (see batch/pool.ts): the same script, another entry.
  runWorker();
} else if (process.argv[2] === 'lsp') {
  // `ir-lens lsp --stdio`: the language server runs until its client shuts it down. Loaded here only,
  // so the other commands do not evaluate the protocol libraries at start-up.
  void import('../lsp').then(({ startLanguageServer }) => startLanguageServer({ kbPath: bundledKbPath() }));
} else {
  // A reader that stops early ("ir-lens annotate ... | head") closes the pipe: stop quietly, as other tools do.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });
  void runCli(
    process.argv.slice(2),
    { stdout: (text) => process.stdout.write(text), stderr: (text) => process.stderr.write(text) },
    undefined,
    { progressStream: process.stderr, workerScript: { path: __filename, kbPath: bundledKbPath } },
  ).then((code) => {
    process.exitCode = code;
  });
}
