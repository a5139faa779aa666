import type { EnginePort, LabState, LabStore } from '../state';
import type { EngineFault, Fault } from '../worker/faults';
import { runSegmentsOf } from '../state/runSegments';
import { assertNever, isCountedCommand, type ExactState, type Frame, type FromWorker, type ToWorker, type TrainingSetup } from '../worker/protocol';
import { browserEngineHost, type EngineHost, type WorkerLike } from './engineHost';

/** Without any message from the worker for this long, the engine asks whether it is still there. */
export const PING_AFTER_MS = 1000;
/** A worker that has not answered a ping for this long is taken for dead. */
export const NO_ANSWER_MS = 4000;
/** More failures than this within FAILURE_WINDOW_MS and the engine stops restarting the worker. */
export const MAX_RESTARTS = 3;
export const FAILURE_WINDOW_MS = 60_000;

export interface Engine {
  dispose(): void;
}

/** The run the store describes, as the worker takes it: the first segment's table, and the later segments. */
export function setupOf(state: LabState): TrainingSetup {
  const [first, ...later] = runSegmentsOf(state);
  const setup: TrainingSetup = {
    inputs: first!.inputs as number[][],
    targets: first!.targets as number[],
    seed: state.seed,
    learningRate: first!.learningRate,
    testInput: [...state.testInput],
  };
  if (later.length > 0) {
    setup.later = later.map((segment) => ({
      from: segment.from,
      inputs: segment.inputs as number[][],
      targets: segment.targets as number[],
      learningRate: segment.learningRate,
    }));
  }
  return setup;
}

function setupChanged(state: LabState, previous: LabState): boolean {
  return (
    state.dataset !== previous.dataset ||
    state.seed !== previous.seed ||
    state.learningRate !== previous.learningRate ||
    state.testInput !== previous.testInput ||
    state.pastSegments !== previous.pastSegments ||
    state.editedAt !== previous.editedAt
  );
}

/**
 * Starts the training worker and connects it to the store: commands from the store's actions go to the worker,
 * frames come back into the store at most once per animation frame (each acknowledged after it is drawn), and
 * an edit of the table, seed, learning rate or test input reloads the run where it stands. If the worker fails,
 * the page says so, a fresh worker gets the table and settings from the store and the run goes back to the
 * iteration last shown, taken up from the last frame's exact weights (no retraining from 0 to get there).
 */
