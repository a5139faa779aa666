import { t } from '@lingui/core/macro';
import { Trans } from '@lingui/react/macro';
import { checkTestInput, useLab, type LabState } from '../../state';
import { DraftField } from '../../ui/DraftField';
import { FieldMessages, fieldMessageId, useFieldMessages } from '../../ui/FieldMessages';
import { LiveReadout } from '../../ui/LiveReadout';
import { StepChange, useStepFrom } from '../../ui/StepChange';

const INDEXES = [0, 1, 2] as const;
const NAMES = INDEXES.map((index) => `Test input ${index + 1}`);
/** "Input 2": a test input's visible label. */
const inputLabel = (input: number) => t`Input ${input}`;
/** "Test input 2": its name for a screen reader (the keys of its messages stay English). */
const testInputName = (input: number) => t`Test input ${input}`;
const predictionOf = (s: LabState) => s.frame?.prediction;

/** The tutorial's question: what does the neuron say for an input it has never seen? */
export function NewSituation() {
  const testInput = useLab((s) => s.testInput);
  const setTestInput = useLab((s) => s.setTestInput);
  const stepFrom = useStepFrom();
  // Read only while a step's change is shown (paused): no render per frame during a run.
  const prediction = useLab((s) => (s.frame?.stepFrom ? s.frame.prediction : undefined));
  const { messages, reporter } = useFieldMessages();
  return (
    <section className="panel new-situation" aria-labelledby="new-situation-title">
      <h2 id="new-situation-title">
        <Trans>New situation</Trans>
      </h2>
      <div className="new-situation-body">
        {INDEXES.map((index) => (
          <DraftField
            key={index}
            name={testInputName(index + 1)}
            onMessage={reporter(NAMES[index]!)}
            messageId={fieldMessageId(NAMES[index]!)}
            label={inputLabel(index + 1)}
            value={testInput[index]}
            check={(text) => checkTestInput(text, index)}
            apply={(value) => setTestInput(index, value)}
            mode="live"
            className="test-input"
          />
        ))}
        <div className="prediction">
          {/* The change of the last Step sits beside the label, so the panel keeps its height. */}
          <span className="prediction-head">
            <span className="prediction-label" id="prediction-label">
              <Trans>Prediction</Trans>
            </span>
            {stepFrom && prediction !== undefined && (
              <StepChange testId="prediction-change" change={prediction - stepFrom.prediction} since={stepFrom.iteration} className="prediction-change" />
            )}
          </span>
          <LiveReadout testId="prediction" select={predictionOf} className="prediction-value" labelledBy="prediction-label" />
        </div>
      </div>
      <FieldMessages messages={messages} order={NAMES} />
    </section>
  );
}
