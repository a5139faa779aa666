import { formatValue, type Digits } from '../../format/number';
import type { SigmoidMark, SigmoidModel } from './sigmoidModel';

/** What a row's mark says to a screen reader, and in the readout while it is hovered or focused. */
export function describeRow(mark: SigmoidMark, digits: Digits): string {
  const f = (value: number) => formatValue(value, digits);
  return `Row ${mark.row + 1}: z = ${f(mark.z)}, output = ${f(mark.output)}, target = ${f(mark.target)}, slope = ${f(mark.slope)}`;
}

/** The test diamond's name. */
export function nameTest(model: SigmoidModel, digits: Digits): string {
  return `Test input: prediction ${formatValue(model.test.output, digits)}`;
}

/** The readout while the test diamond is hovered or focused. */
export function describeTest(model: SigmoidModel, digits: Digits): string {
  const f = (value: number) => formatValue(value, digits);
  return `Test input: z = ${f(model.test.z)}, prediction = ${f(model.test.output)}, slope = ${f(model.test.slope)}`;
}
