import { useId, useState } from 'react';
import { plural, t } from '@lingui/core/macro';
import { Trans } from '@lingui/react/macro';
import { useLab, useLabStore } from '../../state';
import { formatChange, formatDecimalText, formatValue, type Digits } from '../../format/number';
import { CLOSE_ENOUGH, isRight, parseAnswer, type CardAnswer, type Guess } from './answers';
import { commitGuess, revealAnswer } from './lessonActions';
import { lessonStore, useLesson } from './lessonStore';
import type { Question } from './lessonTypes';

/** The two answers of an up-or-down question, as its options read. */
const directions = () =>
  [
    { id: 'up', label: t`Up` },
    { id: 'down', label: t`Down` },
  ] as const;

function guessText(question: Question, guess: Guess, digits: Digits): string {
  if (guess.kind === 'number') return formatValue(guess.value, digits);
  if (guess.kind === 'choice') return question.kind === 'choice' ? (question.options[guess.index] ?? '?') : '?';
  return guess.direction === 'up' ? t`up` : t`down`;
}

/** How it went, in a line: "It went up after 1 iteration (+0.012)". */
function wentText(direction: 'up' | 'down' | 'none', iterations: number): string {
  const after = plural(iterations, { one: '# iteration', other: '# iterations' });
  if (iterations > 0) {
    if (direction === 'up') return t`It went up after ${after}`;
    if (direction === 'down') return t`It went down after ${after}`;
    return t`It stayed the same after ${after}`;
  }
  if (direction === 'up') return t`It went up`;
  if (direction === 'down') return t`It went down`;
  return t`It stayed the same`;
}

/** What Reveal says: the truth beside the guess, how far off, and whether it counts as right. */
export function revealText(question: Question, answer: CardAnswer, digits: Digits): string[] {
  const { guess, truth } = answer;
  if (!truth) return [];
  const iterations = question.after;
  const after = plural(iterations, { one: '# iteration', other: '# iterations' });
  const right = isRight(guess, truth);
  const close = formatDecimalText(String(CLOSE_ENOUGH));
  const guessed = guessText(question, guess, digits);
  const lines: string[] = [];
  if (truth.kind === 'number' && guess.kind === 'number') {
    const fromRun = question.kind === 'number' && question.answer.of !== 'value';
    const said = formatValue(truth.value, digits);
    if (!fromRun) lines.push(t`You said ${guessed}. The answer is ${said}.`);
    else lines.push(iterations > 0 ? t`You said ${guessed}. The neuron says ${said} after ${after}.` : t`You said ${guessed}. The neuron says ${said}.`);
    const off = formatValue(Math.abs(guess.value - truth.value), digits);
    lines.push(guess.value === truth.value ? t`Exactly right.` : right ? t`Off by ${off}: within ${close}, well guessed.` : t`Off by ${off}: more than ${close}.`);
  } else if (truth.kind === 'choice' && question.kind === 'choice') {
    const name = question.options[truth.index] ?? '?';
    lines.push(right ? t`You chose ${guessed}. The answer: ${name}, well done.` : t`You chose ${guessed}. The answer: ${name}.`);
    if (truth.changes) {
      const changes = truth.changes.map((change, j) => `${question.options[j] ?? '?'} ${formatChange(change, digits)}`).join(', ');
      lines.push(iterations > 0 ? t`Changes after ${after}: ${changes}.` : t`Changes: ${changes}.`);
    }
  } else if (truth.kind === 'direction') {
    const went = wentText(truth.direction, iterations);
    const change = truth.change !== undefined ? ` (${formatChange(truth.change, digits)})` : '';
    lines.push(right ? t`You said ${guessed}. ${went}${change}, well done.` : t`You said ${guessed}. ${went}${change}.`);
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
  // Worded at render: the screen is drawn anew when the language changes (src/i18n/InLanguage.tsx).
  const DIRECTIONS = directions();

  const commit = () => {
    let guess: Guess | null = null;
    if (question.kind === 'number') {
      const parsed = parseAnswer(draft);
      if (!parsed.ok) {
        const reason = parsed.reason;
        setProblem(t`Your prediction ${reason}.`);
        return;
      }
      guess = { kind: 'number', value: parsed.value };
    } else if (choice === null) {
      setProblem(t`Choose one first.`);
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

  const guessed = answer ? guessText(question, answer.guess, digits) : '';
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
              <Trans>Your prediction</Trans>
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
            <Trans>Lock in my guess</Trans>
          </button>
        </form>
      )}
      {answer && answer.truth === null && (
        <div className="lesson-committed">
          <p>
            <Trans>
              Your guess: <strong>{guessed}</strong>
            </Trans>
          </p>
          <button type="button" className="lesson-primary" onClick={reveal}>
            <Trans>Reveal</Trans>
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
