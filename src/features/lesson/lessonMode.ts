import { createStore, useStore } from 'zustand';

/*
 * Whether lesson mode is open, and a lesson link waiting to be read: all the first load needs. The lesson itself
 * (its cards, the learner's answers, the editor) loads when lesson mode first opens.
 */

/** A lesson link's part of the address: `#lesson=1.<packed lesson>` (see lessonCode.ts). */
export const LESSON_HASH = '#lesson=';

export interface LessonMode {
  open: boolean;
  /** The panels the card on show talks about (its highlight), so the layout can keep them in view beside it. */
  talksAbout: readonly string[];
  /** The packed lesson of a link just opened, until the lesson panel has read it. */
  link: string | null;
}

export const lessonMode = createStore<LessonMode>()(() => ({ open: false, talksAbout: [], link: null }));

export function useLessonMode<T>(selector: (state: LessonMode) => T): T {
  return useStore(lessonMode, selector);
}

export function setLessonOpen(open: boolean) {
  lessonMode.setState({ open });
}

/** While the lesson is open: the panels its card talks about (possibly none); while it is closed: null. */
export function useLessonFocus(): readonly string[] | null {
  return useLessonMode((s) => (s.open ? s.talksAbout : null));
}

/**
 * Takes a lesson link out of the address (so a reload or "Copy link" does not carry it on) and opens lesson
 * mode to read it. Returns whether there was one.
 */
export function takeLessonLink(location: Pick<Location, 'hash' | 'pathname' | 'search'>, history: Pick<History, 'replaceState' | 'state'>): boolean {
  if (!location.hash.startsWith(LESSON_HASH)) return false;
  const link = location.hash.slice(LESSON_HASH.length);
  history.replaceState(history.state, '', `${location.pathname}${location.search}`);
  lessonMode.setState({ open: true, link });
  return true;
}
