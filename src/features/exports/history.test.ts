import { describe, expect, it } from 'vitest';
import reference from '../../core/fixtures/reference.json';
import numpyExtra from '../../core/fixtures/numpy-extra.json';
import { expectAllClose } from '../../core/testing/relativeClose';
import { historyCsv, historyHeader } from './historyCsv';
import { MAX_HISTORY_CELLS, historyIterations, recordHistory } from './recordHistory';

const tutorial = reference.cases['seed-tutorial'];
const tutorialSetup = { inputs: tutorial.inputs, targets: tutorial.targets, seed: 1, learningRate: 1 };

/** The CSV's lines as numbers (header aside), read back the way a spreadsheet or pandas would. */
function readCsv(text: string): { header: string[]; rows: number[][] } {
  const [header, ...lines] = text.trimEnd().split('\r\n');
  return { header: header!.split(','), rows: lines.map((line) => line.split(',').map(Number)) };
}

describe('historyCsv(history)', () => {
  it('writes a header and one line per sample, each number exactly', () => {
    const text = historyCsv({
      inputCount: 2,
      rowCount: 1,
      iterations: [0, 5],
      weights: new Float64Array([0.1, -0.2, 1 / 3, 2e-7]),
      mse: [0.25, 0.0625],
      outputs: [0.5, 0.75],
    });
    expect(text).toBe(
      'Iteration,Weight 1,Weight 2,Mean squared error,Output row 1\r\n' +
        '0,0.1,-0.2,0.25,0.5\r\n' +
        '5,0.3333333333333333,2e-7,0.0625,0.75\r\n',
    );
  });

  it('names a column per weight and per row', () => {
    expect(historyHeader(3, 2)).toEqual(['Iteration', 'Weight 1', 'Weight 2', 'Weight 3', 'Mean squared error', 'Output row 1', 'Output row 2']);
  });

  it('refuses columns whose lengths do not fit together', () => {
    expect(() => historyCsv({ inputCount: 3, rowCount: 1, iterations: [0], weights: [1, 2], mse: [0], outputs: [0.5] })).toThrow(/need 3 weights/);
  });
});

describe('recordHistory(setup, iterations) then historyCsv', { timeout: 30_000 }, () => {
  it("holds NumPy's weights and outputs for the tutorial's table at iterations 0, 1, 10 and 100", async () => {
    const history = await recordHistory(tutorialSetup, historyIterations(100, 3, 3));
    const { header, rows } = readCsv(historyCsv(history));
    expect(header.length).toBe(1 + 3 + 1 + 3);
    expect(rows.length).toBe(101);
    for (const cp of tutorial.checkpoints.filter((c) => c.iterations <= 100)) {
      const row = rows[cp.iterations]!;
      expect(row[0]).toBe(cp.iterations);
      expect(row.slice(1, 4)).toEqual(cp.weights);
      expectAllClose(row.slice(5, 8), cp.outputs);
    }
  });

  it("holds NumPy's mean squared error on a fractional table with learning rate 0.35", async () => {
    const c = numpyExtra.cases['fractional-negative'];
    const history = await recordHistory(c, historyIterations(1000, 3, 4));
    const { rows } = readCsv(historyCsv(history));
    for (const cp of c.checkpoints) {
      const row = rows[cp.iterations]!;
      expectAllClose(row.slice(1, 4), cp.weights);
      expectAllClose([row[4]!], [cp.meanSquaredError]);
      expectAllClose(row.slice(5, 9), cp.outputs);
    }
  });

  it('ends the history where the weights stop being finite, and says so', async () => {
    // 16 rows of [1, 1, 1] with target 1 and rate 1e308: the first update is 1e308 * 16 * (positive) -> Infinity.
    const setup = { inputs: Array.from({ length: 16 }, () => [1, 1, 1]), targets: Array(16).fill(1), seed: 1, learningRate: 1e308 };
    const history = await recordHistory(setup, historyIterations(10, 3, 16));
    expect(history.divergedAt).toBe(0);
    expect(Array.from(history.iterations)).toEqual([0]);
    expect(history.outputs.length).toBe(16);
  });

  it('stops when aborted, with the signal reason', async () => {
    const controller = new AbortController();
    controller.abort(new Error('cancelled by the user'));
    const work = recordHistory(tutorialSetup, historyIterations(2_000_000, 3, 3), { signal: controller.signal, sliceMs: 0 });
    await expect(work).rejects.toThrow('cancelled by the user');
  });

  it('reports progress up to 1', async () => {
    const seen: number[] = [];
    await recordHistory(tutorialSetup, historyIterations(300_000, 3, 3), { sliceMs: 1, onProgress: (done) => seen.push(done) });
    expect(seen.at(-1)).toBe(1);
    expect(seen.every((done, i) => done >= 0 && done <= 1 && (i === 0 || done >= seen[i - 1]!))).toBe(true);
  });
});

describe('historyIterations(trainedTo, inputCount, rowCount)', () => {
  it('is every iteration 0..trainedTo while the file stays small', () => {
    expect(Array.from(historyIterations(0, 3, 3))).toEqual([0]);
    expect(Array.from(historyIterations(4, 3, 3))).toEqual([0, 1, 2, 3, 4]);
    expect(historyIterations(10000, 3, 64).length).toBe(10001);
  });

  it('samples evenly beyond MAX_HISTORY_CELLS numbers, keeping 0 and the last iteration', () => {
    for (const [trainedTo, rows] of [[1e9, 3], [1e6, 64], [123_456_789, 7]] as const) {
      const samples = historyIterations(trainedTo, 3, rows);
      const columns = 2 + 3 + rows;
      expect(samples.length * columns).toBeLessThanOrEqual(MAX_HISTORY_CELLS);
      expect(samples.length * columns).toBeGreaterThan(MAX_HISTORY_CELLS / 2);
      expect(samples[0]).toBe(0);
      expect(samples.at(-1)).toBe(trainedTo);
      const stride = samples[1]! - samples[0]!;
      let uneven = 0;
      for (let s = 1; s < samples.length - 1; s++) if (samples[s]! - samples[s - 1]! !== stride) uneven++;
      expect(uneven).toBe(0);
      expect(samples.at(-1)! - samples.at(-2)!).toBeGreaterThan(0);
      expect(samples.at(-1)! - samples.at(-2)!).toBeLessThanOrEqual(stride);
    }
  });

  it.each([-1, 1.5, NaN])('refuses %s', (trainedTo) => {
    expect(() => historyIterations(trainedTo, 3, 3)).toThrow(RangeError);
  });
});
