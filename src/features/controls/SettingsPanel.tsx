import { DIGIT_CHOICES, isDigits } from '../../format/number';
import { checkLearningRate, checkSeed, useLab } from '../../state';
import { DraftField } from '../../ui/DraftField';
import { FieldMessages, fieldMessageId, useFieldMessages } from '../../ui/FieldMessages';
import { SpeedControl } from './SpeedControl';

const NAMES = ['Seed', 'Learning rate'];

/** Seed (with New seed), learning rate, the speed of Run and how many digits the screen shows. */
export function SettingsPanel() {
  const seed = useLab((s) => s.seed);
  const setSeed = useLab((s) => s.setSeed);
  const newSeed = useLab((s) => s.newSeed);
  const learningRate = useLab((s) => s.learningRate);
  const setLearningRate = useLab((s) => s.setLearningRate);
  const digits = useLab((s) => s.digits);
  const setDigits = useLab((s) => s.setDigits);
  const { messages, reporter } = useFieldMessages();
  return (
    <section className="panel settings" aria-labelledby="settings-title">
      <h2 id="settings-title" className="visually-hidden">
        Settings
      </h2>
      <div className="settings-row">
        <DraftField name="Seed" onMessage={reporter('Seed')} messageId={fieldMessageId('Seed')} value={seed} check={checkSeed} apply={setSeed} mode="commit" inputClassName="seed-input" />
        <button type="button" onClick={newSeed}>
          New seed
        </button>
        <DraftField name="Learning rate" onMessage={reporter('Learning rate')} messageId={fieldMessageId('Learning rate')} value={learningRate} check={checkLearningRate} apply={setLearningRate} mode="commit" inputClassName="rate-input" />
      </div>
      <FieldMessages messages={messages} order={NAMES} />
      <SpeedControl>
        {/* How many significant digits the screen writes; the Python view, links and files always keep all of them. */}
        <label htmlFor="digits-control" className="digits-label">
          Digits
        </label>
        <select
          id="digits-control"
          className="digits-select"
          value={digits}
          aria-describedby="digits-note"
          onChange={(event) => {
            const chosen = Number(event.target.value);
            if (isDigits(chosen)) setDigits(chosen);
          }}
        >
          {DIGIT_CHOICES.map((choice) => (
            <option key={choice} value={choice}>
              {choice}
            </option>
          ))}
        </select>
        <span id="digits-note" className="visually-hidden">
          significant digits of the numbers on screen; the Python view, links and files keep every digit
        </span>
      </SpeedControl>
    </section>
  );
}
