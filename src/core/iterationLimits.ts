// How far a run may go, apart from the trainer: the page checks iterations (links, files, the timeline) without
// carrying the trainer, which runs in the worker.

/**
 * The furthest iteration a run may reach: 2^32 - 1, the largest count the lesson's readout makes room for
 * (4,294,967,295). Every iteration is a double (exact to 2^53), so nothing wraps below it; getting there takes
 * minutes at full speed, which the page asks about before it starts (see features/longWork).
 */
export const MAX_ITERATION = 4_294_967_295;

/** The most iterations one call may train: as many as a run may reach. */
export const MAX_STEPS_PER_CALL = MAX_ITERATION;
