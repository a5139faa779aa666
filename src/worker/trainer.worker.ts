/// <reference lib="webworker" />
/**
 * The training worker: a thin shell around TrainingSession. Vite bundles it from
 * `new Worker(new URL('../worker/trainer.worker.ts', import.meta.url), { type: 'module' })`.
 */
import { TrainingSession } from './session';

const scope = self as unknown as DedicatedWorkerGlobalScope;

// Yielding through a MessageChannel lets the page's queued messages in between two slices without the 4 ms
// minimum delay that browsers give nested setTimeout(0) calls.
const yieldChannel = new MessageChannel();
let queued: (() => void)[] = [];
yieldChannel.port1.onmessage = () => {
  const due = queued;
  queued = [];
  for (const tick of due) tick();
};

const session = new TrainingSession({
  now: () => performance.now(),
  post: (message, transfer) => scope.postMessage(message, transfer),
  schedule(tick, delayMs) {
    if (delayMs > 0) {
      setTimeout(tick, delayMs);
    } else {
      queued.push(tick);
      yieldChannel.port2.postMessage(null);
    }
  },
});

scope.onmessage = (event: MessageEvent) => session.handle(event.data);
