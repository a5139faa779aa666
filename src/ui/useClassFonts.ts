import { useLayoutEffect, useState, type RefObject } from 'react';
import { fontOf } from './textMetrics';

const SVG = 'http://www.w3.org/2000/svg';

/**
 * The fonts the stylesheet gives SVG text of each class inside `container` (presenter mode makes them larger),
 * read from a probe text element before paint; null until read. Each entry may name several classes ("node-value strong"). `key` says when to read again (the size, the mode).
 */
export function useClassFonts(container: RefObject<Element | null>, classNames: readonly string[], key: unknown): Record<string, string> | null {
  const [fonts, setFonts] = useState<Record<string, string> | null>(null);
  const names = classNames.join('|');
  useLayoutEffect(() => {
    const element = container.current;
    if (!element) return;
    // As useElementSize measures: read, then keep the old object when nothing changed (no re-render).
    const measure = () => {
      const read: Record<string, string> = {};
      for (const name of names.split('|')) {
        const probe = document.createElementNS(SVG, 'text');
        probe.setAttribute('class', name);
        probe.setAttribute('visibility', 'hidden');
        element.appendChild(probe);
        read[name] = fontOf(probe);
        probe.remove();
      }
      setFonts((old) => (old && names.split('|').every((name) => old[name] === read[name]) ? old : read));
    };
    measure();
  }, [container, names, key]);
  return fonts;
}
