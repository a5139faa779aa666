import { useId, useMemo, useState } from 'react';
import { Trans, useLingui } from '@lingui/react/macro';
import { useLab, useLabStore } from '../../state';
import { formatDecimalText, formatValue } from '../../format/number';
import { checkByHand, HAND_FIELDS, TOLERANCE } from './byHand';
import { byHandStep } from './cardSetup';
import { checkHandwork, typeByHand } from './lessonActions';
import { lessonStore, useLesson } from './lessonStore';
import type { Card } from './lessonTypes';

/**
 * One step by hand: the learner computes step k -> k+1 for row 1 and presses Check. Each answer within 0.005 is
 * accepted; a wrong one is marked invalid, with feedback that names the likely slip. A decimal comma is fine.
 */
export function ByHandView({ card, index }: { card: Card; index: number }) {
  const work = useLesson((s) => s.handwork[index]);
  const digits = useLab((s) => s.digits);
  const labStore = useLabStore();
  // The lab is set up for the card before it shows: the row and weights are those of its run.
  const step = useMemo(() => byHandStep(labStore, card), [labStore, card]);
  const [announcement, setAnnouncement] = useState('');
  const ids = useId();
  const { t } = useLingui();
  if (!step)
    return (
      <p className="lesson-problem">
        <Trans>This card&apos;s run is too long to check on this page.</Trans>
      </p>
    );

  const typed = work?.typed ?? {};
  const checks = work?.checked ? checkByHand(step, typed) : null;
  const right = checks?.filter((c) => c.ok).length ?? 0;
  const fields = checks?.length ?? 0;
  const tolerance = formatDecimalText(String(TOLERANCE));
  // A list of decimals with commas in them ("0,5, 1") would not read: in a decimal-comma language, semicolons.
  const separator = formatDecimalText('.') === '.' ? ', ' : '; ';

  const check = () => {
    const results = checkByHand(step, typed);
    const count = results.filter((c) => c.ok).length;
    checkHandwork(lessonStore, count);
    const first = results.find((c) => !c.ok);
    const label = first ? HAND_FIELDS.find((f) => f.id === first.field)!.label : '';
    const of = results.length;
    const score = t`${count} of ${of} right.`;
    const message = first && !first.ok ? first.message : '';
    setAnnouncement(first && !first.ok ? t`${score} ${label}: ${message}` : score);
  };

  return (
    <section className="lesson-by-hand" aria-labelledby={`${ids}-title`}>
      <h4 id={`${ids}-title`}>
        <Trans>Row 1 by hand</Trans>
      </h4>
      <dl className="lesson-givens">
        <div>
          <dt>
            <Trans>Inputs</Trans>
          </dt>
          <dd>{step.inputs.map((x) => formatDecimalText(String(x))).join(separator)}</dd>
        </div>
        <div>
          <dt>
            <Trans>Target</Trans>
          </dt>
          <dd>{formatDecimalText(String(step.target))}</dd>
        </div>
        {step.weights.map((w, j) => (
          <div key={j}>
            <dt>w{j + 1}</dt>
            <dd>{formatValue(w, digits)}</dd>
          </div>
        ))}
      </dl>
      <details className="lesson-formulas">
        <summary>
          <Trans>Formulas</Trans>
        </summary>
        <ul>
          {HAND_FIELDS.map(({ id, hint }) => (
            <li key={id}>{hint}</li>
          ))}
        </ul>
      </details>
      <form
        className="lesson-hand-fields"
        onSubmit={(event) => {
          event.preventDefault();
          check();
        }}
      >
        {HAND_FIELDS.map(({ id, label }) => {
          const result = checks?.find((c) => c.field === id);
          const wrong = result !== undefined && !result.ok;
          const messageId = `${ids}-${id}`;
          return (
            <div key={id} className={`lesson-hand-field${result?.ok ? ' is-right' : ''}${wrong ? ' is-wrong' : ''}`}>
              <label>
                <span className="lesson-hand-label">{label}</span>
                <input
                  type="text"
                  inputMode="decimal"
                  autoComplete="off"
                  value={typed[id] ?? ''}
                  aria-invalid={wrong ? true : undefined}
                  aria-describedby={result ? messageId : undefined}
                  onChange={(event) => typeByHand(lessonStore, id, event.currentTarget.value)}
                />
              </label>
              {result && (
                <p id={messageId} className="lesson-hand-message">
                  {result.ok ? t`✓ Right` : `✗ ${result.message}`}
                </p>
              )}
            </div>
          );
        })}
        <div className="lesson-hand-actions">
          <button type="submit" className="lesson-primary">
            <Trans>Check</Trans>
          </button>
          {checks && (
            <span className="lesson-hand-score">
              {t`${right} of ${fields} right (within ${tolerance})`}
            </span>
          )}
        </div>
      </form>
      <div className="visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </div>
    </section>
  );
}
