/// <reference lib="webworker" />
/**
 * The landscape worker: computes the error landscape's grid and contours off the main thread. Vite bundles it from
 * `new Worker(new URL('../worker/landscape.worker.ts', import.meta.url), { type: 'module' })`.
 */
import { computeLandscape } from './landscapeJob';
import type { FromLandscapeWorker, LandscapeRequest } from './landscapeProtocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<LandscapeRequest>) => {
  const request = event.data;
  let answer: FromLandscapeWorker;
  try {
    answer = computeLandscape(request);
  } catch (error) {
    answer = { type: 'failed', id: typeof request?.id === 'number' ? request.id : -1, message: error instanceof Error ? error.message : String(error) };
  }
  scope.postMessage(answer, answer.type === 'landscape' ? [answer.grid.buffer] : []);
};
