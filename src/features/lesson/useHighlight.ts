import { useEffect } from 'react';
import type { Highlight } from './lessonTypes';

/**
 * Marks the panels a card talks about: the page's root says which (`data-lesson-highlight="table neuron"`) and
 * lesson.css outlines them, so no other feature needs to know about lessons.
 */
export function useHighlight(highlight: readonly Highlight[]) {
  const key = highlight.join(' ');
  useEffect(() => {
    const root = document.documentElement;
    if (key === '') delete root.dataset.lessonHighlight;
    else root.dataset.lessonHighlight = key;
    return () => {
      delete root.dataset.lessonHighlight;
    };
  }, [key]);
}
