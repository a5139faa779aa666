import { useId } from 'react';
import { t } from '@lingui/core/macro';
import { Trans } from '@lingui/react/macro';
import { EXPLORE_VIEW, PANEL_TITLES, useLabStore, type LabStore } from '../../../state';
import { encode } from '../../../state/url';
import { setupOf } from '../../../state/setup';
import { CARD_VIEWS, HIGHLIGHTS, LIMITS, type Card, type Highlight, type Question } from '../lessonTypes';
import { kindOf, withKind, type CardKind } from './draftCards';
import { setupSummary } from './setupSummary';

/* The editor's choices, worded when shown (the screen is drawn anew when the language changes). */
const kinds = (): { id: CardKind; label: string }[] => [
  { id: 'none', label: t`No question` },
  { id: 'number', label: t`A number` },
  { id: 'choice', label: t`A choice` },
  { id: 'direction', label: t`Up or down` },
  { id: 'by-hand', label: t`One step by hand` },
];
const viewName = (view: Card['view']) => (view === 'lab' ? t`The lab` : view === 'math' ? PANEL_TITLES.math : PANEL_TITLES.explore);
const highlightName = (id: Highlight): string => {
  switch (id) {
    case 'table':
      return t({ message: 'Table', context: "a card's highlight: the training table" });
    case 'situation':
      return t`New situation`;
    case 'weights':
      return t`Weights`;
    case 'error':
      return t`Error`;
    case 'sigmoid':
      return t`Sigmoid`;
    case 'neuron':
      return t`Neuron`;
  }
};

const choiceName = (choice: number) => t`Choice ${choice}`;

/** The lab as it is now, as a card's starting point: the link's query the lab would share, and the view open. */
export function captureLab(store: LabStore): { setup: string; view: Card['view'] } {
  const state = store.getState();
  const view = state.openView === EXPLORE_VIEW ? 'explore' : state.openView === 'math' ? 'math' : 'lab';
  return { setup: encode({ ...setupOf(state), presenter: false, shownPanels: [] }).slice(1), view };
}

interface CardEditorProps {
  card: Card;
  index: number;
  count: number;
  onChange(change: Partial<Card>): void;
  onReplace(card: Card): void;
  onMove(by: -1 | 1): void;
  onRemove(): void;
}

function QuestionFields({ question, onChange }: { question: Question; onChange(question: Question): void }) {
  const ids = useId();
  const set = (change: Partial<Question>) => onChange({ ...question, ...change } as Question);
  return (
    <>
      <label className="editor-field">
        <Trans>Question</Trans>
        <input type="text" value={question.prompt} maxLength={LIMITS.prompt} onChange={(e) => set({ prompt: e.currentTarget.value })} />
      </label>
      {question.kind === 'number' && (
        <div className="editor-row">
          <label className="editor-field">
            <Trans>Answer</Trans>
            <select
              value={question.answer.of === 'value' ? 'value' : 'prediction'}
              onChange={(e) => onChange({ ...question, answer: e.currentTarget.value === 'value' ? { of: 'value', value: 1 } : { of: 'prediction' } })}
            >
              <option value="prediction">
                <Trans>The neuron&apos;s prediction after Reveal</Trans>
              </option>
              <option value="value">
                <Trans>A number I type</Trans>
              </option>
            </select>
          </label>
          {question.answer.of === 'value' && (
            <label className="editor-field">
              <Trans>Right answer</Trans>
              <input
                type="number"
                step="any"
                value={question.answer.value}
                onChange={(e) => {
                  const value = e.currentTarget.valueAsNumber;
                  if (Number.isFinite(value)) onChange({ ...question, answer: { of: 'value', value } });
                }}
              />
            </label>
          )}
        </div>
      )}
      {question.kind === 'choice' && (
        <>
          <label className="editor-field">
            <Trans>Choices, one a line</Trans>
            <textarea
              rows={3}
              value={question.options.join('\n')}
              onChange={(e) => {
                const options = e.currentTarget.value.split('\n').slice(0, LIMITS.options).map((option) => option.slice(0, LIMITS.option));
                const answer = question.answer.of === 'option' ? { of: 'option' as const, index: Math.min(question.answer.index, Math.max(0, options.length - 1)) } : question.answer;
                onChange({ ...question, options, answer });
              }}
            />
          </label>
          <label className="editor-field">
            <Trans>Right choice</Trans>
            <select
              value={question.answer.of === 'option' ? String(question.answer.index) : 'largest-growth'}
              onChange={(e) => onChange({ ...question, answer: e.currentTarget.value === 'largest-growth' ? { of: 'largest-growth' } : { of: 'option', index: Number(e.currentTarget.value) } })}
            >
              <option value="largest-growth">
                <Trans>The weight that grows most (choices are the weights)</Trans>
              </option>
              {question.options.map((option, i) => (
                <option key={i} value={String(i)}>
                  {option || choiceName(i + 1)}
                </option>
              ))}
            </select>
          </label>
        </>
      )}
      {question.kind === 'direction' && (
        <label className="editor-field">
          <Trans>Answer</Trans>
          <select
            value={question.answer.of === 'fixed' ? question.answer.direction : 'prediction'}
            onChange={(e) => {
              const value = e.currentTarget.value;
              onChange({ ...question, answer: value === 'up' || value === 'down' ? { of: 'fixed', direction: value } : { of: 'prediction' } });
            }}
          >
            <option value="prediction">
              <Trans>Which way the prediction goes on Reveal</Trans>
            </option>
            <option value="up">
              <Trans>Up</Trans>
            </option>
            <option value="down">
              <Trans>Down</Trans>
            </option>
          </select>
        </label>
      )}
      <label className="editor-field editor-short">
        <Trans>Iterations Reveal trains</Trans>
        <input
          type="number"
          min={0}
          max={LIMITS.after}
          step={1}
          aria-describedby={`${ids}-after`}
          value={question.after}
          onChange={(e) => {
            const after = e.currentTarget.valueAsNumber;
            if (Number.isInteger(after) && after >= 0 && after <= LIMITS.after) set({ after });
          }}
        />
      </label>
      <p id={`${ids}-after`} className="editor-hint">
        <Trans>Until the guess is locked in, the lab cannot train past the card&apos;s iteration, so an answer the neuron gives stays hidden.</Trans>
      </p>
      <label className="editor-field">
        <Trans>Explanation shown with the answer</Trans>
        <textarea rows={2} value={question.explain} maxLength={LIMITS.explain} onChange={(e) => set({ explain: e.currentTarget.value })} />
      </label>
    </>
  );
}

