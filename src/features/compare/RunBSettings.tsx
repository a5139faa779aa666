import { Trans, useLingui } from '@lingui/react/macro';
import { checkLearningRate, checkSeed, checkTestInput, useLab } from '../../state';
import { PresetSelect } from '../../ui/PresetSelect';
import { DraftField } from '../../ui/DraftField';
import { FieldMessages, fieldMessageId, useFieldMessages } from '../../ui/FieldMessages';

/** The fields' keys (their names, in the screen's language, say "run B"). */
const SEED = 'Seed, run B';
const RATE = 'Learning rate, run B';
const TEST = [0, 1, 2].map((index) => `Test input ${index + 1}, run B`);
const NAMES = [SEED, RATE, ...TEST];

/**
 * What the learner changes in run B: its table (a preset), seed, learning rate and test input. Inside run B's
 * provider. Presenter mode keeps the seed and the learning rate (the class's "what if"); the table and the test
 * input are set at the desk (`is-desk`), as presenter mode puts the settings away.
 */
export function RunBSettings() {
  const seed = useLab((s) => s.seed);
  const setSeed = useLab((s) => s.setSeed);
  const learningRate = useLab((s) => s.learningRate);
  const setLearningRate = useLab((s) => s.setLearningRate);
  const testInput = useLab((s) => s.testInput);
  const setTestInput = useLab((s) => s.setTestInput);
  const { messages, reporter } = useFieldMessages();
  const { t } = useLingui();
  const testName = (n: number) => t`Test input ${n}, run B`;
  return (
    <div className="run-b-settings">
      <div className="run-b-row is-desk">
        <label htmlFor="preset-run-b">
          <Trans>Table, run B</Trans>
        </label>
        <PresetSelect id="preset-run-b" custom={<Trans>Run A's table</Trans>} />
      </div>
      <div className="run-b-row">
        <DraftField name={t`Seed, run B`} label={t`Seed`} onMessage={reporter(SEED)} messageId={fieldMessageId(SEED)} value={seed} check={checkSeed} apply={setSeed} mode="commit" inputClassName="run-b-number" />
        <DraftField name={t`Learning rate, run B`} label={t`Learning rate`} onMessage={reporter(RATE)} messageId={fieldMessageId(RATE)} value={learningRate} check={checkLearningRate} apply={setLearningRate} mode="commit" inputClassName="run-b-number" />
      </div>
      <div className="run-b-row is-desk">
        <span className="run-b-label">
          <Trans>Test input</Trans>
        </span>
        {[0, 1, 2].map((index) => (
          <DraftField
            key={index}
            name={testName(index + 1)}
            label={`${index + 1}`}
            onMessage={reporter(TEST[index]!)}
            messageId={fieldMessageId(TEST[index]!)}
            value={testInput[index as 0 | 1 | 2]}
            check={(text) => checkTestInput(text, index as 0 | 1 | 2)}
            apply={(value) => setTestInput(index as 0 | 1 | 2, value)}
            mode="live"
            className="test-input"
          />
        ))}
      </div>
      <FieldMessages messages={messages} order={NAMES} />
    </div>
  );
}
