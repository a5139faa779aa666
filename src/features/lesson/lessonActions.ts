import type { LabStore } from '../../state';
import type { Guess } from './answers';
import type { HandField } from './byHand';
import { reveal, setUpCard } from './cardSetup';
import type { Lesson } from './lessonTypes';
import { setAt, startAgain, replaceLesson, type LessonState, type LessonStore } from './lessonStore';

/*
 * What the lesson panel's buttons do, across the two stores: the lesson's (card, answers) and the lab's (the
 * card's setup, the hold). Pure functions of the stores, so unit tests drive them without a page.
 */

const revealedAt = (state: LessonState, index: number) => state.answers[index]?.truth != null;

/** Shows card `index` (cards.length: the end summary) and puts the lab where it starts. */
export function goToCard(lessons: LessonStore, lab: LabStore, index: number): void {
  const { lesson } = lessons.getState();
  const clamped = Math.max(0, Math.min(index, lesson.cards.length));
  lessons.setState({ index: clamped });
  const card = lesson.cards[clamped];
  if (card) setUpCard(lab, card, revealedAt(lessons.getState(), clamped));
  else lab.getState().setHold(null);
}

/** Lesson mode opens: the lab's own hidden panels are kept aside, and the card shown is set up again. */
export function openLessonMode(lessons: LessonStore, lab: LabStore): void {
  lessons.setState({ hiddenBefore: [...lab.getState().hiddenPanels] });
  goToCard(lessons, lab, lessons.getState().index);
}

/** Lesson mode closes: the lab is the learner's again, with the panels it had. The place is kept for next time. */
export function closeLessonMode(lessons: LessonStore, lab: LabStore): void {
  const { hiddenBefore } = lessons.getState();
  lab.getState().setHold(null);
  if (hiddenBefore) lab.setState({ hiddenPanels: hiddenBefore });
  lessons.setState({ hiddenBefore: null });
}

export function commitGuess(lessons: LessonStore, guess: Guess): void {
  const { index, answers } = lessons.getState();
  lessons.setState({ answers: setAt(answers, index, { guess, truth: null }) });
}

/** Reveal: returns a message when the truth could not be read (the guess stays committed). */
export function revealAnswer(lessons: LessonStore, lab: LabStore): string | null {
  const { index, answers, lesson } = lessons.getState();
  const question = lesson.cards[index]?.question;
  const answer = answers[index];
  if (!question || !answer) return null;
  const revealed = reveal(lab, question);
  if (!revealed.ok) return revealed.message;
  lessons.setState({ answers: setAt(lessons.getState().answers, index, { guess: answer.guess, truth: revealed.truth }) });
  return null;
}

export function typeByHand(lessons: LessonStore, field: HandField, text: string): void {
  const { index, handwork } = lessons.getState();
  const current = handwork[index] ?? { typed: {}, checked: false };
  lessons.setState({ handwork: setAt(handwork, index, { ...current, typed: { ...current.typed, [field]: text } }) });
}

/** Check pressed: how many of the fields were right, for the end summary. */
export function checkHandwork(lessons: LessonStore, right: number): void {
  const { index, handwork } = lessons.getState();
  const current = handwork[index] ?? { typed: {}, checked: false };
  lessons.setState({ handwork: setAt(handwork, index, { ...current, checked: true, right }) });
}

export function restartLesson(lessons: LessonStore, lab: LabStore): void {
  startAgain(lessons);
  goToCard(lessons, lab, 0);
}

/** Another lesson (a link, a file, the editor's): opens at card 1. */
export function openLesson(lessons: LessonStore, lab: LabStore, lesson: Lesson, source: LessonState['source']): void {
  replaceLesson(lessons, lesson, source);
  goToCard(lessons, lab, 0);
}
