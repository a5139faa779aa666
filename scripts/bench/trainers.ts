/**
 * The three ways of training compared by `npm run bench`: the core itself, a straightforward port over nested
 * arrays (what a first translation of the NumPy code looks like), and a fused loop with everything in local
 * variables (the floor: no objects, no bounds, no calls but Math.exp).
 */
import { createTrainer, initialWeights } from '../../src/core';

export interface Table {
  inputs: number[][];
  targets: number[];
}

export type Train = (table: Table, iterations: number) => number[];

export const coreTrain: Train = (table, iterations) => {
  const trainer = createTrainer({ ...table, seed: 1 });
  trainer.step(iterations);
  return Array.from(trainer.weights);
};

const dot = (a: number[], b: number[]) => a.reduce((sum, x, i) => sum + x * b[i]!, 0);

export const nestedArrayTrain: Train = ({ inputs, targets }, iterations) => {
  let w = Array.from(initialWeights(1));
  for (let it = 0; it < iterations; it++) {
    const out = inputs.map((row) => 1 / (1 + Math.exp(-dot(row, w))));
    const delta = targets.map((y, r) => (y - out[r]!) * out[r]! * (1 - out[r]!));
    const adjustment = w.map((_, j) => inputs.reduce((sum, row, r) => sum + row[j]! * delta[r]!, 0));
    w = w.map((wj, j) => wj + adjustment[j]!);
  }
  return w;
};

/** The floor for the tutorial's 3-row table: all nine inputs and three targets in local variables. */
export const fused3Train: Train = ({ inputs, targets }, iterations) => {
  const at = (r: number, c: number) => inputs[r]![c]!;
  const [a0, a1, a2] = [at(0, 0), at(0, 1), at(0, 2)];
  const [b0, b1, b2] = [at(1, 0), at(1, 1), at(1, 2)];
  const [c0, c1, c2] = [at(2, 0), at(2, 1), at(2, 2)];
  const [ya, yb, yc] = [targets[0]!, targets[1]!, targets[2]!];
  const start = initialWeights(1);
  let w0 = start[0]!;
  let w1 = start[1]!;
  let w2 = start[2]!;
  for (let it = 0; it < iterations; it++) {
    const oa = 1 / (1 + Math.exp(-(a0 * w0 + a1 * w1 + a2 * w2)));
    const ob = 1 / (1 + Math.exp(-(b0 * w0 + b1 * w1 + b2 * w2)));
    const oc = 1 / (1 + Math.exp(-(c0 * w0 + c1 * w1 + c2 * w2)));
    const da = (ya - oa) * oa * (1 - oa);
    const db = (yb - ob) * ob * (1 - ob);
    const dc = (yc - oc) * oc * (1 - oc);
    w0 += a0 * da + b0 * db + c0 * dc;
    w1 += a1 * da + b1 * db + c1 * dc;
    w2 += a2 * da + b2 * db + c2 * dc;
  }
  return [w0, w1, w2];
};

/** The floor for any table: one Float64Array pass per iteration, weights in locals, no object, no checks. */
export const fusedTypedTrain: Train = ({ inputs, targets }, iterations) => {
  const rows = inputs.length;
  const x = Float64Array.from(inputs.flat());
  const y = Float64Array.from(targets);
  const start = initialWeights(1);
  let w0 = start[0]!;
  let w1 = start[1]!;
  let w2 = start[2]!;
  for (let it = 0; it < iterations; it++) {
    let g0 = 0;
    let g1 = 0;
    let g2 = 0;
    for (let r = 0, k = 0; r < rows; r++, k += 3) {
      const x0 = x[k]!;
      const x1 = x[k + 1]!;
      const x2 = x[k + 2]!;
      const out = 1 / (1 + Math.exp(-(x0 * w0 + x1 * w1 + x2 * w2)));
      const delta = (y[r]! - out) * out * (1 - out);
      g0 += x0 * delta;
      g1 += x1 * delta;
      g2 += x2 * delta;
    }
    w0 += g0;
    w1 += g1;
    w2 += g2;
  }
  return [w0, w1, w2];
};
