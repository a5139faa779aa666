import { createStore, useStore } from 'zustand';
import type { PanelId } from '../../state';
import type { CardAnswer } from './answers';
import { builtInLesson } from './builtInLesson';
import type { Lesson } from './lessonTypes';
import { loadProgress, saveProgress, type Handwork, type StorageLike } from './progress';

/*
 * Lesson mode's own state (the lab's store knows nothing of lessons but the hold): which lesson, which card,
 * the learner's answers. Progress and answers stay on this device (progress.ts); nothing goes to a server.
 */

export interface LessonState {
  /** 'built-in': the tutorial's lesson; 'own': one opened from a link or a file, or written in the editor. */
  source: 'built-in' | 'own';
  /** The lesson's cards (the built-in one as first worded: the screen shows it through shownLesson). */
  lesson: Lesson;
  /** The card shown; cards.length is the end summary. */
  index: number;
  /** Per card: the committed guess and, once revealed, the truth. */
  answers: (CardAnswer | undefined)[];
  /** Per by-hand card: the fields as typed, and whether Check was pressed. */
  handwork: (Handwork | undefined)[];
  /** The panels the lab hid before lesson mode opened: cards hide their own, and closing gives these back. */
  hiddenBefore: PanelId[] | null;
  /** The lesson being written in the editor, kept while the editor is closed to set up the lab (not saved). */
  draft: Lesson | null;
}

const emptyProgress = (lesson: Lesson, source: LessonState['source']) => ({ lesson, source, index: 0, answers: [], handwork: [] });

export function createLessonStore(storage: StorageLike | null) {
  const saved = loadProgress(storage);
  const store = createStore<LessonState>()(() => ({
    hiddenBefore: null,
    draft: null,
    ...(saved ?? emptyProgress(builtInLesson(), 'built-in')),
  }));
  store.subscribe((next, previous) => {
    if (next.lesson !== previous.lesson || next.index !== previous.index || next.answers !== previous.answers || next.handwork !== previous.handwork) {
      saveProgress(storage, next);
    }
  });
  return store;
}

export type LessonStore = ReturnType<typeof createLessonStore>;

function browserStorage(): StorageLike | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export const lessonStore: LessonStore = createLessonStore(browserStorage());

export function useLesson<T>(selector: (state: LessonState) => T): T {
  return useStore(lessonStore, selector);
}

/**
 * The lesson as the screen words it: the built-in one in the screen's language (a German link's class reads German
 * cards), a teacher's own exactly as the teacher wrote it.
 */
export function shownLesson(state: Pick<LessonState, 'source' | 'lesson'>): Lesson {
  return state.source === 'built-in' ? builtInLesson() : state.lesson;
}

export function useShownLesson(): Lesson {
  return useLesson(shownLesson);
}

/** Another lesson (a link, a file, the editor's): it opens at card 1 with no answers. */
export function replaceLesson(store: LessonStore, lesson: Lesson, source: LessonState['source']) {
  store.setState(emptyProgress(lesson, source));
}

/** Start again: the same lesson from card 1, its answers forgotten. */
export function startAgain(store: LessonStore) {
  const { lesson, source } = store.getState();
  store.setState(emptyProgress(lesson, source));
}

export function setAt<T>(list: readonly T[], index: number, value: T): T[] {
  const copy = [...list];
  copy[index] = value;
  return copy;
}
