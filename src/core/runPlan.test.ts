import { describe, expect, it } from 'vitest';
import { thrownProblem } from './testing/thrownProblem';
import fc from 'fast-check';
import reference from './fixtures/reference.json';
import { createTrainer } from './trainer';
import { createHistory } from './history';
import { createPlanTrainer } from './planTrainer';
import { assertRunPlan, MAX_SEGMENTS, segmentIndexAt, segmentsAfterEdit, type RunPlan, type RunSegment } from './runPlan';
import type { HistoryLayout } from './historyLayout';

// Expected numbers come from plain one-table trainers handed the weights at each boundary (the core's own
// NumPy-checked step), never from the segmented trainer or history under test.

const tutorial = reference.cases['seed-tutorial'];
const T0: RunSegment = { from: 0, inputs: tutorial.inputs, targets: tutorial.targets, learningRate: 1 };
/** The tutorial's table with row 3's target set to 0, as the lesson's edit does. */
const edited = { inputs: tutorial.inputs, targets: [1, 0, 0], learningRate: 1 };
const fourRows = { inputs: [...tutorial.inputs, [0, 0, 1]], targets: [1, 0, 1, 0], learningRate: 0.5 };

/** The weights after `k` iterations of the plan, by plain trainers: train each table up to the next start. */
function plainWeightsAt(plan: RunPlan, k: number): number[] {
  let weights: Float64Array | null = null;
  let at = 0;
  for (const [i, segment] of plan.segments.entries()) {
    if (segment.from > k) break;
    const trainer = createTrainer({ inputs: segment.inputs, targets: segment.targets, seed: plan.seed, learningRate: segment.learningRate });
    if (weights) trainer.restore(at, weights);
    const end = Math.min(k, plan.segments[i + 1]?.from ?? Infinity);
    trainer.step(end - at);
    at = end;
    weights = trainer.weights.slice();
  }
  return Array.from(weights!);
}

/** Every iteration's weights from 0 to last in one pass, by plain trainers handed the weights at each start. */
function plainTrajectory(plan: RunPlan, last: number): number[][] {
  const out: number[][] = [];
  let trainer = createTrainer({ ...plan.segments[0]!, seed: plan.seed });
  for (let k = 0; k <= last; k++) {
    if (k > 0) trainer.step(1);
    const next = plan.segments.find((segment) => segment.from === k && k > 0);
    if (next) {
      const weights = trainer.weights.slice();
      trainer = createTrainer({ ...next, seed: plan.seed });
      trainer.restore(k, weights);
    }
    out.push(Array.from(trainer.weights));
  }
  return out;
}

function plainMseAt(plan: RunPlan, k: number): number {
  const segment = plan.segments[segmentIndexAt(plan.segments, k)]!;
  const trainer = createTrainer({ inputs: segment.inputs, targets: segment.targets, seed: plan.seed, learningRate: segment.learningRate });
  trainer.restore(k, plainWeightsAt(plan, k));
  return trainer.meanSquaredError();
}

describe('segmentsAfterEdit', () => {
  it('adds a segment at the iteration of the edit and keeps the earlier ones', () => {
    expect(segmentsAfterEdit([T0], 10_000, edited)).toEqual([T0, { from: 10_000, ...edited }]);
  });

  it('lets edits at the same iteration replace each other: typing "0.5" makes one edit, not three', () => {
    let segments = [T0];
    for (const text of ['0', '0.', '0.5']) segments = segmentsAfterEdit(segments, 10_000, { ...edited, targets: [1, 0, Number(text)] });
    expect(segments).toEqual([T0, { from: 10_000, ...edited, targets: [1, 0, 0.5] }]);
  });

  it('adds nothing for an edit back to the table the run had before it', () => {
    const once = segmentsAfterEdit([T0], 10_000, edited);
    expect(segmentsAfterEdit(once, 10_000, T0)).toEqual([T0]);
  });

  it('drops the segments an edit before them rewrites', () => {
    const two = segmentsAfterEdit([T0], 10_000, edited);
    expect(segmentsAfterEdit(two, 5_000, fourRows)).toEqual([T0, { from: 5_000, ...fourRows }]);
  });

  it('makes the run one table for an edit at iteration 0', () => {
    expect(segmentsAfterEdit(segmentsAfterEdit([T0], 10, edited), 0, fourRows)).toEqual([{ from: 0, ...fourRows }]);
  });
});

