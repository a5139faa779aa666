import { describe, expect, it } from 'vitest';
import type { HistorySeries } from '../../worker/protocol';
import type { Context2D } from './drawTimeChart';
import { answerToSend, paintDraw } from './paintDraw';
import type { ChartDraw } from './timeChartsProtocol';
import { ENGLISH_LINE_NAMES } from './timeLayers';

/** A 2D context that records the names of the calls made on it and measures every text 10 px wide. */
function recordingContext(): { ctx: Context2D; calls: string[] } {
  const calls: string[] = [];
  const ctx = new Proxy({} as Record<string | symbol, unknown>, {
    get: (target, name) => {
      if (name in target) return target[name];
      return (...args: unknown[]) => {
        calls.push(String(name));
        return name === 'measureText' && args.length > 0 ? { width: 10 } : undefined;
      };
    },
    set: (target, name, value) => {
      target[name] = value;
      return true;
    },
  });
  return { ctx: ctx as unknown as Context2D, calls };
}

// Two samples of three weights: at 0 (-0.2, 0.4, -0.9) and at 10 (-1.5, 0.5, 2.6); each sample's band is the value itself.
const weights = new Float64Array([-0.2, 0.4, -0.9, -1.5, 0.5, 2.6]);
const series = {
  scale: 'linear',
  iterations: new Float64Array([0, 10]),
  weights,
  weightsMin: weights,
  weightsMax: weights,
  mse: new Float64Array([0.3, 0.2]),
  mseMin: new Float64Array([0.3, 0.2]),
  mseMax: new Float64Array([0.3, 0.2]),
  rowCount: 0,
  rowErrors: new Float64Array(0),
} as unknown as HistorySeries;

const drawWith = (domain: { xEnd: number; y0: number; y1: number }): ChartDraw => ({
  id: 7,
  kind: 'weights',
  iteration: 10,
  trainedTo: 10,
  geometry: { width: 300, height: 200, left: 40, top: 12, plotWidth: 220, plotHeight: 150, axis: 'linear', labelFont: '600 15px sans-serif', names: ENGLISH_LINE_NAMES, ...domain },
  ratio: 2,
  cursorAt: null,
  report: true,
});

describe('paintDraw: the lines\' names come from the page, in its language', () => {
  // Two rows' errors at 0 and 10, so the error chart draws a line per row and the MSE's.
  const withRows = { ...series, rowCount: 2, rowErrors: new Float64Array([0.5, -0.5, 0.25, -0.25]) } as unknown as HistorySeries;
  const germanError = (domain: { xEnd: number; y0: number; y1: number }): ChartDraw => {
    const draw = drawWith(domain);
    return { ...draw, kind: 'error', geometry: { ...draw.geometry, names: { row: 'Zeile #', mse: 'MQF' } } };
  };

  it('writes "Zeile 1", "Zeile 2" and "MQF" at the ends of a German error chart', () => {
    const canvas = { width: 0, height: 0 } as OffscreenCanvas;
    const asked = paintDraw(canvas, recordingContext().ctx, withRows, 3, germanError({ xEnd: 1, y0: 0, y1: 1 }));
    const domain = asked.type === 'domain' ? asked.domain : { xEnd: 1, y0: 0, y1: 1 };
    const answer = paintDraw(canvas, recordingContext().ctx, withRows, 3, germanError(domain));
    expect(answer.type).toBe('drawn');
    if (answer.type !== 'drawn') return;
    expect(answer.labels.map((l) => l.text).sort()).toEqual(['MQF', 'Zeile 1', 'Zeile 2']);
  });
});

