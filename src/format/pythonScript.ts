import { t, plural } from '@lingui/core/macro';
import { CoreRangeError, valueText, assertLearningRate, assertRunPlan, assertSeed, validateTable, type RunSegment } from '../core';
import { iterationsText } from './plural';
import type { RunSetup } from '../state/setup/setup';

/** A setup's type loosened for any number of inputs and read-only: [number, number, number] reads as number[]. */
type AnyWidth<T> = T extends number ? number : T extends readonly (infer U)[] ? readonly AnyWidth<U>[] : T extends object ? { readonly [K in keyof T]: AnyWidth<T[K]> } : T;

/**
 * Everything a run depends on, so the script reproduces exactly this run: the run's fields of the one setup schema
 * (src/state/setup: its table and learning rate from iteration 0, test input, seed, later segments, the iteration
 * shown), for any number of inputs. A new run setting of the schema is a new field here too.
 */
export type ScriptSetup = AnyWidth<RunSetup>;

/** The name the script is downloaded under. */
export const SCRIPT_FILE_NAME = 'neuron_lab.py';

/** NumPy runs the tutorial's loop at roughly this many iterations a second (measured: about 150,000 on 3 rows). */
const NUMPY_ITERATIONS_PER_SECOND = 100_000;

/**
 * A Python literal that reads back as exactly this double. JavaScript's String(x) is the shortest text that
 * round-trips, and Python's float() rounds it correctly, so it lands on the same double ("1e-7" and "1e+21"
 * are valid Python too). Only -0 needs care: String(-0) is "0".
 */
export function pythonFloat(x: number): string {
  if (!Number.isFinite(x)) throw new CoreRangeError({ code: 'numberNotFinite', value: valueText(x) });
  return Object.is(x, -0) ? '-0.0' : String(x);
}

function pythonList(values: readonly number[]): string {
  return `[${values.map(pythonFloat).join(', ')}]`;
}

/** Throws the core's CoreRangeError (worded by the page) for a setup the script cannot reproduce. */
function checkSetup(setup: ScriptSetup): void {
  const { dataset: { inputs, targets }, testInput, seed, learningRate, iteration: iterations } = setup;
  const width = validateTable(inputs, targets).inputCount;
  if (testInput.length !== width) throw new CoreRangeError({ code: 'testInputValues', count: testInput.length, needed: width });
  assertSeed(seed);
  assertLearningRate(learningRate);
  if (!Number.isInteger(iterations) || iterations < 0) throw new CoreRangeError({ code: 'iterationNotWhole', value: valueText(iterations) });
  if (setup.laterSegments && setup.laterSegments.length > 0) {
    assertRunPlan({ seed, segments: [{ from: 0, inputs, targets, learningRate }, ...setup.laterSegments] });
  }
}

function tableLines(inputs: readonly (readonly number[])[], targets: readonly number[]): string[] {
  const rows = inputs.map(pythonList).join(',\n                ');
  return [`inputs = array([${rows}], dtype=float)`, `targets = array([${pythonList(targets)}], dtype=float).T`];
}

const count = (n: number) => n.toLocaleString('en-US');

function duration(seconds: number): string {
  const [amount, unit] = seconds < 90 ? [Math.round(seconds), 's'] : seconds < 5400 ? [Math.round(seconds / 60), 'min'] : [Math.round(seconds / 3600), 'h'];
  if (unit === 's') return plural(amount, { one: '# second', other: '# seconds' });
  if (unit === 'min') return plural(amount, { one: '# minute', other: '# minutes' });
  return plural(amount, { one: '# hour', other: '# hours' });
}

/*
 * The script's comments are in the screen's language (t`...`); its code, and every number in it, are not: the
 * same program runs and prints the same digits in every language.
 */

