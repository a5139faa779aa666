import { CORNERS, cornerName, neuronOutput } from '../../core/neuronMath';
import type { Dataset } from '../../state';

/** One of the eight 3-bit inputs, with what the neuron makes of it at the iteration shown. */
export interface Situation {
  corner: readonly [number, number, number];
  /** "101". */
  name: string;
  output: number;
  /** The targets of the table's rows that are this input (empty: the neuron never trained on it). */
  targets: number[];
  /** The test input ("the new situation") is this corner. */
  isTest: boolean;
}

export interface Situations {
  corners: Situation[];
  /** Every input of the table is 0 or 1, so its rows are corners of the cube. */
  tableOnCorners: boolean;
  /** The test input is one of the corners. */
  testOnCorner: boolean;
}

const isBit = (value: number) => value === 0 || value === 1;
const same = (a: readonly number[], b: readonly number[]) => a.length === b.length && a.every((value, j) => value === b[j]);

/** The eight corners 000..111 with the neuron's output for each under `weights`, the table's rows and the test input. */
export function situationsOf(weights: ArrayLike<number>, dataset: Dataset, testInput: readonly number[]): Situations {
  const corners = CORNERS.map((corner) => ({
    corner,
    name: cornerName(corner),
    output: neuronOutput(corner, weights),
    targets: dataset.targets.filter((_, r) => same(dataset.inputs[r]!, corner)),
    isTest: same(testInput, corner),
  }));
  return {
    corners,
    tableOnCorners: dataset.inputs.every((row) => row.every(isBit)),
    testOnCorner: testInput.every(isBit),
  };
}
