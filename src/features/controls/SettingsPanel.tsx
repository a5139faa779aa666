import { Trans, useLingui } from '@lingui/react/macro';
import { i18n } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { DIGIT_CHOICES, isDigits } from '../../format/number';
import { checkLearningRate, checkSeed, editIterationOf, runSegmentsOf, segmentAt, useLab, type LabState } from '../../state';
import { formatCount, formatDecimalText } from '../../format/number';
import { DraftField } from '../../ui/DraftField';
import { FieldMessages, fieldMessageId, useFieldMessages } from '../../ui/FieldMessages';
import type { ReactNode } from 'react';
import { SpeedControl } from './SpeedControl';


/** The fields' keys (not shown: each field's message says its name in the screen's language). */
const FIELDS = ['Seed', 'Learning rate'];

/**
 * While the timeline stands before an edit that changed the learning rate, the field still holds the rate being
 * edited (as the table holds the table being edited): this says which rate trained the iteration in view.
 */
function rateThenOf(state: LabState): string | null {
  if (state.pastSegments.length === 0) return null;
  const shown = editIterationOf(state);
  const where = segmentAt(state, shown);
  if (!where.earlier || where.segment.learningRate === state.learningRate) return null;
  const next = runSegmentsOf(state)[where.index + 1]!;
  const at = formatCount(shown);
  const then = formatDecimalText(String(where.segment.learningRate));
  const now = formatDecimalText(String(state.learningRate));
  const from = formatCount(next.from);
  return i18n._(msg`At ${at} the rate was ${then} (${now} from the edit at ${from} on).`);
}

/** Seed (with New seed), learning rate, the speed of Run and how many digits the screen shows. */
export function SettingsPanel({ tools }: { tools?: ReactNode } = {}) {
  const seed = useLab((s) => s.seed);
  const setSeed = useLab((s) => s.setSeed);
  const newSeed = useLab((s) => s.newSeed);
  const learningRate = useLab((s) => s.learningRate);
  const setLearningRate = useLab((s) => s.setLearningRate);
  const digits = useLab((s) => s.digits);
  const setDigits = useLab((s) => s.setDigits);
  const { messages, reporter } = useFieldMessages();
  const rateThen = useLab(rateThenOf);
  const { t } = useLingui();
  const seedName = t`Seed`;
  const rateName = t`Learning rate`;
  return (
    <section className="panel settings" aria-labelledby="settings-title">
      <h2 id="settings-title" className="visually-hidden">
        <Trans>Settings</Trans>
      </h2>
      <div className="settings-row">
        <DraftField name={seedName} onMessage={reporter('Seed')} messageId={fieldMessageId('Seed')} value={seed} check={checkSeed} apply={setSeed} mode="commit" inputClassName="seed-input" />
        <button type="button" onClick={newSeed}>
          <Trans>New seed</Trans>
        </button>
        <DraftField name={rateName} onMessage={reporter('Learning rate')} messageId={fieldMessageId('Learning rate')} value={learningRate} check={checkLearningRate} apply={setLearningRate} mode="commit" inputClassName="rate-input" noteId={rateThen ? 'rate-then' : undefined} />
      </div>
      {rateThen && (
        <p id="rate-then" className="field-note" data-testid="rate-then">
          {rateThen}
        </p>
      )}
      <FieldMessages messages={messages} order={FIELDS} />
      <SpeedControl>
        {/* How many significant digits the screen writes; the Python view, links and files always keep all of them. */}
        <label htmlFor="digits-control" className="digits-label">
          <Trans>Digits</Trans>
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
          <Trans>significant digits of the numbers on screen; the Python view, links and files keep every digit</Trans>
        </span>
        {/* What another setting would do (Compare): on the speed's line, whose slider gives it room. */}
        {tools}
      </SpeedControl>
    </section>
  );
}