export function createEngine(store: LabStore, host: EngineHost = browserEngineHost()): Engine {
  let worker: WorkerLike | null = null;
  /** Bumped with every worker, so callbacks meant for a dead one do nothing. */
  let generation = 0;
  /** Commands sent to this worker that it counts: a frame is current when it has handled all of them. */
  let sent = 0;
  let pendingFrame: Frame | null = null;
  /** The commands the pending frame's worker had handled when it made it. */
  let pendingHandled = 0;
  let frameRequested = false;
  /** The iteration the worker is training towards (a link's), from its latest current frame. */
  let catchUpTo: number | null = null;
  let loadQueued = false;
  let lastMessageAt = host.now();
  let pingSentAt: number | null = null;
  let pingId = 0;
  let failures: number[] = [];
  let gaveUp = false;
  /**
   * The run's exact state in the latest frame made for the setup the worker has (its iteration and weights: the
   * run is deterministic, so that is all the state there is). A restarted worker takes the run up from here
   * instead of training it again from 0. Null after an edit until a frame of the new setup comes.
   */
  let exact: { iteration: number; weights: Float64Array } | null = null;
  /** `sent` just after the latest load: frames that handled it are of the store's setup. */
  let loadAt = 0;

  const post = (message: ToWorker) => {
    if (!worker) return;
    if (isCountedCommand(message)) sent++;
    if (message.type === 'load') loadAt = sent;
    worker.postMessage(message);
  };

  const seriesRequest = (): ToWorker => ({
    type: 'setSeries',
    request: { scale: store.getState().logAxis ? 'log' : 'linear', points: host.seriesPoints() },
  });

  /** An edit: the worker recomputes the new setup where it stands and keeps running if it was. */
  const flushLoad = () => {
    if (!loadQueued) return;
    loadQueued = false;
    exact = null;
    const state = store.getState();
    post({ type: 'load', setup: setupOf(state), iteration: null, running: null, speed: state.speed });
    if (!gaveUp && state.fault !== null) state.setFault(null);
  };

  const port: EnginePort = {
    send(message) {
      // An edit made just before a command reaches the worker before it, as it happened.
      flushLoad();
      post(message);
    },
    restart() {
      if (!gaveUp) return;
      gaveUp = false;
      failures = [];
      store.getState().setEngineDown(null);
      startWorker(resumeAt());
    },
  };

  /** Training is off: the store disables what needs the worker and says why, with "Try again". */
  const giveUp = (reason: Fault) => {
    gaveUp = true;
    store.getState().setEngineDown(reason);
  };

  /** Back to what the page last showed, or to where a link asked to go if the worker was on its way there. */
  const resumeAt = () => catchUpTo ?? store.getState().catchingUpTo ?? store.getState().iteration;

  const draw = (forGeneration: number) => {
    if (forGeneration !== generation) return;
    frameRequested = false;
    const frame = pendingFrame;
    pendingFrame = null;
    if (!frame) return;
    try {
      // A command sent after the frame arrived makes it old news: drawn, it would undo what the click just showed
      // (a Run label flickering back to Pause for a frame).
      if (pendingHandled !== sent) return;
      store.getState().receiveFrame(frame, catchUpTo);
    } finally {
      // Always acknowledge: a worker waiting for an acknowledgement sends no more frames.
      post({ type: 'frameDrawn' });
    }
  };

  const receive = (message: FromWorker) => {
    lastMessageAt = host.now();
    switch (message.type) {
      case 'frame':
        if (message.handled !== sent) {
          // Made before the worker saw the latest command: not worth drawing, but acknowledged so more come.
          post({ type: 'frameDrawn' });
          return;
        }
        catchUpTo = message.catchUpTo;
        if (message.handled >= loadAt && !loadQueued) exact = { iteration: message.frame.iteration, weights: message.frame.weights };
        pendingFrame = message.frame;
        pendingHandled = message.handled;
        if (!frameRequested) {
          frameRequested = true;
          const forGeneration = generation;
          host.requestFrame(() => draw(forGeneration));
        }
        return;
      case 'reachedStop':
        if (message.handled === sent) store.getState().reachedStop(message.iteration);
        return;
      case 'paused':
        if (message.handled === sent) store.getState().setFault(message.fault);
        return;
      case 'rejected':
        // A refused load leaves the worker on its old setup: its frames are no state of the store's.
        if (message.command === 'load') {
          exact = null;
          loadAt = Number.POSITIVE_INFINITY;
        }
        store.getState().setFault(message.fault);
        return;
      case 'pong':
        if (message.id === pingId) pingSentAt = null;
        return;
      default:
        assertNever(message);
    }
  };

  const stopWorker = () => {
    if (!worker) return;
    worker.onmessage = null;
    worker.onerror = null;
    worker.onmessageerror = null;
    worker.terminate();
    worker = null;
    generation++;
    pendingFrame = null;
    frameRequested = false;
    pingSentAt = null;
  };

  /**
   * A fresh worker with the store's table and settings, at `iteration`, paused; it takes the run up from the last
   * exact state the page saw of that setup (at or before `iteration`) rather than from 0.
   */
  const startWorker = (iteration: number) => {
    if (loadQueued) exact = null; // an edit not sent yet: the new worker gets another setup
    const from: ExactState | undefined =
      exact && exact.iteration > 0 && exact.iteration <= iteration ? { iteration: exact.iteration, weights: Array.from(exact.weights) } : undefined;
    try {
      worker = host.createWorker();
    } catch (error) {
      giveUp({ code: 'couldNotStart', detail: error instanceof Error ? error.message : String(error) });
      return;
    }
    const forGeneration = ++generation;
    sent = 0;
    catchUpTo = null;
    loadQueued = false;
    lastMessageAt = host.now();
    worker.onmessage = (event) => {
      if (forGeneration === generation) receive(event.data);
    };
    worker.onerror = (event) => {
      if (forGeneration === generation) fail({ code: 'crashed', detail: event.message ? event.message : null });
    };
    worker.onmessageerror = () => {
      if (forGeneration === generation) fail({ code: 'unreadableMessage' });
    };
    const state = store.getState();
    post(seriesRequest());
    post({ type: 'load', setup: setupOf(state), iteration, running: false, speed: state.speed, ...(from ? { from } : {}) });
  };

  const fail = (cause: EngineFault) => {
    if (gaveUp) return;
    const now = host.now();
    failures = [...failures.filter((at) => now - at < FAILURE_WINDOW_MS), now];
    const iteration = resumeAt();
    stopWorker();
    if (failures.length > MAX_RESTARTS) {
      giveUp({ code: 'gaveUp', cause, failures: failures.length });
      return;
    }
    startWorker(iteration);
    if (!gaveUp) store.getState().setFault({ code: 'restarted', cause, iteration });
  };

  let lastCheckAt = host.now();
  const watchdog = () => {
    if (!worker) return;
    const now = host.now();
    // A check that comes late means the page itself stood still (a busy machine, a tab in the background): the
    // worker's answer may be queued behind this very check, so that time is not held against the worker.
    const pageStood = now - lastCheckAt > PING_AFTER_MS;
    lastCheckAt = now;
    if (pingSentAt !== null) {
      if (pageStood) pingSentAt = now;
      else if (now - pingSentAt > NO_ANSWER_MS) fail({ code: 'notAnswering' });
    } else if (now - lastMessageAt >= PING_AFTER_MS) {
      pingSentAt = now;
      post({ type: 'ping', id: ++pingId });
    }
  };

  const unsubscribe = store.subscribe((state, previous) => {
    if (setupChanged(state, previous) && !loadQueued) {
      // Several changes in one go (a preset, a link) make one load.
      loadQueued = true;
      queueMicrotask(flushLoad);
    }
    if (state.logAxis !== previous.logAxis) port.send(seriesRequest());
  });
  const stopWatchdog = host.every(PING_AFTER_MS / 2, watchdog);

  startWorker(store.getState().catchingUpTo ?? store.getState().iteration);
  store.getState().attachEngine(port);

  return {
    dispose() {
      unsubscribe();
      stopWatchdog();
      stopWorker();
      if (store.getState().engine === port) store.getState().attachEngine(null);
    },
  };
}
