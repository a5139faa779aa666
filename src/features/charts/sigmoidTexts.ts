import { t } from '@lingui/core/macro';
import { formatValue, type Digits } from '../../format/number';
import type { SigmoidMark, SigmoidModel } from './sigmoidModel';

/** What a row's mark says to a screen reader, and in the readout while it is hovered or focused. */
export function describeRow(mark: SigmoidMark, digits: Digits): string {
  const f = (value: number) => formatValue(value, digits);
  const row = mark.row + 1;
  const [z, output, target, slope] = [f(mark.z), f(mark.output), f(mark.target), f(mark.slope)];
  return t`Row ${row}: z = ${z}, output = ${output}, target = ${target}, slope = ${slope}`;
}

/** The test diamond's name. */
export function nameTest(model: SigmoidModel, digits: Digits): string {
  const prediction = formatValue(model.test.output, digits);
  return t`Test input: prediction ${prediction}`;
}

/** The readout while the test diamond is hovered or focused. */
export function describeTest(model: SigmoidModel, digits: Digits): string {
  const f = (value: number) => formatValue(value, digits);
  const [z, prediction, slope] = [f(model.test.z), f(model.test.output), f(model.test.slope)];
  return t`Test input: z = ${z}, prediction = ${prediction}, slope = ${slope}`;
}

/** The curves' names and the test diamond's: the sigmoid's and the test's on the plot (the scene measures them), the slope's in the legend. */
export function plotWords() {
  return { sigmoid: t`sigmoid(z)`, slope: t`slope out(1 - out)`, test: t`test` };
}
