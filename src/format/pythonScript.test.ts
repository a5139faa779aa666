import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { thrownProblem } from '../core/testing/thrownProblem';
import fc from 'fast-check';
import reference from '../core/fixtures/reference.json';
import { createTrainer } from '../core';
import { expectAllClose } from '../core/testing/relativeClose';
import { pythonFloat, pythonScript, type ScriptSetup } from './pythonScript';

/**
 * Whether python3 with NumPy can run here; when not, the tests that run scripts are skipped and say why, except
 * under CI, where they run and fail: CI must check parity (`.ci/run` installs python3-numpy).
 */
function findPython(): { ok: true } | { ok: false; reason: string } {
  if (process.env.CI) return { ok: true };
  const probe = spawnSync('python3', ['-c', 'import numpy'], { encoding: 'utf8', timeout: 30_000 });
  if (probe.error) return { ok: false, reason: `python3 could not be started (${probe.error.message})` };
  if (probe.status !== 0) return { ok: false, reason: `python3 cannot import numpy (${probe.stderr.trim().split('\n').pop() ?? ''})` };
  return { ok: true };
}
const python = findPython();
const runTitle = python.ok ? 'the generated script, run by python3 + NumPy,' : `SKIPPED, ${python.reason}: the generated script`;

function runPython(source: string): string {
  const result = spawnSync('python3', ['-'], { input: source, encoding: 'utf8', timeout: 120_000 });
  if (result.status !== 0) throw new Error(`python3 failed (${String(result.status)}): ${result.stderr}`);
  return result.stdout;
}

/** Reads the two lines the script prints: "Weights after N iterations: [...]" and "Prediction for [...]: p". */
function readPrinted(stdout: string): { weights: number[]; prediction: number } {
  const weights = /^Weights after \d+ iterations?: (\[.*\])$/m.exec(stdout);
  const prediction = /^Prediction for \[.*\]: (\S+)$/m.exec(stdout);
  if (!weights || !prediction) throw new Error(`Unexpected output:\n${stdout}`);
  return { weights: JSON.parse(weights[1]!) as number[], prediction: Number(prediction[1]) };
}

const tutorial: ScriptSetup = {
  dataset: { inputs: [[0, 1, 1], [1, 0, 0], [1, 0, 1]], targets: [1, 0, 1] },
  testInput: [1, 0, 1],
  seed: 1,
  learningRate: 1,
  iteration: 10,
};

const fractional: ScriptSetup = {
  dataset: {
    inputs: [[0.5, -1.25, 2], [-0.3, 0.7, 0.1], [1.5, 0, -2.5], [0.25, 0.25, 0.25], [1e-7, -3.3333333333333335, 0.1 + 0.2]],
    targets: [0.9, 0.2, 0, 0.5, 0.123456789],
  },
  testInput: [-0.75, 0.1, 2.5],
  seed: 4294967295,
  learningRate: 0.5,
  iteration: 1000,
};

function coreRun(setup: ScriptSetup) {
  const trainer = createTrainer({ ...setup.dataset, seed: setup.seed, learningRate: setup.learningRate });
  trainer.step(setup.iteration);
  return { weights: Array.from(trainer.weights), prediction: trainer.predict(setup.testInput) };
}

describe('pythonScript(setup)', () => {
  it("writes the tutorial's steps: seed, 2 * random((3, 1)) - 1, the loop, no learning rate when it is 1", () => {
    const script = pythonScript({ ...tutorial, iteration: 10000 });
    expect(script).toContain('random.seed(1)\n');
    expect(script).toContain('synaptic_weights = 2 * random.random((3, 1)) - 1\n');
    expect(script).toContain('for iteration in range(10000):\n');
    expect(script).toContain('    synaptic_weights += adjustment\n');
    expect(script).not.toContain('learning_rate');
    expect(script).toContain('inputs = array([[0, 1, 1],\n                [1, 0, 0],\n                [1, 0, 1]], dtype=float)');
    expect(script).toContain('targets = array([[1, 0, 1]], dtype=float).T');
  });

  it('writes the learning rate when it is not 1, and every number as the exact double', () => {
    const script = pythonScript(fractional);
    expect(script).toContain('learning_rate = 0.5\n');
    expect(script).toContain('    synaptic_weights += learning_rate * adjustment\n');
    expect(script).toContain('[1e-7, -3.3333333333333335, 0.30000000000000004]');
    expect(script).toContain('random.seed(4294967295)');
  });

  it('warns in a comment how long NumPy takes for very long runs', () => {
    expect(pythonScript({ ...tutorial, iteration: 1e9 })).toMatch(/this takes about 3 hours/);
    expect(pythonScript({ ...tutorial, iteration: 999_999 })).not.toMatch(/this takes about/);
  });

  it.each([
    ['an infinite input', { ...tutorial, dataset: { inputs: [[0, Infinity, 1]], targets: [1] } }, { code: 'inputNotFinite', row: 1, input: 2, value: 'Infinity' }],
    ['a NaN target', { ...tutorial, dataset: { ...tutorial.dataset, targets: [1, NaN, 1] } }, { code: 'targetOutside', row: 2, value: 'NaN' }],
    ['a test input of the wrong length', { ...tutorial, testInput: [1, 0] }, { code: 'testInputValues', count: 2, needed: 3 }],
    ['a fractional seed', { ...tutorial, seed: 1.5 }, { code: 'seed', value: '1.5', most: 4294967295 }],
    ['a learning rate of 0', { ...tutorial, learningRate: 0 }, { code: 'learningRate', value: '0' }],
    ['a negative iteration count', { ...tutorial, iteration: -1 }, { code: 'iterationNotWhole', value: '-1' }],
    ['rows of different lengths', { ...tutorial, dataset: { ...tutorial.dataset, inputs: [[0, 1, 1], [1, 0], [1, 0, 1]] } }, { code: 'rowInputCount', row: 2, count: 2, first: 3 }],
  ])('refuses %s with the core\'s RangeError, naming where', (_what, setup, problem) => {
    expect(() => pythonScript(setup)).toThrow(RangeError);
    expect(thrownProblem(() => pythonScript(setup))).toEqual(problem);
  });
});

