import { createPlanTrainer, MAX_STEPS_PER_CALL, neuronOutput, rowPassOf, segmentIndexAt, weightedSum, type RunSegment } from '../../core';

/*
 * The exact numbers a card's answer is checked against, computed with the lab's own numeric core from the run
 * the lab holds (its seed and segments): the same arithmetic as the worker, so the reveal and the screen agree
 * to the last digit.
 */

export interface RunSetup {
  seed: number;
  segments: readonly RunSegment[];
  testInput: readonly number[];
}

/** The neuron at one iteration: its weights, each row's output (of the table trained there) and the prediction. */
export interface RunMoment {
  iteration: number;
  weights: number[];
  outputs: number[];
  prediction: number;
}

/** The run at each of `iterations` (ascending or not), trained once up to the largest. */
export function momentsOf(setup: RunSetup, iterations: readonly number[]): RunMoment[] {
  const trainer = createPlanTrainer({ seed: setup.seed, segments: setup.segments });
  const byIteration = new Map<number, RunMoment>();
  for (const target of [...new Set(iterations)].sort((a, b) => a - b)) {
    while (trainer.iteration < target) trainer.step(Math.min(MAX_STEPS_PER_CALL, target - trainer.iteration));
    const weights = [...trainer.weights];
    const table = setup.segments[segmentIndexAt(setup.segments, target)]!;
    byIteration.set(target, {
      iteration: target,
      weights,
      outputs: table.inputs.map((row) => neuronOutput(row, weights)),
      prediction: neuronOutput(setup.testInput, weights),
    });
  }
  return iterations.map((iteration) => byIteration.get(iteration)!);
}

/** Step k -> k+1 for one row alone, as the by-hand card asks for it: each quantity of the update. */
export interface RowStep {
  inputs: number[];
  target: number;
  weights: number[];
  z: number;
  output: number;
  error: number;
  slope: number;
  delta: number;
  adjustments: number[];
}

/** Row `row` (0-based) of the table trained at `iteration`, and the weights there. */
export function rowStepOf(setup: RunSetup, iteration: number, row: number): RowStep | null {
  const table = setup.segments[segmentIndexAt(setup.segments, iteration)]!;
  const inputs = table.inputs[row];
  if (!inputs) return null;
  const [moment] = momentsOf(setup, [iteration]);
  const weights = moment!.weights;
  const target = table.targets[row]!;
  const { z, out: output, error, slope, delta } = rowPassOf(weightedSum(inputs, weights), target);
  return { inputs: [...inputs], target, weights, z, output, error, slope, delta, adjustments: inputs.map((x) => x * delta) };
}
