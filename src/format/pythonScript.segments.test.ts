import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { createTrainer } from '../core';
import { expectAllClose } from '../core/testing/relativeClose';
import { pythonScript, type ScriptSetup } from './pythonScript';

const probe = spawnSync('python3', ['-c', 'import numpy'], { encoding: 'utf8', timeout: 30_000 });
const hasPython = probe.status === 0;

const TUTORIAL = [[0, 1, 1], [1, 0, 0], [1, 0, 1]];
/** The lesson: 10,000 iterations on the tutorial's table, then row 3's target is 0, and 3,000 more at rate 0.5 from 12,000. */
const lesson: ScriptSetup = {
  dataset: { inputs: TUTORIAL, targets: [1, 0, 1] },
  testInput: [1, 0, 1],
  seed: 1,
  learningRate: 1,
  iteration: 13_000,
  laterSegments: [
    { from: 10_000, inputs: TUTORIAL, targets: [1, 0, 0], learningRate: 1 },
    { from: 12_000, inputs: TUTORIAL, targets: [1, 0, 0], learningRate: 0.5 },
  ],
};

/** The same run by plain one-table trainers handed the weights at each edit (the core's NumPy-checked step). */
function plainRun(setup: ScriptSetup) {
  const segments = [{ from: 0, inputs: setup.dataset.inputs, targets: setup.dataset.targets, learningRate: setup.learningRate }, ...(setup.laterSegments ?? [])];
  let weights: Float64Array | null = null;
  let trainer = null as ReturnType<typeof createTrainer> | null;
  for (const [i, segment] of segments.entries()) {
    if (segment.from >= setup.iteration && i > 0) break;
    trainer = createTrainer({ ...segment, seed: setup.seed });
    if (weights) trainer.restore(segment.from, weights);
    trainer.step(Math.min(segments[i + 1]?.from ?? Infinity, setup.iteration) - segment.from);
    weights = trainer.weights.slice();
  }
  return { weights: Array.from(weights!), prediction: trainer!.predict(setup.testInput) };
}

describe('the Python script of a run with edits', () => {
  it('trains each table in turn for its iterations, and names them', () => {
    const script = pythonScript(lesson);
    expect(script).toContain('# The table was edited during the run: the neuron trains 10,000, then 2,000, then 1,000 iterations');
    expect(script).toContain('train(synaptic_weights, inputs, targets, 10000, 1)');
    expect(script).toContain('# Iterations 10,000 to 12,000: the table as edited at iteration 10,000.');
    expect(script).toContain('targets = array([[1, 0, 0]], dtype=float).T');
    expect(script).toContain('train(synaptic_weights, inputs, targets, 1000, 0.5)');
  });

  it('leaves out the edits after the iteration shown, and is the one-table script without edits', () => {
    const before = pythonScript({ ...lesson, iteration: 9_990 });
    expect(before).toBe(pythonScript({ ...lesson, laterSegments: undefined, iteration: 9_990 }));
    expect(before).toContain('for iteration in range(9990):');
  });

  it('refuses segments that do not ascend', () => {
    expect(() => pythonScript({ ...lesson, laterSegments: [...lesson.laterSegments!].reverse() })).toThrow(RangeError);
  });

  it.skipIf(!hasPython)('run by python3 + NumPy, prints the weights and prediction the app computes (within 1e-12)', () => {
    const run = spawnSync('python3', ['-'], { input: pythonScript(lesson), encoding: 'utf8', timeout: 120_000 });
    expect(run.status, run.stderr).toBe(0);
    const weights = JSON.parse(/^Weights after 13000 iterations: (\[.*\])$/m.exec(run.stdout)![1]!) as number[];
    const prediction = Number(/^Prediction for \[1, 0, 1\]: (\S+)$/m.exec(run.stdout)![1]);
    const plain = plainRun(lesson);
    expectAllClose(weights, plain.weights);
    expectAllClose([prediction], [plain.prediction]);
  });
});