/** "# NumPy runs roughly 150,000 iterations a second: this takes about 7 minutes." */
function slowLine(iterations: number): string {
  const speed = NUMPY_ITERATIONS_PER_SECOND.toLocaleString('en-US');
  const time = duration(iterations / NUMPY_ITERATIONS_PER_SECOND);
  return '# ' + t`NumPy runs roughly ${speed} iterations a second: this takes about ${time}.`;
}

/** The comments of one training step, at an indent. */
function stepLines(indent: string): [string, string, string, string] {
  return [
    `${indent}z = dot(inputs, synaptic_weights)  # ` + t`each row's weighted sum`,
    `${indent}output = 1 / (1 + exp(-z))  # ` + t`the sigmoid squeezes it into 0..1`,
    `${indent}error = targets - output  # ` + t`how far each output is from its target`,
    `${indent}# ` + t`error times the sigmoid's slope, output * (1 - output), summed over the rows for each input`,
  ];
}

/** "# The same random start every time: ..." */
function seedComment(width: number): string {
  return '# ' + t`The same random start every time: seed the generator, then draw ${width} weights in [-1, 1).`;
}

/**
 * A runnable Python 3 + NumPy program in the tutorial's style that trains on the same table, from the same seed,
 * with the same learning rate, for the same number of iterations, and prints the weights and the prediction for
 * the test input with every digit (Python's repr), so they can be checked against the app's numbers.
 * The loop multiplies in the trainer's order, error * output * (1 - output), so the numbers agree to the last bit
 * on the tutorial's table. Throws a RangeError for a setup that the app would never train on.
 */
export function pythonScript(setup: ScriptSetup): string {
  const { preface, body } = runScript(setup);
  return [...headerLines(pythonList(setup.testInput), setup.iteration), ...preface, IMPORTS, ...body].join('\n');
}

/** The script's one import line. */
export const IMPORTS = 'from numpy import array, dot, exp, random';

/**
 * One run's part of a script: the comments that come before the import (`preface`) and the code after it, which
 * trains and prints. `run` ('A', 'B') names the printed lines, for a script that prints two runs ("Run A, weights
 * after ..."). Throws a RangeError for a setup that the app would never train on.
 */
export function runScript(setup: ScriptSetup, run?: string): { preface: string[]; body: string[] } {
  checkSetup(setup);
  // Segments the run has reached by the iteration shown; those after it do not change the numbers printed.
  const later = (setup.laterSegments ?? []).filter((segment) => segment.from < setup.iteration);
  if (later.length > 0) return segmentedScript(setup, later, run);
  const { dataset: { inputs, targets }, testInput, seed, learningRate, iteration: iterations } = setup;
  const width = inputs[0]!.length;
  const rate = learningRate !== 1;
  const rows = inputs.map(pythonList).join(',\n                ');
  const testText = pythonList(testInput);
  const lines = [
    '',
    '# ' + t`The training table: each row of inputs is one example; targets holds the output each row should give.`,
    `inputs = array([${rows}], dtype=float)`,
    `targets = array([${pythonList(targets)}], dtype=float).T`,
    '',
    seedComment(width),
    `random.seed(${seed})`,
    `synaptic_weights = 2 * random.random((${width}, 1)) - 1`,
    '',
  ];
  if (rate) lines.push('# ' + t`How big a step each adjustment takes (the tutorial has none, that is 1).`, `learning_rate = ${pythonFloat(learningRate)}`, '');
  if (iterations >= 1_000_000) lines.push(slowLine(iterations));
  lines.push(
    `for iteration in range(${iterations}):`,
    ...stepLines('    '),
    '    adjustment = dot(inputs.T, error * output * (1 - output))',
    rate ? '    synaptic_weights += learning_rate * adjustment' : '    synaptic_weights += adjustment',
    ...newSituationLines(testText, iterations, run),
  );
  return { preface: [], body: lines };
}

/**
 * The script of a run with edits that kept what was learned: one `train` function, called for each segment on its
 * table for its iterations, going on from the weights the segment before left. Each step is the same arithmetic as
 * the one-table script (learning_rate * adjustment is adjustment itself when the rate is 1).
 */
