import { INK } from './palette';

interface AxisFrameProps {
  /** The plot area: its left and top edge and its size, in the SVG's pixels. */
  left: number;
  top: number;
  plotWidth: number;
  plotHeight: number;
  /** The SVG's height: the x-axis label sits at its foot. */
  height: number;
  xLabel: string;
  yLabel: string;
  /** Where the rotated y label's baseline sits from the left edge (chartMargins' yLabelX). */
  yLabelX?: number;
}

/** The two axis lines and their labels, drawn alike on every chart with a plot area. */
export function AxisFrame({ left, top, plotWidth, plotHeight, height, xLabel, yLabel, yLabelX = 16 }: AxisFrameProps) {
  const bottom = top + plotHeight;
  return (
    <>
      <line x1={left} x2={left + plotWidth} y1={bottom} y2={bottom} stroke={INK} strokeWidth={1.5} />
      <line x1={left} x2={left} y1={top} y2={bottom} stroke={INK} strokeWidth={1.5} />
      <text x={left + plotWidth / 2} y={height - 4} textAnchor="middle" className="axis-label">
        {xLabel}
      </text>
      <text transform={`translate(${yLabelX},${top + plotHeight / 2}) rotate(-90)`} textAnchor="middle" className="axis-label">
        {yLabel}
      </text>
    </>
  );
}
