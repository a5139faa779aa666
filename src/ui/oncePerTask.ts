/**
 * `run`, called at most once per task: calls made while one is queued are the same call, made when the task's
 * synchronous work is done (a microtask, before the browser paints). For a listener of both runs' text clocks: they
 * tick in the same task (one time grid), and a drawing or B - A written at each tick was written twice.
 */
export function oncePerTask(run: () => void): () => void {
  let queued = false;
  return () => {
    if (queued) return;
    queued = true;
    queueMicrotask(() => {
      queued = false;
      run();
    });
  };
}
