import { parentPort, workerData } from 'node:worker_threads';
import { readFileSync } from 'node:fs';
import { parseBundle } from '../../kb';
import { extendKnowledge } from '../knowledgeFiles';
import { readTextFile } from '../readTextFile';
import { runJob, type JobSpec } from './jobs';
import type { FromWorker, ToWorker } from './pool';

/** What a worker is started with (see pool.ts). */
export interface WorkerSetup {
  readonly irLensWorker: true;
  readonly kbPath: string;
  readonly extraKb: readonly string[];
  readonly spec: JobSpec;
}

export function isWorkerSetup(data: unknown): data is WorkerSetup {
  return typeof data === 'object' && data !== null && (data as { irLensWorker?: unknown }).irLensWorker === true;
}

/** A worker thread of the CLI: loads the KB once, then runs the files it is sent, one at a time. */
export function runWorker(): void {
  const setup = workerData as WorkerSetup;
  const port = parentPort!;
  const kb = extendKnowledge(parseBundle(readFileSync(setup.kbPath)), setup.extraKb);
  port.on('message', (message: ToWorker) => {
    let reply: FromWorker;
    try {
      const text = readTextFile(message.file);
      const result = runJob(message.file, text, kb, setup.spec, message.relative);
      reply = { index: message.index, output: result.output, counts: result.counts, bytes: Buffer.byteLength(text) };
    } catch (error) {
      reply = { index: message.index, error: error instanceof Error ? error.message : String(error), bytes: 0 };
    }
    // Bytes move to the main thread without a copy.
    port.postMessage(reply, reply.error === undefined && reply.output instanceof Uint8Array ? [reply.output.buffer as ArrayBuffer] : []);
  });
}
