import { useLab } from '../../state';
import { pythonScript } from '../../format/pythonScript';
import { formatCount, formatValue } from '../../format/number';
import './handout.css';

/** The names of the step's columns, left to right, as the tutorial's NumPy code calls them. */
const ROW_STEPS = ['z = x · W', 'out = sigmoid(z)', 'error = y − out', 'out · (1 − out)', 'delta = error · out · (1 − out)'] as const;

function Blank({ label }: { label: string }) {
  return <span className="handout-blank" role="img" aria-label={`blank: ${label}`} />;
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
  let script: string;
  try {
    script = pythonScript({ inputs, targets, testInput, seed, learningRate, iterations: iteration });
  } catch (error) {
    script = `# The script cannot be written for this table: ${error instanceof Error ? error.message : String(error)}`;
  }

  return (
    <section className="handout" aria-labelledby="handout-title" data-testid="handout">
      <header className="handout-header">
        <h2 id="handout-title">One step of training, by hand</h2>
        <button type="button" className="handout-print" onClick={() => window.print()}>
          Print handout
        </button>
      </header>
      <p className="handout-lead">
        Seed {seed}, learning rate {String(learningRate)}. The weights after {formatCount(iteration)} iterations are given: work out
        iteration {formatCount(iteration + 1)}. sigmoid(z) = 1 / (1 + e<sup>−z</sup>).
      </p>

      <div className="handout-given">
        <table className="handout-table">
          <caption>The training table</caption>
          <thead>
            <tr>
              <th scope="col">Row</th>
              {Array.from({ length: m }, (_, j) => (
                <th scope="col" key={j}>
                  x{j + 1}
                </th>
              ))}
              <th scope="col">y (target)</th>
            </tr>
          </thead>
          <tbody>
            {inputs.map((row, r) => (
              <tr key={r}>
                <th scope="row">{r + 1}</th>
                {row.map((value, j) => (
                  <td key={j}>{String(value)}</td>
                ))}
                <td>{String(targets[r])}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <table className="handout-table">
          <caption>The weights W after {formatCount(iteration)} iterations</caption>
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
        <caption>Each row, one step</caption>
        <thead>
          <tr>
            <th scope="col">Row</th>
            {ROW_STEPS.map((name) => (
              <th scope="col" key={name}>
                {name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {inputs.map((_, r) => (
            <tr key={r}>
              <th scope="row">{r + 1}</th>
              {ROW_STEPS.map((name) => (
                <td key={name}>
                  <Blank label={`row ${r + 1}, ${name}`} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>

      <table className="handout-table handout-step">
        <caption>The new weights: W + learning rate × (Xᵀ · delta)</caption>
        <thead>
          <tr>
            <th scope="col">Weight</th>
            <th scope="col">Xᵀ · delta (sum over the rows of x · delta)</th>
            <th scope="col">new weight</th>
          </tr>
        </thead>
        <tbody>
          {weights.map((_, j) => (
            <tr key={j}>
              <th scope="row">w{j + 1}</th>
              <td>
                <Blank label={`w${j + 1}, X transposed times delta`} />
              </td>
              <td>
                <Blank label={`new w${j + 1}`} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      <figure className="handout-script">
        <figcaption>Check your answers: this Python program prints the weights after {formatCount(iteration)} iterations; change the loop to {formatCount(iteration + 1)}.</figcaption>
        <pre>
          <code>{script}</code>
        </pre>
      </figure>
    </section>
  );
}