/** One card in the editor: its words, its starting point, its view and highlights, its question. */
export function CardEditor({ card, index, count, onChange, onReplace, onMove, onRemove }: CardEditorProps) {
  const ids = useId();
  const labStore = useLabStore();
  const number = index + 1;
  return (
    <fieldset className="editor-card">
      <legend>{t`Card ${number} of ${count}`}</legend>
      <label className="editor-field">
        <Trans>Title</Trans>
        <input type="text" value={card.title} maxLength={LIMITS.title} onChange={(e) => onChange({ title: e.currentTarget.value })} />
      </label>
      <label className="editor-field">
        <Trans>Text</Trans>
        <textarea rows={4} value={card.text} maxLength={LIMITS.text} aria-describedby={`${ids}-text`} onChange={(e) => onChange({ text: e.currentTarget.value })} />
      </label>
      <p id={`${ids}-text`} className="editor-hint">
        <Trans>Plain text: a blank line starts a paragraph, *stars* mark emphasis.</Trans>
      </p>
      <div className="editor-setup">
        <p>
          <strong>
            <Trans>Starts from:</Trans>
          </strong>{' '}
          {setupSummary(card.setup)}
        </p>
        <div className="editor-row">
          <button type="button" aria-label={t`Card ${number}: start from the lab as it is now`} onClick={() => onChange(captureLab(labStore))}>
            <Trans>Start from the lab as it is now</Trans>
          </button>
          {card.setup !== null && (
            <button type="button" aria-label={t`Card ${number}: leave the lab as it is`} onClick={() => onChange({ setup: null })}>
              <Trans>Leave the lab as it is</Trans>
            </button>
          )}
        </div>
      </div>
      <div className="editor-row">
        <label className="editor-field">
          <Trans>View</Trans>
          <select value={card.view} onChange={(e) => onChange({ view: e.currentTarget.value as Card['view'] })}>
            {CARD_VIEWS.map((view) => (
              <option key={view} value={view}>
                {viewName(view)}
              </option>
            ))}
          </select>
        </label>
        <label className="editor-field">
          <Trans context="the kind of a lesson card">Kind</Trans>
          <select value={kindOf(card)} onChange={(e) => onReplace(withKind(card, e.currentTarget.value as CardKind))}>
            {kinds().map((kind) => (
              <option key={kind.id} value={kind.id}>
                {kind.label}
              </option>
            ))}
          </select>
        </label>
      </div>
      <fieldset className="editor-highlights">
        <legend>
          <Trans>Highlight</Trans>
        </legend>
        {HIGHLIGHTS.map((id) => (
          <label key={id} className="editor-check">
            <input
              type="checkbox"
              checked={card.highlight.includes(id)}
              onChange={(e) => onChange({ highlight: e.currentTarget.checked ? [...card.highlight, id] : card.highlight.filter((h) => h !== id) })}
            />
            {highlightName(id)}
          </label>
        ))}
      </fieldset>
      {card.question && <QuestionFields question={card.question} onChange={(question) => onChange({ question })} />}
      <div className="editor-row editor-card-tools">
        <button type="button" aria-label={t`Move card ${number} up`} onClick={() => onMove(-1)} disabled={index === 0}>
          <Trans>Move up</Trans>
        </button>
        <button type="button" aria-label={t`Move card ${number} down`} onClick={() => onMove(1)} disabled={index === count - 1}>
          <Trans>Move down</Trans>
        </button>
        <button type="button" aria-label={t`Remove card ${number}`} onClick={onRemove} disabled={count === 1}>
          <Trans>Remove card</Trans>
        </button>
      </div>
    </fieldset>
  );
}
