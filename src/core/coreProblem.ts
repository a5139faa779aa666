/*
 * What the core refuses, as data: a code and the parts a message needs (row, input, value, limit), never a sentence.
 * The core throws a CoreRangeError carrying one; the page words it in the learner's language
 * (text/coreProblemText.ts). Values are kept as the text they were given in ("NaN", "2", "undefined"), since a
 * refused value need not be a number at all. Rows, inputs, weights and segments count from 1, as a person reads them.
 */
export type CoreProblem =
  // A table (validateTable.ts) and a learning rate.
  | { code: 'tableNoRows'; most: number }
  | { code: 'tableTooManyRows'; rows: number; most: number }
  | { code: 'tableTargetCount'; rows: number; targets: number }
  | { code: 'rowNoInputs' }
  | { code: 'rowInputCount'; row: number; count: number; first: number }
  | { code: 'inputNotFinite'; row: number; input: number; value: string }
  | { code: 'targetOutside'; row: number; value: string }
  | { code: 'learningRate'; value: string }
  // NumPy's generator (random.ts, initialWeights.ts).
  | { code: 'seed'; value: string; most: number }
  | { code: 'inputCountTooSmall'; value: string }
  // A run's plan (runPlan.ts). A segment's table or rate: `from` is the iteration it starts at, 0 for the first.
  | { code: 'noSegments' }
  | { code: 'tooManySegments'; segments: number; most: number }
  | { code: 'firstSegmentStart'; from: string }
  | { code: 'segmentStart'; segment: number; from: string; after: number; most: number }
  | { code: 'segmentTable'; from: number; problem: CoreProblem }
  | { code: 'segmentInputCount'; from: number; count: number; first: number }
  // Training, predicting and the history (trainer.ts, history.ts, neuronMath.ts).
  | { code: 'stepCount'; value: string; most: number }
  | { code: 'inputValues'; count: number; needed: number }
  | { code: 'testInputValues'; count: number; needed: number }
  | { code: 'numberNotFinite'; value: string }
  | { code: 'inputNotNumber'; input: number; value: string }
  | { code: 'iterationNotWhole'; value: string }
  | { code: 'notInHistory'; iteration: string; first: number; last: number }
  | { code: 'weightCount'; count: number; needed: number }
  | { code: 'weightNotFinite'; weight: number; value: string }
  | { code: 'tableNoError' }
  // The error landscape (landscape.ts): the table as the landscape worker packs it, the axes, the grid.
  | { code: 'landscapeTable'; values: number; rows: number; inputs: number }
  | { code: 'landscapeAxes'; axes: string; most: number }
  | { code: 'landscapeSide'; side: 'columns' | 'rows'; value: string; most: number }
  | { code: 'landscapeRange'; axis: 'x' | 'y'; low: string; high: string };

/** A refused value as text: numbers as JavaScript writes them, text in quotes, anything else by its type. */
export function valueText(value: unknown): string {
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return JSON.stringify(value);
  if (value === undefined || value === null) return String(value);
  return typeof value;
}

/**
 * Thrown by the core for an argument it refuses. Its message is the problem as JSON, for developers' logs; what a
 * user reads is `problem`, worded by the page.
 */
export class CoreRangeError extends RangeError {
  readonly problem: CoreProblem;
  constructor(problem: CoreProblem) {
    super(JSON.stringify(problem));
    this.name = 'CoreRangeError';
    this.problem = problem;
  }
}

/**
 * The weights became Infinity or NaN. The trainer keeps the last finite weights and trains no further. The page
 * words it from `iteration` (text/faultText.ts, the 'diverged' fault); the message is for developers' logs.
 */
export class TrainingDivergedError extends Error {
  /** The iteration the trainer stopped at: its weights are the last finite ones. */
  readonly iteration: number;
  constructor(iteration: number) {
    super(JSON.stringify({ code: 'diverged', iteration }));
    this.name = 'TrainingDivergedError';
    this.iteration = iteration;
  }
}
