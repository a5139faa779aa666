/**
 * The problem a call refuses with: the CoreRangeError's code and parts (anything else thrown, or nothing, fails).
 * Read by its shape, since the core's lint keeps a folder from importing its parent.
 */
export function thrownProblem(call: () => unknown): unknown {
  try {
    call();
  } catch (error) {
    if (error instanceof RangeError && error.name === 'CoreRangeError' && 'problem' in error) return error.problem;
    throw error;
  }
  throw new Error('expected a CoreRangeError, but nothing was thrown');
}
