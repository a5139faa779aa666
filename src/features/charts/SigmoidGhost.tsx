import { sigmoid, weightedSum } from '../../core/neuronMath';
import type { StepStart } from '../../worker/protocol';

interface SigmoidGhostProps {
  stepFrom: StepStart;
  inputs: readonly (readonly number[])[];
  testInput: readonly number[];
  /** z to x (clamped to the axis) and output to y, as the chart places its marks. */
  x: (z: number) => number;
  y: (output: number) => number;
  /** Where each mark is now: a thin line from the ghost shows which way it moved. */
  now: { z: number; output: number }[];
  testNow: { z: number; output: number } | null;
}

/**
 * A faint ghost of each row and of the test input where they sat before the last Step, with a thin line to where
 * they are now. Drawn under the marks and hidden from assistive technology: the table says each output's change.
 */
export function SigmoidGhost({ stepFrom, inputs, testInput, x, y, now, testNow }: SigmoidGhostProps) {
  const rows = Math.min(stepFrom.outputs.length, inputs.length, now.length);
  const testZ = weightedSum(testInput, stepFrom.weights);
  return (
    <g className="step-ghost" aria-hidden="true" data-testid="sigmoid-ghost" data-iteration={stepFrom.iteration}>
      {Array.from({ length: rows }, (_, r) => {
        const z = weightedSum(inputs[r]!, stepFrom.weights);
        const output = stepFrom.outputs[r]!;
        return (
          <g key={r} data-testid={`sigmoid-ghost-${r + 1}`} data-z={String(z)}>
            <line x1={x(z)} y1={y(output)} x2={x(now[r]!.z)} y2={y(now[r]!.output)} stroke="#6f6f6f" strokeWidth={1.5} strokeDasharray="2 3" />
            <circle cx={x(z)} cy={y(output)} r={13} fill="#fff" fillOpacity={0.6} stroke="#8a8a8a" strokeOpacity={0.7} strokeWidth={2} strokeDasharray="4 3" />
          </g>
        );
      })}
      {testNow && (
        <path
          transform={`translate(${x(testZ)},${y(sigmoid(testZ))})`}
          d="M0 -20 L20 0 L0 20 L-20 0 Z"
          fill="none"
          stroke="#8a8a8a"
          strokeOpacity={0.7}
          strokeWidth={2}
          strokeDasharray="4 3"
        />
      )}
    </g>
  );
}
