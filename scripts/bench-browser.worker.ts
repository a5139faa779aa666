/// <reference lib="webworker" />
/**
 * Loaded by `npm run bench:browser` in Chromium: measures the history's recording overhead against plain
 * training inside a browser worker (the engine the app trains with), and posts the medians back.
 */
import { measureRecording } from './bench/history-rates';

const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.onmessage = (event: MessageEvent<{ rounds: number }>) => {
  scope.postMessage(measureRecording(undefined, event.data.rounds));
};
