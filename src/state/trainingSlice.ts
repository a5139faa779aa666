import type { ToWorker } from '../worker/protocol';
import type { Slice, TrainingSlice } from './labState';
import { ONE_SEGMENT } from './runSegments';

export const createTrainingSlice: Slice<TrainingSlice> = (set, get) => {
  const send = (message: ToWorker) => get().engine?.send(message);
  return {
    iteration: 0,
    trainedTo: 0,
    running: false,
    catchingUpTo: null,
    frame: null,
    fault: null,
    engine: null,
    attachEngine: (engine) => set({ engine }),
    step(count) {
      set({ running: false });
      send({ type: 'step', count });
    },
    run() {
      set({ running: true, fault: null });
      send({ type: 'run', speed: get().speed });
    },
    pause() {
      set({ running: false });
      send({ type: 'pause' });
    },
    toggleRun() {
      if (get().running) get().pause();
      else get().run();
    },
    reset() {
      set({ running: false, fault: null });
      send({ type: 'reset' });
      // Back to iteration 0: the run is the table being edited from the start (the worker reloads it at 0).
      if (get().pastSegments.length > 0) set(ONE_SEGMENT);
    },
    seek(iteration) {
      set({ running: false });
      send({ type: 'seek', iteration });
    },
    goTo(iteration) {
      // Shown at once as the iteration asked for; the worker trains up to it if it has not got there yet.
      set({ iteration, running: false, catchingUpTo: iteration > get().trainedTo ? iteration : null });
      send({ type: 'seek', iteration });
    },
    receiveFrame(frame, catchingUpTo = null) {
      // While the worker recomputes towards an iteration the counter keeps showing that iteration: it never
      // jumps back to the progress made so far (the progress bar shows that).
      set({ frame, iteration: catchingUpTo ?? frame.iteration, trainedTo: frame.trainedTo, running: frame.running, catchingUpTo });
    },
    setFault: (fault) => set({ fault }),
  };
};
