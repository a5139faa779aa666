import { useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { timeChartsPainter, type PaintedChart } from './timeChartsPainter';
import type { FromChartsWorker } from './timeChartsProtocol';

/** Canvases handed to the worker, by element: a canvas can be handed over only once. */
const attached = new WeakMap<HTMLCanvasElement, { id: number; chart: Relay; detachTimer: ReturnType<typeof setTimeout> | null }>();

/** Forwards the worker's answers to whichever render of the chart holds the canvas now. */
interface Relay extends PaintedChart {
  target: PaintedChart | null;
}

/**
 * Hands the chart's canvas to the time charts' worker, where the browser can. Returns the chart's id in the
 * painter (null: the chart draws in the page) and the key to give the canvas element: it changes when the worker
 * failed, so that React makes a new canvas the page can draw on. `onDrawn` hears what each drawing put on it.
 */
export function usePaintedCanvas(canvasRef: RefObject<HTMLCanvasElement | null>, onDrawn: (answer: FromChartsWorker) => void): { idRef: RefObject<number | null>; canvasKey: number } {
  const idRef = useRef<number | null>(null);
  const [canvasKey, setCanvasKey] = useState(0);
  const drawnRef = useRef(onDrawn);
  useLayoutEffect(() => {
    drawnRef.current = onDrawn;
  });
  useLayoutEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const target: PaintedChart = {
      drawn: (answer) => drawnRef.current(answer),
      lost: () => {
        idRef.current = null;
        setCanvasKey((key) => key + 1);
      },
    };
    let entry = attached.get(canvas);
    if (entry) {
      // Mounted again on the same element (React's StrictMode runs effects twice): keep the canvas where it is.
      if (entry.detachTimer !== null) clearTimeout(entry.detachTimer);
      entry.detachTimer = null;
      entry.chart.target = target;
    } else {
      const chart: Relay = { target, drawn: (answer) => chart.target?.drawn(answer), lost: () => chart.target?.lost() };
      const id = timeChartsPainter().attach(canvas, chart);
      if (id === null) return;
      entry = { id, chart, detachTimer: null };
      attached.set(canvas, entry);
    }
    idRef.current = entry.id;
    const held = entry;
    return () => {
      idRef.current = null;
      held.chart.target = null;
      // Let go only if no render takes the canvas up again in this task.
      held.detachTimer = setTimeout(() => {
        attached.delete(canvas);
        timeChartsPainter().detach(held.id);
      }, 0);
    };
  }, [canvasRef, canvasKey]);
  return { idRef, canvasKey };
}
