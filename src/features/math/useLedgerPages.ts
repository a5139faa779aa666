import { useLayoutEffect, useState, type RefObject } from 'react';
import { useElementSize } from '../../ui/useElementSize';
import { pagesOf, type LedgerPage } from './ledgerPages';

/** Two columns make a page: what a projector's 1280x720 holds at the back row's type size. */
export const COLUMNS_PER_PAGE = 2;

interface Measured {
  key: string;
  pages: LedgerPage[];
  /** Each line's height when measured: a shown line that changes height (a formula typeset) is measured again. */
  heights: number[];
}

export interface LedgerPaging {
  /** The lines are being measured: every line is to be rendered. */
  measuring: boolean;
  /** The pages: while measuring, those of the last measurement (so the page tools, and the room they take, stay). */
  pages: LedgerPage[];
}

/**
 * The pages of the lines in `columns` (a multi-column element of fixed height, one child per line). While they
 * are measured every line is rendered, and the pages are worked out from where each landed, before the browser
 * paints. Measured again when `layoutKey` (what the lines hold), the element's size, or a shown line's height
 * changes. The page tools stay while measuring: were they to go, the columns would grow, and fit more lines,
 * than once the tools are back.
 */
export function useLedgerPages(columns: RefObject<HTMLElement | null>, enabled: boolean, layoutKey: string): LedgerPaging {
  const size = useElementSize(columns);
  const [measured, setMeasured] = useState<Measured | null>(null);
  const [remeasure, setRemeasure] = useState(0);
  const key = `${layoutKey}|${size.width}x${size.height}|${remeasure}`;
  const current = enabled && size.width > 0 && measured?.key === key ? measured : null;

  useLayoutEffect(() => {
    const element = columns.current;
    if (!enabled || current || !element || size.width === 0) return;
    const style = getComputedStyle(element);
    const gap = parseFloat(style.columnGap) || 0;
    const inner = element.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    const columnStep = (inner - gap * (COLUMNS_PER_PAGE - 1)) / COLUMNS_PER_PAGE + gap;
    const origin = element.getBoundingClientRect().left + parseFloat(style.paddingLeft) - element.scrollLeft;
    const lines = [...element.children] as HTMLElement[];
    const lefts = lines.map((line) => line.getBoundingClientRect().left - origin);
    // Measuring the layout before the browser paints and rendering again is what a layout effect is for (React's
    // "Measuring layout before the browser repaints the screen"): the unpaged lines are never seen.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setMeasured({ key, pages: pagesOf(lefts, columnStep, COLUMNS_PER_PAGE), heights: lines.map((line) => line.offsetHeight) });
  }, [columns, enabled, current, key, size.width]);

  // A shown line that grows or shrinks (the typesetter replaced a formula's plain text) may no longer fit its page.
  useLayoutEffect(() => {
    const element = columns.current;
    if (!enabled || !current || !element) return;
    const observer = new ResizeObserver(() => {
      const lines = [...element.children] as HTMLElement[];
      const moved = lines.some((line, i) => !line.hidden && Math.abs(line.offsetHeight - (current.heights[i] ?? 0)) > 1);
      if (moved) setRemeasure((n) => n + 1);
    });
    for (const line of element.children) observer.observe(line);
    return () => observer.disconnect();
  }, [columns, enabled, current]);

  return { measuring: enabled && !current, pages: current?.pages ?? measured?.pages ?? [] };
}
