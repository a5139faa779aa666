/**
 * Why training stopped or a command was refused, as data: a code and its numbers, never a sentence. The worker
 * and the engine speak in these; the page words them in the learner's language (text/faultText.ts).
 */
export type WorkerFault =
  /** The weights stopped being finite during iteration `iteration` + 1: training stopped at `iteration`. */
  | { code: 'diverged'; iteration: number }
  /** The run reached `most` iterations, the most the lab trains. */
  | { code: 'reachedEnd'; most: number }
  /** A step of `count` from `from` would pass `most`. */
  | { code: 'stepPastEnd'; from: number; count: number; most: number }
  /** The worker could not read or apply a command (the page's mistake, not the learner's); it kept its state. */
  | { code: 'refused'; command: string };

/** Why the page's engine restarted the worker, or gave up on it. `detail` is the browser's own text, if any. */
export type EngineFault =
  | WorkerFault
  | { code: 'crashed'; detail: string | null }
  | { code: 'unreadableMessage' }
  | { code: 'notAnswering' };

/** What the page shows: a fault it recovered from, or why training is off. */
export type Fault =
  | EngineFault
  /** The worker failed and was started again at `iteration`. */
  | { code: 'restarted'; cause: EngineFault; iteration: number }
  /** The worker failed `failures` times in a minute: it is not restarted on its own. */
  | { code: 'gaveUp'; cause: EngineFault; failures: number }
  /** No worker could be started; `detail` is the browser's reason. */
  | { code: 'couldNotStart'; detail: string };

/** Thrown by the worker's session for a command it cannot carry out; the fault goes to the page as it is. */
export class FaultError extends RangeError {
  readonly fault: WorkerFault;
  constructor(fault: WorkerFault) {
    super(fault.code);
    this.name = 'FaultError';
    this.fault = fault;
  }
}