describe('pythonFloat(x)', () => {
  it('is text that JavaScript reads back as the same double, for any finite double', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        expect(Object.is(Number(pythonFloat(x)), x)).toBe(true);
      }),
    );
  });
});

// Each test starts python3; on a loaded machine that can take seconds, so the tests get a generous timeout.
describe.skipIf(!python.ok)(runTitle, { timeout: 60_000 }, () => {
  it('reads every number back as the same double in Python', () => {
    const values = [
      ...fc.sample(fc.double({ noNaN: true, noDefaultInfinity: true }), { numRuns: 300, seed: 6 }),
      -0, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 1e21, 1e-7, 0.1, 1 / 3,
    ];
    const printed = runPython(`for x in [${values.map(pythonFloat).join(', ')}]:\n    print(repr(x))\n`).trim().split('\n');
    expect(printed.length).toBe(values.length);
    printed.forEach((text, i) => expect(Object.is(Number(text), values[i]), `${text} for ${values[i]}`).toBe(true));
  });

  it.each([10, 100, 10000])("prints the core's weights and prediction for the tutorial's table after %i iterations", (iterations) => {
    const setup = { ...tutorial, iteration: iterations };
    const printed = readPrinted(runPython(pythonScript(setup)));
    const core = coreRun(setup);
    expectAllClose(printed.weights, core.weights);
    expectAllClose([printed.prediction], [core.prediction]);
    const tutorialCase = reference.cases['seed-tutorial'];
    const numpy = tutorialCase.checkpoints.find((cp) => cp.iterations === iterations)!;
    expect(printed.prediction).toBe(numpy.prediction);
  });

  it("prints the tutorial's 0.65980921, 0.87680541 and 0.9897704 to eight digits", () => {
    const printed = [10, 100, 10000].map((iterations) => readPrinted(runPython(pythonScript({ ...tutorial, iteration: iterations }))).prediction);
    expect(printed.map((p) => Number(p.toPrecision(8)))).toEqual([0.65980921, 0.87680541, 0.9897704]);
  });

  it("prints the core's numbers for fractional and negative inputs with learning rate 0.5", () => {
    const printed = readPrinted(runPython(pythonScript(fractional)));
    const core = coreRun(fractional);
    expectAllClose(printed.weights, core.weights);
    expectAllClose([printed.prediction], [core.prediction]);
  });

  it('runs 0 iterations: the starting weights, 2 * random((3, 1)) - 1', () => {
    const printed = readPrinted(runPython(pythonScript({ ...tutorial, iteration: 0 })));
    expect(printed.weights).toEqual(reference.cases['seed-tutorial'].initialWeights);
  });
});

describe('the words of the script', () => {
  it('says "after 1 iteration", and "iterations" for any other count', () => {
    expect(pythonScript({ ...tutorial, iteration: 1 })).toContain('print("Weights after 1 iteration:"');
    expect(pythonScript({ ...tutorial, iteration: 1 })).not.toMatch(/\b1 iterations\b/);
    expect(pythonScript({ ...tutorial, iteration: 0 })).toContain('print("Weights after 0 iterations:"');
    expect(pythonScript({ ...tutorial, iteration: 10 })).toContain('print("Weights after 10 iterations:"');
  });
});
