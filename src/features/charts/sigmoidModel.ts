import { sigmoid, sigmoidSlope, weightedSum } from '../../core/neuronMath';
import type { Frame } from '../../worker/protocol';

/** A training row placed on the sigmoid: at its weighted sum z, at the height of its output. */
export interface SigmoidMark {
  row: number;
  z: number;
  output: number;
  target: number;
  /** out * (1 - out): how strongly this row's error moves the weights. */
  slope: number;
}

export interface SigmoidModel {
  /** The z range shown, symmetric around 0 and wide enough for every mark. */
  zLimit: number;
  rows: SigmoidMark[];
  test: { z: number; output: number; slope: number };
}

/** The z range: at least -6 to 6 (where the sigmoid has done nearly all its bending), widened to fit every mark. */
export function zLimitFor(zs: readonly number[]): number {
  const widest = zs.reduce((m, z) => (Number.isFinite(z) ? Math.max(m, Math.abs(z)) : m), 0);
  if (widest <= 5.5) return 6;
  const step = widest < 20 ? 2 : widest < 100 ? 10 : 10 ** Math.floor(Math.log10(widest));
  return Math.ceil((widest * 1.08) / step) * step;
}

/**
 * Where the training rows and the test case sit on the sigmoid for the frame's weights. `inputs`/`targets`
 * are the table the frame was trained on; rows beyond the frame's row count (an edit not yet trained) are left out.
 */
export function sigmoidModel(frame: Frame, inputs: readonly (readonly number[])[], targets: readonly number[], testInput: readonly number[]): SigmoidModel {
  const rows: SigmoidMark[] = [];
  const count = Math.min(frame.rowCount, inputs.length, targets.length);
  for (let r = 0; r < count; r++) {
    const z = weightedSum(inputs[r]!, frame.weights);
    const output = sigmoid(z);
    rows.push({ row: r, z, output, target: targets[r]!, slope: sigmoidSlope(output) });
  }
  const testZ = weightedSum(testInput, frame.weights);
  const testOutput = sigmoid(testZ);
  return {
    zLimit: zLimitFor([...rows.map((m) => m.z), testZ]),
    rows,
    test: { z: testZ, output: testOutput, slope: sigmoidSlope(testOutput) },
  };
}
