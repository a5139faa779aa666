import fc from 'fast-check';
import { MAX_INPUT_MAGNITUDE, MAX_ITERATION, MAX_LEARNING_RATE, MAX_ROWS, MAX_SEED } from '../../limits';
import { PANEL_IDS, PRESENTABLE_PANELS, PRESENTER_MAX, PRESENTER_MIN, type SharedState } from '../sharedState';
import { EXPLORE_PANEL_IDS } from '../../explorePanels';

/** The store never holds -0 (parseNumber reads "-0" as 0). */
const noNegativeZero = (value: number) => (Object.is(value, -0) ? 0 : value);

/** Inputs as classes use them (0/1, small whole numbers) and every double the table accepts, edges included. */
export const inputArb = fc
  .oneof(
    fc.integer({ min: 0, max: 9 }),
    fc.integer({ min: -1000, max: 1000 }),
    fc.double({ min: -MAX_INPUT_MAGNITUDE, max: MAX_INPUT_MAGNITUDE, noNaN: true }),
    fc.double({ min: -1e-5, max: 1e-5, noNaN: true }),
    fc.constantFrom(0.1, 0.1 + 0.2, -1.25, 1e-7, -2.5e-7, Number.MIN_VALUE, -Number.MIN_VALUE, MAX_INPUT_MAGNITUDE, -MAX_INPUT_MAGNITUDE),
  )
  .map(noNegativeZero);

export const targetArb = fc
  .oneof(fc.constantFrom(0, 1, 0.5, 1e-7, Number.MIN_VALUE, 1 - Number.EPSILON / 2), fc.double({ min: 0, max: 1, noNaN: true }))
  .map(noNegativeZero);

const threeInputs = fc.tuple(inputArb, inputArb, inputArb);

const datasetArb = (maxRows: number) =>
  fc
    .array(fc.tuple(threeInputs, targetArb), { minLength: 1, maxLength: maxRows })
    .map((rows) => ({ inputs: rows.map(([inputs]) => inputs as number[]), targets: rows.map(([, target]) => target) }));

const learningRateArb = fc.oneof(
  fc.double({ min: Number.MIN_VALUE, max: MAX_LEARNING_RATE, noNaN: true }),
  fc.constantFrom(1, 0.5, 0.1, Number.MIN_VALUE, MAX_LEARNING_RATE),
);

/** Later segments: ascending iterations above 0; each a new table, a new rate or both (null: the one before). */
const laterArb = fc
  .tuple(
    fc.uniqueArray(fc.oneof(fc.integer({ min: 1, max: MAX_ITERATION }), fc.constantFrom(1, 10000, MAX_ITERATION)), { minLength: 1, maxLength: 3 }),
    fc.array(fc.tuple(fc.option(datasetArb(4)), fc.option(learningRateArb)), { minLength: 3, maxLength: 3 }),
  )
  .map(([froms, changes]) => ({ froms: froms.sort((a, b) => a - b), changes }));

const baseArb = fc.record({
  dataset: datasetArb(MAX_ROWS),
  testInput: threeInputs,
  seed: fc.oneof(fc.integer({ min: 0, max: MAX_SEED }), fc.constantFrom(0, 1, MAX_SEED)),
  learningRate: learningRateArb,
  iteration: fc.oneof(fc.integer({ min: 0, max: MAX_ITERATION }), fc.constantFrom(0, 10, 10000, MAX_ITERATION)),
  stopAt: fc.oneof(fc.constant(null), fc.integer({ min: 1, max: MAX_ITERATION }), fc.constantFrom(1, 10, 10000, MAX_ITERATION)),
  digits: fc.constantFrom(8 as const, 4 as const, 2 as const),
  logAxis: fc.boolean(),
  presenter: fc.boolean(),
  hiddenPanels: fc.shuffledSubarray([...PANEL_IDS]),
  presenterPanels: fc.shuffledSubarray([...PRESENTABLE_PANELS], { minLength: PRESENTER_MIN, maxLength: PRESENTER_MAX }),
  // In screen order, as the store keeps them.
  shownPanels: fc.subarray([...EXPLORE_PANEL_IDS]),
});

/** Any state the store can hold: 1 to 64 rows, any seed, any learning rate and iteration, every view option, and
 * sometimes later segments (absent otherwise, as in every link without `seg`). */
export const sharedStateArb: fc.Arbitrary<SharedState> = fc.tuple(baseArb, fc.option(laterArb, { freq: 2 })).map(([state, later]) => {
  if (later === null) return state;
  let before = { inputs: state.dataset.inputs, targets: state.dataset.targets, learningRate: state.learningRate };
  const laterSegments = later.froms.map((from, i) => {
    const [table, rate] = later.changes[i]!;
    before = { ...before, ...(table ?? {}), learningRate: rate ?? before.learningRate };
    return { from, ...before };
  });
  return { ...state, laterSegments };
});