function segmentedScript(setup: ScriptSetup, later: readonly RunSegment[], run?: string): { preface: string[]; body: string[] } {
  const { testInput, seed, iteration: iterations } = setup;
  const width = setup.dataset.inputs[0]!.length;
  const segments = [{ from: 0, inputs: setup.dataset.inputs, targets: setup.dataset.targets, learningRate: setup.learningRate }, ...later];
  const testText = pythonList(testInput);
  const spans = segments.map((segment, i) => ({ segment, to: segments[i + 1]?.from ?? iterations }));
  const preface = editedLines(spans.map(({ segment, to }) => count(to - segment.from)));
  const lines = [
    '',
    '',
    'def train(synaptic_weights, inputs, targets, iterations, learning_rate):',
    '    # ' + t`Trains the neuron on one table for this many iterations, changing its weights in place.`,
    '    for iteration in range(iterations):',
    ...stepLines('        '),
    '        adjustment = dot(inputs.T, error * output * (1 - output))',
    '        synaptic_weights += learning_rate * adjustment',
    '',
    '',
    seedComment(width),
    `random.seed(${seed})`,
    `synaptic_weights = 2 * random.random((${width}, 1)) - 1`,
  ];
  const total = iterations;
  if (total >= 1_000_000) lines.push(slowLine(total));
  spans.forEach(({ segment, to }, i) => {
    lines.push('');
    const end = count(to);
    const start = count(segment.from);
    lines.push(
      i === 0
        ? '# ' + t`Iterations 0 to ${end}: the first table (each row of inputs is one example, targets the outputs wanted).`
        : '# ' + t`Iterations ${start} to ${end}: the table as edited at iteration ${start}.`,
    );
    lines.push(...tableLines(segment.inputs, segment.targets));
    lines.push(`train(synaptic_weights, inputs, targets, ${to - segment.from}, ${pythonFloat(segment.learningRate)})`);
  });
  lines.push(
    ...newSituationLines(testText, iterations, run),
  );
  return { preface, body: lines };
}

/** "# The table was edited during the run: ..." over two lines. */
function editedLines(counts: string[]): string[] {
  const spans = counts.join(t`, then `);
  return ['# ' + t`The table was edited during the run: the neuron trains ${spans} iterations`, '# ' + t`on the tables below in turn, each going on from the weights the one before left.`];
}

/** The script's ending, the same for every run: the prediction for the test input, and what the run printed. */
function newSituationLines(testText: string, iterations: number, run?: string): string[] {
  // Python code, not the screen's words: the printed names are the same in every language, as the numbers.
  const weightsName = run ? `Run ${run}, weights after ${iterationsText(iterations)}:` : `Weights after ${iterationsText(iterations)}:`;
  const predictionName = run ? `Run ${run}, prediction for ${testText}:` : `Prediction for ${testText}:`;
  return [
    '',
    '# ' + t`The neuron meets a new situation.`,
    `test_input = array(${testText}, dtype=float)`,
    'prediction = 1 / (1 + exp(-dot(test_input, synaptic_weights)))',
    `print("${weightsName}", synaptic_weights.ravel().tolist())`,
    `print("${predictionName}", float(prediction[0]))`,
    '',
  ];
}

/** The script's opening, the same for every run: what it is, how to run it, and what it prints. */
function headerLines(testText: string, iterations: number): string[] {
  return [
    '#!/usr/bin/env python3',
    '# ' + t`Neuron Lab: one artificial neuron learning, step by step as in the NumPy tutorial.`,
    '# ' + t`Run it with Python 3 and NumPy:  python3 neuron_lab.py`,
    '# ' + plural(iterations, { one: `It prints the weights after # iteration and the prediction for ${testText},`, other: `It prints the weights after # iterations and the prediction for ${testText},` }),
    '# ' + t`the same numbers Neuron Lab shows.`,
  ];
}
