import { plural, t } from '@lingui/core/macro';
import { errorText } from '../../text/coreProblemText';
import { Trans } from '@lingui/react/macro';
import { useLab } from '../../state';
import { pythonScript } from '../../format/pythonScript';
import { formatCount, formatDecimalText, formatValue } from '../../format/number';
import './handout.css';

/** The names of the step's columns, left to right, as the tutorial's NumPy code calls them (code: not translated). */
const ROW_STEPS = ['z = x · W', 'out = sigmoid(z)', 'error = y − out', 'out · (1 − out)', 'delta = error · out · (1 − out)'] as const;

/** The sigmoid's formula: mathematics, written the same in every language (its exponent is set as <sup>). */
const SIGMOID_FORMULA = 'sigmoid(z) = 1 / (1 + e';

function Blank({ label }: { label: string }) {
  return <span className="handout-blank" role="img" aria-label={t`blank: ${label}`} />;
}

/**
 * "Handout": one A4 page to print (the page's print styles show only it): the table, the weights at the
 * iteration shown, one training step laid out with blank cells for the class to fill in, and the Python script
 * that prints the same numbers.
 */
export default function HandoutView() {
  const inputs = useLab((s) => s.dataset.inputs);
  const targets = useLab((s) => s.dataset.targets);
  const testInput = useLab((s) => s.testInput);
  const seed = useLab((s) => s.seed);
  const learningRate = useLab((s) => s.learningRate);
  const frame = useLab((s) => s.frame);
  const iteration = frame?.iteration ?? 0;
  const weights = frame ? Array.from(frame.weights) : [];
  const m = inputs[0]?.length ?? 0;
  const rate = formatDecimalText(String(learningRate));
  const next = formatCount(iteration + 1);
  // Every digit of the table's values, as typed, in the screen's decimal form.
  const exact = (value: number | undefined) => formatDecimalText(String(value));
  let script: string;
  try {
    script = pythonScript({ dataset: { inputs, targets }, testInput, seed, learningRate, iteration });
  } catch (error) {
    const reason = errorText(error);
    script = `# ${t`The script cannot be written for this table: ${reason}`}`;
  }

  return (
    <section className="handout" aria-labelledby="handout-title" data-testid="handout">
      <header className="handout-header">
        <h2 id="handout-title">
          <Trans>One step of training, by hand</Trans>
        </h2>
        <button type="button" className="handout-print" onClick={() => window.print()}>
          <Trans>Print handout</Trans>
        </button>
      </header>
      <p className="handout-lead">
        {plural(iteration, {
          one: `Seed ${seed}, learning rate ${rate}. The weights after # iteration are given: work out iteration ${next}.`,
          other: `Seed ${seed}, learning rate ${rate}. The weights after # iterations are given: work out iteration ${next}.`,
        })}{' '}
        {SIGMOID_FORMULA}
        <sup>−z</sup>).
      </p>

      <div className="handout-given">
        <table className="handout-table">
          <caption>
            <Trans>The training table</Trans>
          </caption>
          <thead>
            <tr>
              <th scope="col">
                <Trans>Row</Trans>
              </th>
              {Array.from({ length: m }, (_, j) => (
                <th scope="col" key={j}>
                  x{j + 1}
                </th>
              ))}
              <th scope="col">
                <Trans>y (target)</Trans>
              </th>
            </tr>
          </thead>
          <tbody>
            {inputs.map((row, r) => (
              <tr key={r}>
                <th scope="row">{r + 1}</th>
                {row.map((value, j) => (
                  <td key={j}>{exact(value)}</td>
                ))}
                <td>{exact(targets[r])}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <table className="handout-table">
          <caption>
            {plural(iteration, { one: 'The weights W after # iteration', other: 'The weights W after # iterations' })}
          </caption>
          <tbody>
            {weights.map((w, j) => (
              <tr key={j}>
                <th scope="row">w{j + 1}</th>
                <td>{formatValue(w)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <table className="handout-table handout-step">
        <caption>
          <Trans>Each row, one step</Trans>
        </caption>
        <thead>
          <tr>
            <th scope="col">
              <Trans>Row</Trans>
            </th>
            {ROW_STEPS.map((name) => (
              <th scope="col" key={name}>
                {name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {inputs.map((_, r) => {
            const row = r + 1;
            return (
              <tr key={r}>
                <th scope="row">{row}</th>
                {ROW_STEPS.map((name) => (
                  <td key={name}>
                    <Blank label={t`row ${row}, ${name}`} />
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>

      <table className="handout-table handout-step">
        <caption>
          <Trans>The new weights: W + learning rate × (Xᵀ · delta)</Trans>
        </caption>
        <thead>
          <tr>
            <th scope="col">
              <Trans>Weight</Trans>
            </th>
            <th scope="col">
              <Trans>Xᵀ · delta (sum over the rows of x · delta)</Trans>
            </th>
            <th scope="col">
              <Trans>new weight</Trans>
            </th>
          </tr>
        </thead>
        <tbody>
          {weights.map((_, j) => {
            const weight = `w${j + 1}`;
            return (
              <tr key={j}>
                <th scope="row">{weight}</th>
                <td>
                  <Blank label={t`${weight}, X transposed times delta`} />
                </td>
                <td>
                  <Blank label={t`new ${weight}`} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>

      <figure className="handout-script">
        <figcaption>
          {plural(iteration, {
            one: `Check your answers: this Python program prints the weights after # iteration; change the loop to ${next}.`,
            other: `Check your answers: this Python program prints the weights after # iterations; change the loop to ${next}.`,
          })}
        </figcaption>
        <pre>
          <code>{script}</code>
        </pre>
      </figure>
    </section>
  );
}
