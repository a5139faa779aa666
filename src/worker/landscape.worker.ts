/// <reference lib="webworker" />
/**
 * The landscape worker: computes the error landscape's grid and contours off the main thread. Vite bundles it from
 * `new Worker(new URL('../worker/landscape.worker.ts', import.meta.url), { type: 'module' })`.
 */
import { answerLandscape } from './landscapeJob';
import type { LandscapeRequest } from './landscapeProtocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<LandscapeRequest>) => {
  const answer = answerLandscape(event.data);
  scope.postMessage(answer, answer.type === 'landscape' ? [answer.grid.buffer] : []);
};