describe('assertRunPlan', () => {
  const plan = (segments: RunSegment[]): RunPlan => ({ seed: 1, segments });
  it('names what is wrong', () => {
    expect(thrownProblem(() => assertRunPlan(plan([])))).toEqual({ code: 'noSegments' });
    expect(thrownProblem(() => assertRunPlan(plan([{ ...T0, from: 3 }])))).toEqual({ code: 'firstSegmentStart', from: '3' });
    expect(thrownProblem(() => assertRunPlan(plan([T0, { ...edited, from: 0 }])))).toEqual({ code: 'segmentStart', segment: 2, from: '0', after: 0, most: 4294967295 });
    expect(thrownProblem(() => assertRunPlan(plan([T0, { ...edited, from: 20 }, { ...edited, from: 10 }])))).toMatchObject({ code: 'segmentStart', segment: 3, from: '10', after: 20 });
    expect(() => assertRunPlan(plan([T0, { ...edited, from: 2.5 }]))).toThrow(RangeError);
    expect(thrownProblem(() => assertRunPlan(plan([T0, { ...edited, from: 5, targets: [1, 0, 2] }])))).toEqual({ code: 'segmentTable', from: 5, problem: { code: 'targetOutside', row: 3, value: '2' } });
    expect(thrownProblem(() => assertRunPlan(plan([T0, { ...edited, from: 5, learningRate: 0 }])))).toEqual({ code: 'segmentTable', from: 5, problem: { code: 'learningRate', value: '0' } });
    expect(thrownProblem(() => assertRunPlan(plan([T0, { from: 5, inputs: [[1, 0]], targets: [1], learningRate: 1 }])))).toEqual({ code: 'segmentInputCount', from: 5, count: 2, first: 3 });
    const many = Array.from({ length: MAX_SEGMENTS + 1 }, (_, i) => ({ ...T0, from: i }));
    expect(thrownProblem(() => assertRunPlan(plan(many)))).toMatchObject({ code: 'tooManySegments', most: 32 });
    expect(() => assertRunPlan({ seed: -1, segments: [T0] })).toThrow(RangeError);
  });
});

describe('a segmented trainer', () => {
  const plan: RunPlan = { seed: 1, segments: [T0, { from: 7, ...edited }, { from: 12, ...fourRows }] };

  it('trains each table from its first iteration on, bit for bit as plain trainers handed the weights', () => {
    for (const split of [[20], [1, 6, 1, 4, 8], [7, 5, 8], [3, 17]]) {
      const trainer = createPlanTrainer(plan);
      for (const count of split) trainer.step(count);
      expect(trainer.iteration).toBe(20);
      expect(Array.from(trainer.weights)).toEqual(plainWeightsAt(plan, 20));
      expect(trainer.segmentIndex).toBe(2);
      expect(trainer.rowCount).toBe(4);
    }
  });

  it('belongs to the new table at the first iteration of a segment: its outputs and error are that table\'s', () => {
    const trainer = createPlanTrainer(plan);
    trainer.step(7);
    expect(trainer.segmentIndex).toBe(1);
    expect(trainer.meanSquaredError()).toBe(plainMseAt(plan, 7));
    expect(Array.from(trainer.table.targets)).toEqual(edited.targets);
  });

  it('restores to any iteration in the right segment', () => {
    const trainer = createPlanTrainer(plan);
    trainer.restore(12, plainWeightsAt(plan, 12));
    expect(trainer.segmentIndex).toBe(2);
    trainer.restore(6, plainWeightsAt(plan, 6));
    expect(trainer.segmentIndex).toBe(0);
    trainer.step(14);
    expect(Array.from(trainer.weights)).toEqual(plainWeightsAt(plan, 20));
    trainer.reset();
    expect(trainer.iteration).toBe(0);
    expect(trainer.segmentIndex).toBe(0);
  });

  it('with one segment is exactly the plain trainer', () => {
    const one = createPlanTrainer({ inputs: T0.inputs, targets: T0.targets, seed: 1 });
    const plain = createTrainer({ inputs: T0.inputs, targets: T0.targets, seed: 1 });
    one.step(10_000);
    plain.step(10_000);
    expect(Array.from(one.weights)).toEqual(Array.from(plain.weights));
    expect(one.predict([1, 0, 1])).toBe(plain.predict([1, 0, 1]));
  });
});

