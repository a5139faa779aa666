import type { PlanTrainer } from '../core/planTrainer';
import type { TrainingHistory } from '../core/history';
import { copySeries, sampleHistory, type SeriesRequest } from '../core/historySampling';
import type { Frame, StepStart } from './protocol';

export interface FrameInputs {
  history: TrainingHistory;
  /** A trainer standing at the iteration shown (its weights are that iteration's exact weights, its table that iteration's). */
  view: PlanTrainer;
  testInput: Float64Array;
  running: boolean;
  iterationsPerSecond: number;
  series: SeriesRequest;
  /** See Frame.stepFrom and Frame.previousWeights. */
  stepFrom?: StepStart | null;
  previousWeights?: Float64Array | null;
}

/** The frame for the iteration the view stands at, and the buffers to transfer with it (each listed once). */
export function buildFrame({ history, view, testInput, running, iterationsPerSecond, series, stepFrom = null, previousWeights = null }: FrameInputs): {
  frame: Frame;
  transfer: ArrayBuffer[];
} {
  const outputs = view.outputs();
  const targets = view.table.targets;
  const errors = outputs.map((out, r) => targets[r]! - out);
  const frame: Frame = {
    iteration: view.iteration,
    trainedTo: history.trainedTo,
    knownFrom: history.knownFrom,
    running,
    inputCount: view.inputCount,
    rowCount: view.rowCount,
    weights: view.weights.slice(),
    outputs,
    errors,
    meanSquaredError: view.meanSquaredError(),
    prediction: view.predict(testInput),
    iterationsPerSecond,
    series: sampleHistory(history, series),
    stepFrom,
    previousWeights,
  };
  frame.chartsSeries = copySeries(frame.series);
  const buffers = new Set<ArrayBuffer>(
    [frame.weights.buffer, outputs.buffer, errors.buffer, frame.series.iterations.buffer, frame.chartsSeries.iterations.buffer] as ArrayBuffer[],
  );
  if (stepFrom) buffers.add(stepFrom.weights.buffer as ArrayBuffer).add(stepFrom.outputs.buffer as ArrayBuffer);
  if (previousWeights) buffers.add(previousWeights.buffer as ArrayBuffer);
  return { frame, transfer: [...buffers] };
}
