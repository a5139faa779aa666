import { useContext, useLayoutEffect, useRef, useState } from 'react';
import type { LabState, LabStore } from '../state';
import { formatCount, formatExact, formatValue, type Digits } from '../format/number';
import { duringRun, useLabStore } from '../state';
import { followClocks, textClock } from './textClock';
import { CoveredContext } from './useSeen';
import { followSight, outOfSight } from './readoutSight';
import { setText } from './domWrites';

interface LiveReadoutProps {
  testId: string;
  /**
   * The number shown, from the state (undefined: none yet, shown as a dash); while comparing, with `runB`'s state
   * too (its own number, or B - A).
   */
  select: (state: LabState, stateB: LabState | null) => number | undefined;
  /** Run B's store, for a number of run B's or one of both runs: the readout follows B's text clock as well. */
  runB?: LabStore | null;
  /** Whole numbers (iterations) get thousands separators; values get 8 significant digits. */
  kind?: 'value' | 'count';
  className?: string;
  /** The id of the visible label that names this readout. */
  labelledBy?: string;
}

/**
 * A number the tests and people read that changes while training runs (an output, the prediction, the
 * iteration): the text is the formatted number (in the digits setting), `data-value` the exact double and the
 * tooltip every digit of it. React renders the element once;
 * the text clock writes its text (8 times a second during a run, at once otherwise), without a React render, and
 * only when the number changed: a 64-row table costs no rendering at 60 Hz. During a run a readout nobody can see
 * (under a view, or scrolled out of sight) is not written until it can be seen or the run stops.
 */
const textOf = (value: number | undefined, kind: 'value' | 'count', digits: Digits) =>
  value === undefined ? '–' : kind === 'count' ? formatCount(value) : formatValue(value, digits);
const titleOf = (value: number | undefined, kind: 'value' | 'count') => (value === undefined || kind === 'count' ? undefined : formatExact(value));

export function LiveReadout({ testId, select, kind = 'value', className, labelledBy, runB = null }: LiveReadoutProps) {
  const ref = useRef<HTMLOutputElement>(null);
  // The digits setting and the running flag are the page's run's (run B keeps run A's clock).
  const clock = textClock(useLabStore());
  const clockB = runB ? textClock(runB) : null;
  // Under a view (Explore, the math) or out of sight (a row scrolled out of its table): no writes during a run.
  const covered = useContext(CoveredContext);
  const latest = useRef({ select, kind, covered, clockB });
  // React renders the first number (a static render and the first paint show it); its props never change after,
  // so React leaves the text to the clock.
  const [first] = useState(() => {
    const state = clock.current();
    return { value: select(state, clockB?.current() ?? null), digits: state.digits, titled: true };
  });
  /** What is written now (the number and the digits setting it was written with). */
  const written = useRef(first);
  const [write] = useState(() => () => {
    const element = ref.current;
    if (!element) return;
    const { select: pick, kind: format, covered: hidden, clockB: other } = latest.current;
    const state = clock.current();
    const stateB = other?.current() ?? null;
    // Nobody can read it now: written when it can be seen again, or the moment the run stops (a still screen is exact).
    const moving = duringRun(state) || (stateB !== null && duringRun(stateB));
    if (moving && (hidden || outOfSight(element))) return;
    const value = pick(state, stateB);
    const still = !moving;
    if (Object.is(value, written.current.value) && state.digits === written.current.digits && (written.current.titled || !still)) return;
    written.current = { value, digits: state.digits, titled: still };
    setText(element, textOf(value, format, state.digits));
    element.dataset.value = value === undefined ? '' : String(value);
    // The tooltip (every digit) only on a still screen: during a run nobody reads a tooltip that changes 8 times a
    // second, and a title write restyles the element (the UA sheet's [title] rules) and costs a number formatted.
    // The tick that ends the run writes it, so a paused screen's tooltip holds the exact number.
    const title = still ? titleOf(value, format) : undefined;
    if (title === undefined) {
      if (element.hasAttribute('title')) element.removeAttribute('title');
    } else if (element.title !== title) element.title = title;
  });
  // On every render (a row moved up, say) and on every tick of the text clock; only a changed number is written.
  useLayoutEffect(() => {
    latest.current = { select, kind, covered, clockB };
    write();
  });
  useLayoutEffect(() => followClocks(clock, clockB, write), [clock, clockB, write]);
  useLayoutEffect(() => (ref.current ? followSight(ref.current, write) : undefined), [write]);
  // aria-live="off": an <output> is a live region by default, and these change with every frame of a run; the one
  // polite announcement after a step or a pause speaks for them.
  return (
    <output
      ref={ref}
      data-testid={testId}
      data-value={first.value === undefined ? '' : String(first.value)}
      className={className}
      aria-labelledby={labelledBy}
      aria-live="off"
      title={titleOf(first.value, kind)}
    >
      {textOf(first.value, kind, first.digits)}
    </output>
  );
}
