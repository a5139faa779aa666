import { useEffect } from 'react';
import { lessonMode } from './lessonMode';
import type { Highlight } from './lessonTypes';

/**
 * Marks the panels a card talks about: the page's root says which (`data-lesson-highlight="table neuron"`) and
 * lesson.css outlines them, so no other feature needs to know about lessons; the layout reads them from lesson
 * mode's store, to keep them in view beside the card in presenter mode.
 */
export function useHighlight(highlight: readonly Highlight[]) {
  const key = highlight.join(' ');
  useEffect(() => {
    const root = document.documentElement;
    if (key === '') delete root.dataset.lessonHighlight;
    else root.dataset.lessonHighlight = key;
    lessonMode.setState({ talksAbout: key === '' ? [] : key.split(' ') });
    return () => {
      delete root.dataset.lessonHighlight;
      lessonMode.setState({ talksAbout: [] });
    };
  }, [key]);
}
