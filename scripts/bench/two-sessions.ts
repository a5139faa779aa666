/**
 * Two training sessions (run A's and run B's) in one worker, against one worker each: the choice issue 13 leaves
 * open. Each session is a history recording as it trains, as the app's worker does; `trainSessions` trains
 * `count` of them in turns of CHUNK iterations for `ms` milliseconds and says how fast each went.
 */
import { createHistory } from '../../src/core/history';
import { TUTORIAL } from './history-rates';

/** A turn of one session: about a millisecond of training, as the worker trains between its messages. */
const CHUNK = 10_000;

export function trainSessions(count: number, ms: number): number[] {
  // Warm up, so the JIT has compiled the loop before anything is timed.
  createHistory(TUTORIAL).advance(300_000);
  const sessions = Array.from({ length: count }, () => createHistory(TUTORIAL));
  const done = new Array<number>(count).fill(0);
  const start = performance.now();
  while (performance.now() - start < ms) {
    sessions.forEach((session, i) => {
      session.advance(CHUNK);
      done[i]! += CHUNK;
    });
  }
  const seconds = (performance.now() - start) / 1000;
  return done.map((iterations) => iterations / seconds);
}
