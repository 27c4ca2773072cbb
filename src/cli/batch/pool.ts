import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { KnowledgeBase } from '../../kb';
import { readTextFile } from '../readTextFile';
import type { Input } from './inputs';
import { runJob, type EntityCount, type JobSpec } from './jobs';
import type { Progress } from './progress';
import type { WorkerSetup } from './worker';

export interface ToWorker {
  readonly index: number;
  readonly file: string;
  readonly relative: string;
}

export type FromWorker =
  | { readonly index: number; readonly output: string | Uint8Array; readonly counts?: readonly EntityCount[]; readonly bytes: number; readonly error?: undefined }
  | { readonly index: number; readonly error: string; readonly bytes: number };

export interface FileResult {
  readonly input: Input;
  readonly output?: string | Uint8Array;
  readonly counts?: readonly EntityCount[];
  readonly error?: string;
}

export interface BatchOptions {
  readonly inputs: readonly Input[];
  readonly spec: JobSpec;
  /** Worker threads; 1 runs in this thread. */
  readonly jobs: number;
  readonly progress: Progress;
  /** Called once per file, in input order. */
  readonly onResult: (result: FileResult) => void;
  /** In-process knowledge (the main thread's); workers load the bundle themselves. */
  readonly knowledge: () => KnowledgeBase;
  /** For workers: the bundle to load and the extra KB files to lay over it, and this script's path. */
  readonly workers?: { readonly kbPath: string; readonly extraKb: readonly string[]; readonly script: string };
}

export function defaultJobs(): number {
  return availableParallelism();
}

/**
 * Runs the job over every input: in this thread, or on worker threads that each load the KB once and
 * take the next file as soon as they finish one. Results come out in input order.
 */
export async function runBatch(options: BatchOptions): Promise<void> {
  const { inputs, spec, progress, onResult } = options;
  const threads = Math.min(options.jobs, inputs.length);
  if (threads <= 1 || !options.workers) {
    const kb = options.knowledge();
    for (const input of inputs) {
      let result: FileResult;
      let bytes = 0;
      try {
        const text = readTextFile(input.file);
        bytes = Buffer.byteLength(text);
        const out = runJob(input.file, text, kb, spec, input.relative);
        result = { input, output: out.output, ...(out.counts ? { counts: out.counts } : {}) };
      } catch (error) {
        result = { input, error: error instanceof Error ? error.message : String(error) };
      }
      progress.add(bytes);
      onResult(result);
    }
    return;
  }
  const setup: WorkerSetup = { irLensWorker: true, kbPath: options.workers.kbPath, extraKb: options.workers.extraKb, spec };
  const waiting = new Map<number, FileResult>();
  let next = 0;
  let emitted = 0;
  await new Promise<void>((resolve, reject) => {
    const workers: Worker[] = [];
    const finish = (error?: Error): void => {
      for (const w of workers) void w.terminate();
      if (error) reject(error);
      else resolve();
    };
    const feed = (worker: Worker): void => {
      if (next >= inputs.length) return;
      const message: ToWorker = { index: next, file: inputs[next].file, relative: inputs[next].relative };
      next++;
      worker.postMessage(message);
    };
    for (let t = 0; t < threads; t++) {
      const worker = new Worker(options.workers!.script, { workerData: setup });
      workers.push(worker);
      worker.on('message', (message: FromWorker) => {
        const input = inputs[message.index];
        waiting.set(message.index, message.error !== undefined ? { input, error: message.error } : { input, output: message.output, ...(message.counts ? { counts: message.counts } : {}) });
        progress.add(message.bytes);
        while (waiting.has(emitted)) {
          onResult(waiting.get(emitted)!);
          waiting.delete(emitted);
          emitted++;
        }
        if (emitted === inputs.length) finish();
        else feed(worker);
      });
      worker.on('error', (error) => finish(error));
      feed(worker);
    }
  });
}
