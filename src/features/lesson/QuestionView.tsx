import { useId, useState } from 'react';
import { useLab, useLabStore } from '../../state';
import { formatChange, formatValue, type Digits } from '../../format/number';
import { CLOSE_ENOUGH, isRight, parseAnswer, type CardAnswer, type Guess } from './answers';
import { commitGuess, revealAnswer } from './lessonActions';
import { lessonStore, useLesson } from './lessonStore';
import type { Question } from './lessonTypes';

const DIRECTIONS = [
  { id: 'up', label: 'Up' },
  { id: 'down', label: 'Down' },
] as const;

function guessText(question: Question, guess: Guess, digits: Digits): string {
  if (guess.kind === 'number') return formatValue(guess.value, digits);
  if (guess.kind === 'choice') return question.kind === 'choice' ? (question.options[guess.index] ?? '?') : '?';
  return guess.direction === 'up' ? 'up' : 'down';
}

/** What Reveal says: the truth beside the guess, how far off, and whether it counts as right. */
export function revealText(question: Question, answer: CardAnswer, digits: Digits): string[] {
  const { guess, truth } = answer;
  if (!truth) return [];
  const after = question.after > 0 ? ` after ${question.after.toLocaleString('en-US')} iteration${question.after === 1 ? '' : 's'}` : '';
  const right = isRight(guess, truth);
  const lines: string[] = [];
  if (truth.kind === 'number' && guess.kind === 'number') {
    const fromRun = question.kind === 'number' && question.answer.of !== 'value';
    lines.push(`You said ${formatValue(guess.value, digits)}. ${fromRun ? `The neuron says ${formatValue(truth.value, digits)}${after}.` : `The answer is ${formatValue(truth.value, digits)}.`}`);
    const off = Math.abs(guess.value - truth.value);
    lines.push(off === 0 ? 'Exactly right.' : `Off by ${formatValue(off, digits)}: ${right ? `within ${CLOSE_ENOUGH}, well guessed.` : `more than ${CLOSE_ENOUGH}.`}`);
  } else if (truth.kind === 'choice' && question.kind === 'choice') {
    const name = (i: number) => question.options[i] ?? '?';
    lines.push(`You chose ${guessText(question, guess, digits)}. The answer: ${name(truth.index)}${right ? ', well done.' : '.'}`);
    if (truth.changes) lines.push(`Changes${after}: ${truth.changes.map((change, j) => `${name(j)} ${formatChange(change, digits)}`).join(', ')}.`);
  } else if (truth.kind === 'direction') {
    const went = truth.direction === 'none' ? 'stayed the same' : `went ${truth.direction}`;
    lines.push(`You said ${guessText(question, guess, digits)}. It ${went}${after}${truth.change !== undefined ? ` (${formatChange(truth.change, digits)})` : ''}${right ? ', well done.' : '.'}`);
  }
  return lines;
}

/**
 * Predict, commit, reveal. Until the guess is locked in, the lab may not train past the card's iteration, so the
 * answer is nowhere on screen, in the page's title, its live region or its accessibility tree; Reveal trains
 * the lab there and shows the truth beside the guess, announced once.
 */
export function QuestionView({ question, index }: { question: Question; index: number }) {
  const answer = useLesson((s) => s.answers[index]);
  const digits = useLab((s) => s.digits);
  const labStore = useLabStore();
  const [draft, setDraft] = useState('');
  const [choice, setChoice] = useState<number | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const ids = useId();

  const commit = () => {
    let guess: Guess | null = null;
    if (question.kind === 'number') {
      const parsed = parseAnswer(draft);
      if (!parsed.ok) {
        setProblem(`Your prediction ${parsed.reason}.`);
        return;
      }
      guess = { kind: 'number', value: parsed.value };
    } else if (choice === null) {
      setProblem('Choose one first.');
      return;
    } else {
      guess = question.kind === 'choice' ? { kind: 'choice', index: choice } : { kind: 'direction', direction: DIRECTIONS[choice]!.id };
    }
    setProblem(null);
    commitGuess(lessonStore, guess);
  };

  const reveal = () => {
    const message = revealAnswer(lessonStore, labStore);
    if (message) {
      setProblem(message);
      return;
    }
    const revealed = lessonStore.getState().answers[index];
    if (revealed) setAnnouncement([...revealText(question, revealed, digits), question.explain].join(' '));
  };

  const options = question.kind === 'choice' ? question.options : question.kind === 'direction' ? DIRECTIONS.map((d) => d.label) : [];
  const problemId = `${ids}-problem`;
  return (
    <section className="lesson-question" aria-labelledby={`${ids}-prompt`}>
      <p id={`${ids}-prompt`} className="lesson-prompt">
        {question.prompt}
      </p>
      {!answer && (
        <form
          className="lesson-guess"
          onSubmit={(event) => {
            event.preventDefault();
            commit();
          }}
        >
          {question.kind === 'number' ? (
            <label className="lesson-field">
              Your prediction
              <input
                type="text"
                inputMode="decimal"
                autoComplete="off"
                value={draft}
                aria-invalid={problem ? true : undefined}
                aria-describedby={problem ? problemId : undefined}
                onChange={(event) => setDraft(event.currentTarget.value)}
              />
            </label>
          ) : (
            <fieldset className="lesson-options">
              <legend className="visually-hidden">{question.prompt}</legend>
              {options.map((option, i) => (
                <label key={i} className="lesson-option">
                  <input type="radio" name={`${ids}-choice`} checked={choice === i} onChange={() => setChoice(i)} />
                  {option}
                </label>
              ))}
            </fieldset>
          )}
          <button type="submit" className="lesson-primary">
            Lock in my guess
          </button>
        </form>
      )}
      {answer && answer.truth === null && (
        <div className="lesson-committed">
          <p>
            Your guess: <strong>{guessText(question, answer.guess, digits)}</strong>
          </p>
          <button type="button" className="lesson-primary" onClick={reveal}>
            Reveal
          </button>
        </div>
      )}
      {answer && answer.truth !== null && (
        <div className="lesson-reveal" data-testid="lesson-reveal">
          {revealText(question, answer, digits).map((line, i) => (
            <p key={i}>{line}</p>
          ))}
          <p className="lesson-explain">{question.explain}</p>
        </div>
      )}
      {problem && (
        <p id={problemId} className="lesson-problem" role="alert">
          {problem}
        </p>
      )}
      {/* The reveal, said once: the region exists from the start (a region must exist before it speaks). */}
      <div className="visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </div>
    </section>
  );
}