describe('paintDraw (the charts worker drawing one chart)', () => {
  // The weights reach -1.5 and 2.6 (and the axis always holds 0): four ticks a unit apart round that to [-2, 3];
  // the iteration axis ends at the round 10 the run reached.
  const needed = { xEnd: 10, y0: -2, y1: 3 };
  const canvas = () => ({ width: 0, height: 0 }) as OffscreenCanvas;

  it('draws nothing and names the domain when the frame needs axes other than those the page shows', () => {
    const { ctx, calls } = recordingContext();
    const target = canvas();
    expect(paintDraw(target, ctx, series, 3, drawWith({ xEnd: 10, y0: -1, y1: 1 }))).toEqual({ type: 'domain', id: 7, domain: needed });
    expect(calls).toEqual([]);
    expect(target.width).toBe(0);
  });

  it('draws the frame with the axes shown, sized for the device pixels, and says what it drew', () => {
    const { ctx, calls } = recordingContext();
    const target = canvas();
    const answer = paintDraw(target, ctx, series, 3, drawWith(needed));
    expect(answer.type).toBe('drawn');
    if (answer.type !== 'drawn') return;
    expect([answer.id, answer.iteration, answer.trainedTo]).toEqual([7, 10, 10]);
    expect(answer.labels.map((l) => l.text)).toEqual(['w1', 'w2', 'w3']);
    expect([target.width, target.height]).toEqual([600, 400]);
    expect(calls[0]).toBe('setTransform');
    expect(calls).toContain('clearRect');
    expect(calls.filter((c) => c === 'stroke')).toHaveLength(3);
  });

  it('during a run (no report asked) draws the lines but sends no answer; a needed domain is still sent', () => {
    const { ctx, calls } = recordingContext();
    const running = { ...drawWith(needed), report: false };
    expect(answerToSend(paintDraw(canvas(), ctx, series, 3, running), running)).toBeNull();
    expect(calls.filter((c) => c === 'stroke')).toHaveLength(3);
    const otherAxes = { ...drawWith({ xEnd: 10, y0: -1, y1: 1 }), report: false };
    expect(answerToSend(paintDraw(canvas(), ctx, series, 3, otherAxes), otherAxes)).toEqual({ type: 'domain', id: 7, domain: needed });
    const still = drawWith(needed);
    expect(answerToSend(paintDraw(canvas(), ctx, series, 3, still), still)?.type).toBe('drawn');
  });

  it('a running frame past the end shown asks for room ahead (twice the needed end, 20); a still frame for the exact 10', () => {
    const { ctx } = recordingContext();
    const running = { ...drawWith({ xEnd: 5, y0: -2, y1: 3 }), report: false };
    expect(paintDraw(canvas(), ctx, series, 3, running)).toEqual({ type: 'domain', id: 7, domain: { xEnd: 20, y0: -2, y1: 3 } });
    const runningInside = { ...drawWith({ xEnd: 20, y0: -2, y1: 3 }), report: false };
    expect(paintDraw(canvas(), ctx, series, 3, runningInside).type).toBe('drawn');
    expect(paintDraw(canvas(), ctx, series, 3, drawWith({ xEnd: 20, y0: -2, y1: 3 }))).toEqual({ type: 'domain', id: 7, domain: needed });
  });

  it('only clears the canvas when there is no frame yet', () => {
    const { ctx, calls } = recordingContext();
    const answer = paintDraw(canvas(), ctx, null, 3, { ...drawWith(needed), iteration: null });
    expect(answer).toEqual({ type: 'drawn', id: 7, iteration: null, trainedTo: 10, trainedToB: null, labels: [] });
    expect(calls).toEqual(['setTransform', 'clearRect']);
  });

  describe('with run B (comparing)', () => {
    // Run B at 0 (0.1, 0.2, 0.3), 10 (3.6, -0.4, 1.1) and 20 (9, 9, 9): beyond run A's last trained iteration, 10.
    const weightsB = new Float64Array([0.1, 0.2, 0.3, 3.6, -0.4, 1.1, 9, 9, 9]);
    const runB = {
      inputCount: 3,
      series: { ...series, iterations: new Float64Array([0, 10, 20]), weights: weightsB, weightsMin: weightsB, weightsMax: weightsB, mse: new Float64Array(3), mseMin: new Float64Array(3), mseMax: new Float64Array(3) } as HistorySeries,
    };
    // Both runs up to 10 span -1.5 (A's w1) to 3.6 (B's w1): four ticks a unit apart round that to [-2, 4].
    const joint = { xEnd: 10, y0: -2, y1: 4 };

    it('names the domain that holds both runs, up to run A\'s last trained iteration (B\'s 9s at 20 left out)', () => {
      const { ctx } = recordingContext();
      expect(paintDraw(canvas(), ctx, series, 3, drawWith(needed), runB)).toEqual({ type: 'domain', id: 7, domain: joint });
    });

    it('draws run B dotted over run A, its names "w1 B"... at its lines\' ends with the values they end on, at A\'s iteration', () => {
      const { ctx, calls } = recordingContext();
      // Each line's dash pattern and dash ends when it is stroked.
      const stroked: [unknown, unknown][] = [];
      let dash: unknown = [];
      const recorded = new Proxy(ctx as unknown as Record<string, unknown>, {
        get: (target, name) => {
          if (name === 'setLineDash') return (d: number[]) => (dash = d);
          if (name === 'stroke') return () => stroked.push([dash, target.lineCap ?? 'butt']);
          return target[name as string];
        },
      }) as unknown as Context2D;
      const answer = paintDraw(canvas(), recorded, series, 3, drawWith(joint), runB);
      expect(answer.type).toBe('drawn');
      if (answer.type !== 'drawn') return;
      expect(answer.trainedToB).toBe(10);
      expect(answer.labels.map((l) => [l.text, l.value])).toEqual([
        ['w1', -1.5],
        ['w2', 0.5],
        ['w3', 2.6],
        ['w1 B', 3.6],
        ['w2 B', -0.4],
        ['w3 B', 1.1],
      ]);
      // Run A's three lines (solid, dashed, dash-dot, square ends), then run B's, round dots.
      expect(stroked).toEqual([
        [[], 'butt'],
        [[10, 5], 'butt'],
        [[2, 4, 10, 4], 'butt'],
        [[0.1, 6], 'round'],
        [[0.1, 6], 'round'],
        [[0.1, 6], 'round'],
      ]);
      expect(calls).not.toContain('stroke');
    });
  });
});
