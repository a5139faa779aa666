import { checkTestInput, useLab } from '../../state';
import { DraftField } from '../../ui/DraftField';
import { Readout } from '../../ui/Readout';
import { useFrameNumber } from '../../ui/useFrame';

const INDEXES = [0, 1, 2] as const;

/** The tutorial's question: what does the neuron say for an input it has never seen? */
export function NewSituation() {
  const testInput = useLab((s) => s.testInput);
  const setTestInput = useLab((s) => s.setTestInput);
  const prediction = useFrameNumber((frame) => frame.prediction);
  return (
    <section className="panel new-situation" aria-labelledby="new-situation-title">
      <h2 id="new-situation-title">New situation</h2>
      <div className="new-situation-body">
        {INDEXES.map((index) => (
          <DraftField
            key={index}
            name={`Test input ${index + 1}`}
            label={`Input ${index + 1}`}
            value={testInput[index]}
            check={(text) => checkTestInput(text, index)}
            apply={(value) => setTestInput(index, value)}
            mode="live"
            className="test-input"
          />
        ))}
        <div className="prediction">
          <span className="prediction-label">Prediction</span>
          <Readout testId="prediction" value={prediction} className="prediction-value" />
        </div>
      </div>
    </section>
  );
}
