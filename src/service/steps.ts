import type { CancellationToken } from './types';

/** Thrown (and caught by the service) when a newer version makes an analysis in steps pointless. */
export class Cancelled extends Error {
  constructor() {
    super('cancelled');
  }
}

/** Runs an analysis in steps with a turn of the event loop between them, stopping when cancelled. */
export async function runInSteps<T>(steps: Generator<number, T>, token: CancellationToken): Promise<T> {
  for (;;) {
    if (token.isCancellationRequested) throw new Cancelled();
    const step = steps.next();
    if (step.done) return step.value;
    await new Promise((resolve) => setImmediate(resolve));
  }
}
