import { useId } from 'react';
import { EXPLORE_VIEW, useLabStore, type LabStore } from '../../../state';
import { encode } from '../../../state/url';
import { setupOf } from '../../../state/setup';
import { CARD_VIEWS, HIGHLIGHTS, LIMITS, type Card, type Question } from '../lessonTypes';
import { kindOf, withKind, type CardKind } from './draftCards';
import { setupSummary } from './setupSummary';

const KINDS: { id: CardKind; label: string }[] = [
  { id: 'none', label: 'No question' },
  { id: 'number', label: 'A number' },
  { id: 'choice', label: 'A choice' },
  { id: 'direction', label: 'Up or down' },
  { id: 'by-hand', label: 'One step by hand' },
];
const VIEW_NAMES = { lab: 'The lab', math: 'Show the math', explore: 'Explore' } as const;
const HIGHLIGHT_NAMES = { table: 'Table', situation: 'New situation', weights: 'Weights', error: 'Error', sigmoid: 'Sigmoid', neuron: 'Neuron' } as const;

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
        Question
        <input type="text" value={question.prompt} maxLength={LIMITS.prompt} onChange={(e) => set({ prompt: e.currentTarget.value })} />
      </label>
      {question.kind === 'number' && (
        <div className="editor-row">
          <label className="editor-field">
            Answer
            <select
              value={question.answer.of === 'value' ? 'value' : 'prediction'}
              onChange={(e) => onChange({ ...question, answer: e.currentTarget.value === 'value' ? { of: 'value', value: 1 } : { of: 'prediction' } })}
            >
              <option value="prediction">The neuron&apos;s prediction after Reveal</option>
              <option value="value">A number I type</option>
            </select>
          </label>
          {question.answer.of === 'value' && (
            <label className="editor-field">
              Right answer
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
            Choices, one a line
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
            Right choice
            <select
              value={question.answer.of === 'option' ? String(question.answer.index) : 'largest-growth'}
              onChange={(e) => onChange({ ...question, answer: e.currentTarget.value === 'largest-growth' ? { of: 'largest-growth' } : { of: 'option', index: Number(e.currentTarget.value) } })}
            >
              <option value="largest-growth">The weight that grows most (choices are the weights)</option>
              {question.options.map((option, i) => (
                <option key={i} value={String(i)}>
                  {option || `Choice ${i + 1}`}
                </option>
              ))}
            </select>
          </label>
        </>
      )}
      {question.kind === 'direction' && (
        <label className="editor-field">
          Answer
          <select
            value={question.answer.of === 'fixed' ? question.answer.direction : 'prediction'}
            onChange={(e) => {
              const value = e.currentTarget.value;
              onChange({ ...question, answer: value === 'up' || value === 'down' ? { of: 'fixed', direction: value } : { of: 'prediction' } });
            }}
          >
            <option value="prediction">Which way the prediction goes on Reveal</option>
            <option value="up">Up</option>
            <option value="down">Down</option>
          </select>
        </label>
      )}
      <label className="editor-field editor-short">
        Iterations Reveal trains
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
        Until the guess is locked in, the lab cannot train past the card&apos;s iteration, so an answer the neuron gives stays hidden.
      </p>
      <label className="editor-field">
        Explanation shown with the answer
        <textarea rows={2} value={question.explain} maxLength={LIMITS.explain} onChange={(e) => set({ explain: e.currentTarget.value })} />
      </label>
    </>
  );
}

/** One card in the editor: its words, its starting point, its view and highlights, its question. */
export function CardEditor({ card, index, count, onChange, onReplace, onMove, onRemove }: CardEditorProps) {
  const ids = useId();
  const labStore = useLabStore();
  return (
    <fieldset className="editor-card">
      <legend>
        Card {index + 1} of {count}
      </legend>
      <label className="editor-field">
        Title
        <input type="text" value={card.title} maxLength={LIMITS.title} onChange={(e) => onChange({ title: e.currentTarget.value })} />
      </label>
      <label className="editor-field">
        Text
        <textarea rows={4} value={card.text} maxLength={LIMITS.text} aria-describedby={`${ids}-text`} onChange={(e) => onChange({ text: e.currentTarget.value })} />
      </label>
      <p id={`${ids}-text`} className="editor-hint">
        Plain text: a blank line starts a paragraph, *stars* mark emphasis.
      </p>
      <div className="editor-setup">
        <p>
          <strong>Starts from:</strong> {setupSummary(card.setup)}
        </p>
        <div className="editor-row">
          <button type="button" aria-label={`Card ${index + 1}: start from the lab as it is now`} onClick={() => onChange(captureLab(labStore))}>
            Start from the lab as it is now
          </button>
          {card.setup !== null && (
            <button type="button" aria-label={`Card ${index + 1}: leave the lab as it is`} onClick={() => onChange({ setup: null })}>
              Leave the lab as it is
            </button>
          )}
        </div>
      </div>
      <div className="editor-row">
        <label className="editor-field">
          View
          <select value={card.view} onChange={(e) => onChange({ view: e.currentTarget.value as Card['view'] })}>
            {CARD_VIEWS.map((view) => (
              <option key={view} value={view}>
                {VIEW_NAMES[view]}
              </option>
            ))}
          </select>
        </label>
        <label className="editor-field">
          Kind
          <select value={kindOf(card)} onChange={(e) => onReplace(withKind(card, e.currentTarget.value as CardKind))}>
            {KINDS.map((kind) => (
              <option key={kind.id} value={kind.id}>
                {kind.label}
              </option>
            ))}
          </select>
        </label>
      </div>
      <fieldset className="editor-highlights">
        <legend>Highlight</legend>
        {HIGHLIGHTS.map((id) => (
          <label key={id} className="editor-check">
            <input
              type="checkbox"
              checked={card.highlight.includes(id)}
              onChange={(e) => onChange({ highlight: e.currentTarget.checked ? [...card.highlight, id] : card.highlight.filter((h) => h !== id) })}
            />
            {HIGHLIGHT_NAMES[id]}
          </label>
        ))}
      </fieldset>
      {card.question && <QuestionFields question={card.question} onChange={(question) => onChange({ question })} />}
      <div className="editor-row editor-card-tools">
        <button type="button" aria-label={`Move card ${index + 1} up`} onClick={() => onMove(-1)} disabled={index === 0}>
          Move up
        </button>
        <button type="button" aria-label={`Move card ${index + 1} down`} onClick={() => onMove(1)} disabled={index === count - 1}>
          Move down
        </button>
        <button type="button" aria-label={`Remove card ${index + 1}`} onClick={onRemove} disabled={count === 1}>
          Remove card
        </button>
      </div>
    </fieldset>
  );
}
