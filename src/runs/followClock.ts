import type { LabStore } from '../state';

/**
 * Run B keeps run A's clock: whenever A shows (or is on its way to) another iteration, B goes to the same one,
 * training up to it in its own worker or rewinding to it exactly. Step, Run, Stop at, Go to iteration and the
 * timeline are A's controls; B follows them. B never trains past A, so when A stops, B stops at A's iteration.
 * The screen's settings (digits, log axis) follow A too. Returns the function that stops following.
 */
export function followClock(a: LabStore, b: LabStore): () => void {
  const targetOf = (store: LabStore) => {
    const state = store.getState();
    return state.catchingUpTo ?? state.iteration;
  };
  let followed = targetOf(a);
  b.setState({ clockRunning: a.getState().running });
  if (targetOf(b) !== followed) b.getState().goTo(followed);
  return a.subscribe((state, previous) => {
    const target = state.catchingUpTo ?? state.iteration;
    if (target !== followed) {
      followed = target;
      b.getState().goTo(target);
    }
    // B's text follows at a run's pace while A runs: its own frames (catching up to A's) never say "running".
    if (state.running !== previous.running) b.setState({ clockRunning: state.running });
    if (state.logAxis !== previous.logAxis) b.getState().setLogAxis(state.logAxis);
    if (state.digits !== previous.digits) b.getState().setDigits(state.digits);
  });
}