describe('a history of segments', () => {
  const small: HistoryLayout = { fullResolution: 8, maxStretches: 4, firstStretchWidth: 1, checkpointInterval: 2, maxCheckpoints: 4 };

  it('rewinds to every iteration exactly, across boundaries and through checkpoints, for any split and layout (fast-check)', () => {
    const layouts = fc.record({
      fullResolution: fc.constantFrom(1, 2, 8, 32),
      maxStretches: fc.constantFrom(2, 4, 16),
      firstStretchWidth: fc.constantFrom(1, 2, 8),
      checkpointInterval: fc.constantFrom(1, 2, 4),
      maxCheckpoints: fc.constantFrom(2, 4, 8),
    }).filter((l) => l.checkpointInterval <= l.fullResolution);
    const starts = fc.uniqueArray(fc.integer({ min: 1, max: 300 }), { minLength: 1, maxLength: 3 }).map((a) => a.sort((x, y) => x - y));
    fc.assert(
      fc.property(layouts, starts, fc.array(fc.integer({ min: 0, max: 120 }), { minLength: 1, maxLength: 6 }), (layout, froms, calls) => {
        const tables = [edited, fourRows, { ...T0, learningRate: 2 }];
        const segments = [T0, ...froms.map((from, i) => ({ ...tables[i]!, from }))];
        const plan: RunPlan = { seed: 1, segments };
        const history = createHistory(plan, layout);
        for (const count of calls) history.advance(count);
        const trained = calls.reduce((a, b) => a + b, 0);
        const plain = plainTrajectory(plan, trained);
        for (let k = 0; k <= trained; k++) expect(Array.from(history.weightsAt(k))).toEqual(plain[k]);
        // The tip's error is the error of the tip's segment.
        expect(history.tipMeanSquaredError).toBe(plainMseAt(plan, trained));
      }),
      { numRuns: 60 },
    );
  });

  it('before the edit is bit for bit the old table\'s run, with the old table\'s errors', () => {
    const plan: RunPlan = { seed: 1, segments: [T0, { from: 10, ...edited }] };
    const segmented = createHistory(plan, small);
    const old = createHistory({ inputs: T0.inputs, targets: T0.targets, seed: 1 }, small);
    segmented.advance(30);
    old.advance(30);
    const a = new Float64Array(4);
    const b = new Float64Array(4);
    for (let k = 0; k < 8; k++) {
      segmented.valuesAt(k, a);
      old.valuesAt(k, b);
      expect(Array.from(a)).toEqual(Array.from(b));
    }
    for (let k = 0; k < 10; k++) expect(Array.from(segmented.weightsAt(k))).toEqual(Array.from(old.weightsAt(k)));
    expect(Array.from(segmented.weightsAt(10))).toEqual(Array.from(old.weightsAt(10)));
    expect(Array.from(segmented.weightsAt(11))).not.toEqual(Array.from(old.weightsAt(11)));
    expect(Array.from(segmented.tableAt(9).targets)).toEqual(T0.targets);
    expect(Array.from(segmented.tableAt(10).targets)).toEqual(edited.targets);
  });

  it('gives the lesson\'s numbers: 10,000 iterations on the tutorial\'s table, then 3,000 with row 3\'s target 0', () => {
    const plan: RunPlan = { seed: 1, segments: [T0, { from: 10_000, ...edited }] };
    const history = createHistory(plan);
    history.advance(13_000);
    expect(Array.from(history.weightsAt(10_000))).toEqual(plainWeightsAt({ seed: 1, segments: [T0] }, 10_000));
    expect(Array.from(history.tipWeights)).toEqual(plainWeightsAt(plan, 13_000));
  });

  it('refuses a bad plan with a RangeError, and a recycled history stays whole', () => {
    const before = createHistory({ inputs: T0.inputs, targets: T0.targets, seed: 1 }, small);
    before.advance(20);
    expect(() => createHistory({ seed: 1, segments: [T0, { from: 0, ...edited }] }, small, before)).toThrow(RangeError);
    expect(Array.from(before.weightsAt(15))).toEqual(plainWeightsAt({ seed: 1, segments: [T0] }, 15));
  });
});
