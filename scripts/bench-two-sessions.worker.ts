/// <reference lib="webworker" />
/**
 * Loaded by `npm run bench:browser` in Chromium: trains `sessions` training sessions in this one worker for `ms`
 * milliseconds and posts each one's iterations per second (see scripts/bench/two-sessions.ts).
 */
import { trainSessions } from './bench/two-sessions';

const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.onmessage = (event: MessageEvent<{ sessions: number; ms: number }>) => {
  scope.postMessage(trainSessions(event.data.sessions, event.data.ms));
};
