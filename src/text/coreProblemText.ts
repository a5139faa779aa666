import { plural, t } from '@lingui/core/macro';
// By path, not through core/index.ts: words of the core's refusals need none of its training code.
import { CoreRangeError, TrainingDivergedError, type CoreProblem } from '../core/coreProblem';
import { formatDecimalText } from '../format/number';
import type { LandscapeFailure } from '../worker/landscapeProtocol';
import { faultText } from './faultText';
import { ISOLATE_END, ISOLATE_START, shownText } from './userText';

/*
 * What the core refused (core/coreProblem.ts) in the screen's language: the one place it is worded. Each message
 * names where (row, input, weight, table) and the rule. The core's refused values are its own text ("NaN", "2");
 * numbers get the language's decimal sign.
 */

const num = (value: number | string) => formatDecimalText(String(value));

/** One problem of the core, as a sentence. */
export function coreProblemText(problem: CoreProblem): string {
  switch (problem.code) {
    case 'tableNoRows': {
      const most = num(problem.most);
      return t`The table has no rows: it needs from 1 to ${most}.`;
    }
    case 'tableTooManyRows': {
      const most = num(problem.most);
      const rows = problem.rows;
      return plural(rows, { one: `The table has # row: it may have at most ${most}.`, other: `The table has # rows: it may have at most ${most}.` });
    }
    case 'tableTargetCount': {
      const rows = num(problem.rows);
      const targets = problem.targets;
      return plural(targets, {
        one: `The table has ${rows} rows of inputs but # target: each row needs exactly one target.`,
        other: `The table has ${rows} rows of inputs but # targets: each row needs exactly one target.`,
      });
    }
    case 'rowNoInputs':
      return t`Row 1 has no inputs: each row needs at least one input.`;
    case 'rowInputCount': {
      const { row, first } = problem;
      const count = problem.count;
      return plural(count, {
        one: `Row ${row} has # input but row 1 has ${first}: every row needs the same number of inputs.`,
        other: `Row ${row} has # inputs but row 1 has ${first}: every row needs the same number of inputs.`,
      });
    }
    case 'inputNotFinite': {
      const { row, input } = problem;
      const value = num(problem.value);
      return t`Row ${row}, input ${input}: ${value} is not allowed; an input must be a finite number.`;
    }
    case 'targetOutside': {
      const row = problem.row;
      const value = num(problem.value);
      return t`Row ${row}, target: ${value} is not allowed; a target must be a number from 0 to 1.`;
    }
    case 'learningRate': {
      const value = num(problem.value);
      return t`Learning rate ${value} is not allowed: it must be a finite number above 0.`;
    }
    case 'seed': {
      const value = num(problem.value);
      const most = problem.most;
      return t`Seed ${value} is not allowed: a seed must be a whole number from 0 to ${most}.`;
    }
    case 'inputCountTooSmall': {
      const value = num(problem.value);
      return t`The number of inputs, ${value}, is not allowed: it must be a whole number, 1 or more.`;
    }
    case 'noSegments':
      return t`The run has no tables: it needs at least one.`;
    case 'tooManySegments': {
      const segments = num(problem.segments);
      const most = num(problem.most);
      return t`The run has ${segments} tables: at most ${most} are allowed.`;
    }
    case 'firstSegmentStart': {
      const from = num(problem.from);
      return t`The first table starts at iteration ${from}: it must start at 0.`;
    }
    case 'segmentStart': {
      const segment = problem.segment;
      const from = num(problem.from);
      const after = num(problem.after);
      const most = num(problem.most);
      return t`Table ${segment} of the run starts at iteration ${from}: it must be a whole number after ${after} and at most ${most}.`;
    }
    case 'segmentTable': {
      const what = coreProblemText(problem.problem);
      if (problem.from === 0) return t`The first table: ${what}`;
      const from = num(problem.from);
      return t`The table from iteration ${from}: ${what}`;
    }
    case 'segmentInputCount': {
      const from = num(problem.from);
      const first = problem.first;
      const count = problem.count;
      return plural(count, {
        one: `The table from iteration ${from} has # input per row but the first has ${first}: the weights carry over, so they must match.`,
        other: `The table from iteration ${from} has # inputs per row but the first has ${first}: the weights carry over, so they must match.`,
      });
    }
    case 'stepCount': {
      const value = num(problem.value);
      const most = problem.most;
      return t`A step of ${value} iterations is not allowed: it must be a whole number from 0 to ${most}.`;
    }
    case 'inputValues': {
      const needed = problem.needed;
      const count = problem.count;
      return plural(count, {
        one: `The input has # value: it needs ${needed}, one per weight.`,
        other: `The input has # values: it needs ${needed}, one per weight.`,
      });
    }
    case 'testInputValues': {
      const needed = problem.needed;
      const count = problem.count;
      return plural(count, {
        one: `The test input has # value: it needs ${needed}, one per input.`,
        other: `The test input has # values: it needs ${needed}, one per input.`,
      });
    }
    case 'numberNotFinite': {
      const value = num(problem.value);
      return t`${value} cannot be written into the script: numbers must be finite.`;
    }
    case 'inputNotNumber': {
      const input = problem.input;
      const value = num(problem.value);
      return t`Input ${input}: ${value} is not allowed; an input must be a finite number.`;
    }
    case 'iterationNotWhole': {
      const value = num(problem.value);
      return t`Iteration ${value} is not allowed: it must be a whole number, 0 or more.`;
    }
    case 'notInHistory': {
      const iteration = num(problem.iteration);
      const first = num(problem.first);
      const last = num(problem.last);
      return t`Iteration ${iteration} is not in the history: it holds iterations ${first} to ${last}.`;
    }
    case 'weightCount': {
      const needed = problem.needed;
      const count = problem.count;
      return plural(count, {
        one: `# weight was given: the neuron has ${needed}.`,
        other: `# weights were given: the neuron has ${needed}.`,
      });
    }
    case 'weightNotFinite': {
      const weight = problem.weight;
      const value = num(problem.value);
      return t`Weight ${weight}: ${value} is not a finite number.`;
    }
    case 'tableNoError':
      return t`The table has no rows, so it has no error.`;
    case 'landscapeTable': {
      const { values, rows, inputs } = problem;
      return t`The table holds ${values} input values for ${rows} rows of ${inputs} inputs: the error landscape needs one value per input of every row, and at least one row.`;
    }
    case 'landscapeAxes': {
      const axes = problem.axes;
      const most = problem.most;
      return t`The weights ${axes} cannot be the landscape's axes: they must be two different weights from 0 to ${most}.`;
    }
    case 'landscapeSide': {
      const value = num(problem.value);
      const most = num(problem.most);
      return problem.side === 'columns'
        ? t`The landscape's grid cannot have ${value} columns: it must have a whole number from 2 to ${most}.`
        : t`The landscape's grid cannot have ${value} rows: it must have a whole number from 2 to ${most}.`;
    }
    case 'landscapeRange': {
      const low = num(problem.low);
      const high = num(problem.high);
      return problem.axis === 'x'
        ? t`The landscape's horizontal range, ${low} to ${high}, is not allowed: it must be finite and rising.`
        : t`The landscape's vertical range, ${low} to ${high}, is not allowed: it must be finite and rising.`;
    }
  }
}

/**
 * Any error a feature caught, as the page shows it: the core's worded in the screen's language, training that
 * stopped as the engine words it, anything else (the browser's own words) quoted safely as it came.
 */
export function errorText(error: unknown): string {
  if (error instanceof CoreRangeError) return coreProblemText(error.problem);
  if (error instanceof TrainingDivergedError) return faultText({ code: 'diverged', iteration: error.iteration });
  return isolated(error instanceof Error ? error.message : String(error));
}

/** Why the landscape worker could not compute the surface: the core's refusal, or the browser's words. */
export function landscapeFailureText(failure: LandscapeFailure): string {
  return 'problem' in failure ? coreProblemText(failure.problem) : isolated(failure.detail);
}

/** The browser's own words (an error's message), made safe and isolated, without quote marks. */
function isolated(text: string): string {
  return `${ISOLATE_START}${shownText(text, 200)}${ISOLATE_END}`;
}
