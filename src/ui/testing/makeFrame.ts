import { createTrainer } from '../../core';
import type { Frame, HistorySeries } from '../../worker/protocol';

export interface FrameSetup {
  inputs: number[][];
  targets: number[];
  seed?: number;
  learningRate?: number;
  testInput?: number[];
}

/**
 * A frame at `iteration` made with the numeric core, as the worker would send it, with every iteration from 0
 * as a sample of its history (so min = max = the value). For chart tests: the numbers are the core's exact ones.
 */
export function makeFrame(setup: FrameSetup, iteration: number): Frame {
  const trainer = createTrainer({ inputs: setup.inputs, targets: setup.targets, seed: setup.seed ?? 1, learningRate: setup.learningRate ?? 1 });
  const n = trainer.inputCount;
  const rows = trainer.rowCount;
  const count = iteration + 1;
  const weights = new Float64Array(count * n);
  const rowErrors = new Float64Array(count * rows);
  const mse = new Float64Array(count);
  const iterations = new Float64Array(count);
  for (let k = 0; k <= iteration; k++) {
    if (k > 0) trainer.step(1);
    iterations[k] = k;
    weights.set(trainer.weights, k * n);
    const outputs = trainer.outputs();
    for (let r = 0; r < rows; r++) rowErrors[k * rows + r] = setup.targets[r]! - outputs[r]!;
    mse[k] = trainer.meanSquaredError();
  }
  const series: HistorySeries = {
    scale: 'linear',
    iterations,
    weights,
    weightsMin: weights.slice(),
    weightsMax: weights.slice(),
    mse,
    mseMin: mse.slice(),
    mseMax: mse.slice(),
    rowCount: rows,
    rowErrors,
  };
  const outputs = trainer.outputs();
  return {
    iteration,
    trainedTo: iteration,
    knownFrom: 0,
    running: false,
    inputCount: n,
    rowCount: rows,
    weights: trainer.weights.slice(),
    outputs,
    errors: outputs.map((out, r) => setup.targets[r]! - out),
    meanSquaredError: trainer.meanSquaredError(),
    prediction: trainer.predict(setup.testInput ?? [1, 0, 1]),
    iterationsPerSecond: 0,
    stepFrom: null,
    previousWeights: null,
    series,
  };
}

/** The tutorial's table. */
export const TUTORIAL = { inputs: [[0, 1, 1], [1, 0, 0], [1, 0, 1]], targets: [1, 0, 1], testInput: [1, 0, 1] };
