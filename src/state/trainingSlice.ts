import type { ToWorker } from '../worker/protocol';
import type { Slice, TrainingSlice } from './labState';
import { ONE_SEGMENT } from './runSegments';
import { stopAhead } from './stops';

export const createTrainingSlice: Slice<TrainingSlice> = (set, get) => {
  const send = (message: ToWorker) => get().engine?.send(message);
  // With training off (the engine gave up) a command would go nowhere: the controls are disabled and say why,
  // and a shortcut does nothing rather than show a run that is not happening.
  const off = () => get().engineDown !== null;
  /** Whether a lesson's hold refuses going to `target` (saying why); rewinding is always allowed. */
  const held = (target: number) => {
    const { hold } = get();
    if (hold === null || target <= hold.at) return false;
    get().addNotice(hold.reason, 'info');
    return true;
  };
  return {
    iteration: 0,
    trainedTo: 0,
    running: false,
    clockRunning: false,
    catchingUpTo: null,
    frame: null,
    fault: null,
    engineDown: null,
    stoppedAt: null,
    engine: null,
    hold: null,
    setHold: (hold) => set({ hold }),
    attachEngine: (engine) => set({ engine }),
    step(count) {
      if (off()) return;
      if (held(get().iteration + count)) return;
      set({ running: false, stoppedAt: null });
      send({ type: 'step', count });
    },
    run() {
      if (off()) return;
      const { stopAt, iteration, catchingUpTo, speed } = get();
      // Run again from a stop goes on to the next one, and "Stop at" shows it.
      const until = stopAhead(stopAt, catchingUpTo ?? iteration);
      if (held(until ?? Number.POSITIVE_INFINITY)) return;
      set({ running: true, fault: null, stoppedAt: null, stopAt: until });
      send(until === null ? { type: 'run', speed } : { type: 'run', speed, until });
    },
    pause() {
      set({ running: false, stoppedAt: null });
      send({ type: 'pause' });
    },
    toggleRun() {
      if (get().running) get().pause();
      else get().run();
    },
    reset() {
      if (off()) return;
      set({ running: false, fault: null, stoppedAt: null });
      send({ type: 'reset' });
      // Back to iteration 0: the run is the table being edited from the start (the worker reloads it at 0).
      if (get().pastSegments.length > 0) set(ONE_SEGMENT);
    },
    seek(iteration) {
      if (off()) return;
      if (held(iteration)) return;
      set({ running: false, stoppedAt: null });
      send({ type: 'seek', iteration });
    },
    goTo(iteration) {
      // Kept while training is off too (a file imported meanwhile): "Try again" goes there.
      if (held(iteration)) return;
      // Shown at once as the iteration asked for; the worker trains up to it if it has not got there yet.
      set({ iteration, running: false, stoppedAt: null, catchingUpTo: iteration > get().trainedTo ? iteration : null });
      send({ type: 'seek', iteration });
    },
    receiveFrame(frame, catchingUpTo = null) {
      // While the worker recomputes towards an iteration the counter keeps showing that iteration: it never
      // jumps back to the progress made so far (the progress bar shows that).
      set({ frame, iteration: catchingUpTo ?? frame.iteration, trainedTo: frame.trainedTo, running: frame.running, catchingUpTo });
      get().weighLongWork();
    },
    reachedStop: (iteration) => set({ running: false, stoppedAt: iteration }),
    setFault: (fault) => set({ fault }),
    // Nothing runs while training is off: the Run button must not say Pause.
    setEngineDown: (engineDown) => set(engineDown === null ? { engineDown } : { engineDown, running: false, fault: null }),
    retryEngine: () => get().engine?.restart(),
  };
};
