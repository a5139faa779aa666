import type { KeyboardEvent } from 'react';
import { t } from '@lingui/core/macro';
import { formatValue, SIGNIFICANT_DIGITS, type Digits } from '../../format/number';
import { INK } from '../../ui/palette';
import { briefNumber } from '../../ui/chartAccess';
import { outputColour } from './outputColour';
import type { Situation } from './situationsModel';
import { targetsText } from './situationsText';

interface CubeDrawingProps {
  width: number;
  height: number;
  corners: readonly Situation[];
  /** Makes a corner the test input. */
  onChoose(corner: Situation['corner']): void;
  describedBy: string;
  /** The digits setting: the labels never show more. */
  digits: Digits;
}

const RADIUS = 15;
/** The cube's edges: pairs of corner indices (k = 4 * x1 + 2 * x2 + x3) that differ in one input. */
const EDGES: [number, number][] = [];
for (let a = 0; a < 8; a++) for (const bit of [1, 2, 4]) if ((a & bit) === 0) EDGES.push([a, a | bit]);

/** Enter and Space press a corner, as they press a button. */
function onKey(event: KeyboardEvent, choose: () => void) {
  if (event.key !== 'Enter' && event.key !== ' ') return;
  event.preventDefault();
  choose();
}

/**
 * An output in few digits that never reads as exactly 0 or 1 unless it is: 3 significant digits, more (up to 8)
 * while rounding would say "1" or "0" (0.99986869 -> "0.9999", not "1").
 */
export function shortOutput(value: number, most: Digits = SIGNIFICANT_DIGITS): string {
  if (value === 0 || value === 1 || !Number.isFinite(value)) return formatValue(value, most);
  for (let digits = Math.min(3, most); digits < most; digits++) {
    const text = briefDigits(value, digits);
    if (Number(text) !== 1 && Number(text) !== 0) return text;
  }
  return formatValue(value, most);
}

function briefDigits(value: number, digits: number): string {
  if (Math.abs(value) < 1e-4) return briefNumber(value);
  const text = value.toPrecision(digits);
  return text.includes('.') && !text.includes('e') ? text.replace(/0+$/, '').replace(/\.$/, '') : text;
}

export function cornerLabel(c: Situation, digits: Digits = SIGNIFICANT_DIGITS): string {
  const { name } = c;
  const output = formatValue(c.output, digits);
  const target = targetsText(c.targets, digits);
  const trained = c.targets.length > 0 ? t`a row of the table (target ${target})` : t`not in the table`;
  return c.isTest ? t`Input ${name}: output ${output}, ${trained}, the test input` : t`Input ${name}: output ${output}, ${trained}`;
}

/**
 * The eight inputs as the corners of a cube: input 1 to the right, input 2 up, input 3 into the page. Each corner
 * is filled by the neuron's output and labelled with its name and output; a square marks the table's rows and a
 * thick ring the test input. Each corner is a button that makes it the test input.
 */
export function CubeDrawing({ width, height, corners, onChoose, describedBy, digits }: CubeDrawingProps) {
  // Room for the labels beside the corners; the depth (input 3) is half a side, up and to the right.
  const labelRoom = 86;
  const side = Math.max(40, Math.min((width - 2 * labelRoom - 2 * RADIUS) / 1.5, (height - 2 * RADIUS - 36) / 1.5));
  const depth = side / 2;
  const left = (width - 1.5 * side) / 2;
  const bottom = (height + 1.5 * side) / 2;
  const at = (c: readonly number[]) => ({ x: left + side * c[0]! + depth * c[2]!, y: bottom - side * c[1]! - depth * c[2]! });
  return (
    <svg width={width} height={height} role="group" aria-label={t`The eight inputs as the corners of a cube`} aria-describedby={describedBy}>
      {EDGES.map(([a, b]) => {
        const p = at(corners[a]!.corner);
        const q = at(corners[b]!.corner);
        // The hidden edges (from the back corner 001) are dashed, as a drawing of a cube shows them.
        const hidden = a === 1 || (a === 0 && b === 1);
        return <line key={`${a}-${b}`} x1={p.x} y1={p.y} x2={q.x} y2={q.y} stroke="#777" strokeWidth={1.5} strokeDasharray={hidden ? '4 4' : undefined} />;
      })}
      {corners.map((c) => {
        const { x, y } = at(c.corner);
        const right = c.corner[0] === 1;
        // Clear of the test input's ring, which is clear of the table row's square.
        const tx = right ? x + RADIUS + 19 : x - RADIUS - 19;
        const choose = () => onChoose(c.corner);
        const described = cornerLabel(c, digits);
        return (
          <g
            key={c.name}
            className={c.isTest ? 'mark corner is-test' : 'mark corner'}
            role="button"
            tabIndex={0}
            aria-label={t`${described}. Make it the test input`}
            aria-pressed={c.isTest}
            data-corner={c.name}
            onClick={choose}
            onKeyDown={(event) => onKey(event, choose)}
          >
            {c.targets.length > 0 && (
              <rect x={x - RADIUS - 5} y={y - RADIUS - 5} width={2 * RADIUS + 10} height={2 * RADIUS + 10} fill="#fff" stroke={INK} strokeWidth={2.5} />
            )}
            {c.isTest && <circle cx={x} cy={y} r={RADIUS + 14} fill="none" stroke={INK} strokeWidth={4} />}
            <circle cx={x} cy={y} r={RADIUS} fill={outputColour(c.output)} stroke={INK} strokeWidth={2} />
            <text x={tx} y={y - 9} textAnchor={right ? 'start' : 'end'} className="corner-name halo">
              {c.name}
            </text>
            <text x={tx} y={y + 10} textAnchor={right ? 'start' : 'end'} className="corner-value halo" data-value={String(c.output)}>
              {shortOutput(c.output, digits)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
