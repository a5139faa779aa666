import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { comparedScript } from './comparedScript';
import { pythonScript, type ScriptSetup } from './pythonScript';

// NumPy's numbers of the tutorial's run (A) and of the run at learning rate 0.1 (B): e2e/fixtures/make-compare-fixture.py.
interface NumpyRun {
  predictions: Record<string, number>;
  weights: Record<string, number[]>;
}
const numpy = JSON.parse(readFileSync(new URL('../../e2e/fixtures/compare.json', import.meta.url), 'utf8')) as Record<string, NumpyRun>;

const probe = spawnSync('python3', ['-c', 'import numpy'], { encoding: 'utf8', timeout: 30_000 });
// Under CI the script must run (.ci/run installs python3-numpy): no skipping there.
const hasPython = probe.status === 0 || !!process.env.CI;

const tutorial: ScriptSetup = { dataset: { inputs: [[0, 1, 1], [1, 0, 0], [1, 0, 1]], targets: [1, 0, 1] }, testInput: [1, 0, 1], seed: 1, learningRate: 1, iteration: 10 };
const slower: ScriptSetup = { ...tutorial, learningRate: 0.1 };

/** The four lines a two-run script prints, read back as numbers. */
function printed(stdout: string, run: 'A' | 'B', iterations: number) {
  const weights = new RegExp(`^Run ${run}, weights after ${iterations} iterations: (\\[.*\\])$`, 'm').exec(stdout);
  const prediction = new RegExp(`^Run ${run}, prediction for \\[1, 0, 1\\]: (\\S+)$`, 'm').exec(stdout);
  if (!weights || !prediction) throw new Error(`Unexpected output:\n${stdout}`);
  return { weights: JSON.parse(weights[1]!) as number[], prediction: Number(prediction[1]) };
}

const close = (value: number, expected: number) => Math.abs(value / expected - 1) < 1e-12;

describe('comparedScript(a, b)', () => {
  it("holds each run's own script after one import: run B seeds again and trains at its own rate", () => {
    const script = comparedScript(tutorial, slower);
    expect(script.match(/^from numpy import/gm)).toHaveLength(1);
    expect(script.match(/^random\.seed\(1\)$/gm)).toHaveLength(2);
    expect(script).toContain('learning_rate = 0.1\n');
    expect(script.indexOf('print("Run A, weights after 10 iterations:"')).toBeLessThan(script.indexOf('print("Run B, weights after 10 iterations:"'));
    // A run alone prints as before.
    expect(pythonScript(tutorial)).toContain('print("Weights after 10 iterations:"');
  });

  it('names the run a setup cannot be written for', () => {
    expect(() => comparedScript(tutorial, { ...slower, testInput: [1, 0] })).toThrow(/^Run B: The test input has 2 values/);
  });

  it.runIf(hasPython)("run by python3 + NumPy, prints run A's and run B's weights and predictions, NumPy's to 1e-12", () => {
    for (const iterations of [10, 10000]) {
      const run = spawnSync('python3', ['-'], { input: comparedScript({ ...tutorial, iteration: iterations }, { ...slower, iteration: iterations }), encoding: 'utf8', timeout: 120_000 });
      expect(run.status, run.stderr).toBe(0);
      for (const [name, key] of [['A', 'tutorial'], ['B', 'rate-0.1']] as const) {
        const out = printed(run.stdout, name, iterations);
        const expected = numpy[key]!;
        expect(close(out.prediction, expected.predictions[iterations]!), `${name} prediction at ${iterations}`).toBe(true);
        out.weights.forEach((w, j) => expect(close(w, expected.weights[iterations]![j]!), `${name} w${j + 1} at ${iterations}`).toBe(true));
      }
    }
    // Two python3 starts with NumPy take seconds on a loaded machine: past Vitest's 5 s default.
  }, 60_000);
});
