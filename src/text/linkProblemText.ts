import { plural, t } from '@lingui/core/macro';
import { formatCount, formatDecimalText } from '../format/number';
import type { InputCountProblem, InputsProblem, LinkProblem, PresenterProblem, SegmentWhy, TableProblem, ValueProblem } from '../state/url/linkProblem';
import { numberProblemText } from './numberProblemText';
import { quote } from './userText';

/*
 * A link's problems (state/url/linkProblem.ts) in the screen's language: the one place they are worded. Each
 * message names the part at fault, what was wrong and what is used instead. Numbers keep the text a link writes
 * (no grouping: "4294967295" is a seed as typed), with the language's decimal sign.
 */

const num = (value: number) => formatDecimalText(String(value));

/** "8, 4 or 2", "weights and neuron": the last two joined by the language's word. */
function listed(items: readonly (string | number)[], joinLast: (rest: string, last: string) => string): string {
  const words = items.map(String);
  return words.length < 2 ? words.join('') : joinLast(words.slice(0, -1).join(', '), words.at(-1)!);
}
export const orList = (items: readonly (string | number)[]) => listed(items, (rest, last) => t`${rest} or ${last}`);
const andList = (items: readonly (string | number)[]) => listed(items, (rest, last) => t`${rest} and ${last}`);

/** One value's problem, as the end of a sentence that names the value first. */
export function valueProblemText(problem: ValueProblem): string {
  switch (problem.code) {
    case 'number':
      return numberProblemText(problem.problem);
    case 'inputOutside': {
      const value = num(problem.value);
      const most = num(problem.most);
      return t`${value} is outside -${most} to ${most}`;
    }
    case 'targetOutside': {
      const value = num(problem.value);
      return t`${value} is outside 0 to 1`;
    }
    case 'wholeNumber': {
      const most = num(problem.most);
      if (problem.problem !== null) {
        const why = numberProblemText(problem.problem);
        return t`${why}; it must be a whole number from 0 to ${most}`;
      }
      const typed = quote(problem.text);
      return t`${typed} is not a whole number from 0 to ${most}`;
    }
  }
}

function inputCountText(problem: InputCountProblem): string {
  const typed = quote(problem.text);
  const needed = problem.needed;
  if (problem.compact) return t`${typed} is not ${needed} inputs; write three digits (011) or three numbers joined by _ (0.5_-1_2)`;
  const count = problem.count;
  return t`${typed} has ${count} inputs, not ${needed}; write three digits (011) or three numbers joined by _ (0.5_-1_2)`;
}

function tableInputText(row: number, problem: InputsProblem): string {
  if (problem.input === null) {
    const what = inputCountText(problem.problem);
    return t`Table row ${row}: ${what}`;
  }
  const input = problem.input;
  const what = valueProblemText(problem.problem);
  return t`Table row ${row}, input ${input}: ${what}`;
}

function testInputText(problem: InputsProblem): string {
  if (problem.input === null) {
    const what = inputCountText(problem.problem);
    return t`Test input: ${what}`;
  }
  const input = problem.input;
  const what = valueProblemText(problem.problem);
  return t`Test input ${input}: ${what}`;
}

/** A table's problem; `withOutcome` adds what became of the row ("row 2 was left out."). */
export function tableProblemText(problem: TableProblem, withOutcome = true): string {
  switch (problem.code) {
    case 'tooManyRows': {
      const rows = problem.rows;
      const most = problem.most;
      const over = problem.rows - problem.most;
      const dropped = plural(over, { one: 'the last # was left out', other: 'the last # were left out' });
      return t`The table has ${rows} rows, more than the ${most} allowed; ${dropped}.`;
    }
    case 'rowNoTarget':
    case 'rowBad': {
      const row = problem.row;
      let said: string;
      if (problem.code === 'rowNoTarget') {
        const typed = quote(problem.text);
        said = t`Table row ${row}: ${typed} has no target; write the inputs, "-", then the target (011-1)`;
      } else {
        const parts = problem.inputs.map((input) => tableInputText(row, input));
        if (problem.target !== null) {
          const what = valueProblemText(problem.target);
          parts.push(t`Table row ${row}, target: ${what}`);
        }
        said = parts.join('; ');
      }
      return withOutcome ? t`${said}; row ${row} was left out.` : said;
    }
  }
}

/** Why presenter mode cannot show a choice of panels. */
export function presenterProblemText(problem: PresenterProblem): string {
  switch (problem.code) {
    case 'notPresentable': {
      const names = problem.panels.map((panel) => quote(panel)).join(', ');
      const presentable = problem.presentable.join(', ');
      return t`${names} cannot be shown in presenter mode (${presentable} can)`;
    }
    case 'panelTwice':
      return t`a panel is listed twice`;
    case 'panelCount': {
      const count = problem.count;
      const least = problem.least;
      const most = problem.most;
      return plural(count, {
        one: `# panel was chosen; presenter mode shows ${least} or ${most}`,
        other: `# panels were chosen; presenter mode shows ${least} or ${most}`,
      });
    }
  }
}

function segmentWhyText(why: SegmentWhy): string {
  switch (why.code) {
    case 'tooManyTables': {
      const most = why.most;
      return t`a run has at most ${most} tables`;
    }
    case 'shape': {
      const typed = quote(why.text);
      return t`${typed} is not an iteration, ":", a table and maybe ":" and a learning rate (10000:011-1,100-0,101-0)`;
    }
    case 'iteration': {
      const what = valueProblemText(why.problem);
      return t`the iteration ${what}`;
    }
    case 'notAfter': {
      const iteration = num(why.iteration);
      if (why.after === 0) return t`iteration ${iteration} does not come after the start`;
      const after = num(why.after);
      return t`iteration ${iteration} does not come after the edit before it (${after})`;
    }
    case 'table': {
      const first = why.first === null ? t`The table has no rows` : tableProblemText(why.first, false);
      const more = why.more;
      return more > 0 ? t`${first} (and ${more} more)` : first;
    }
    case 'rate': {
      const what = valueProblemText(why.problem);
      return t`the learning rate ${what}`;
    }
    case 'rateRange': {
      const value = num(why.value);
      const most = num(why.most);
      return t`learning rate ${value} is not above 0 and at most ${most}`;
    }
  }
}

/** A link's problem in one or two sentences a student can read: what was wrong, where, and what is used instead. */
export function linkProblemText(problem: LinkProblem): string {
  switch (problem.code) {
    case 'linkTooLong': {
      const length = num(problem.length);
      const most = num(problem.most);
      return t`The link is ${length} characters long, more than the ${most} it may be; only its parts under that length were read.`;
    }
    case 'partTooLong': {
      const name = quote(problem.name);
      const length = num(problem.length);
      const most = num(problem.most);
      return t`The part ${name} is ${length} characters long, more than ${most}; it was ignored.`;
    }
    case 'brokenEscape': {
      const typed = quote(problem.text);
      return t`The part ${typed} has a broken % escape; it was ignored.`;
    }
    case 'unknownPart': {
      const name = quote(problem.name);
      return t`${name} is not part of a Neuron Lab link; it was ignored.`;
    }
    case 'repeated': {
      const name = `'${problem.name}'`;
      return t`${name} appears more than once in the link; the first was used.`;
    }
    case 'tooManyParts': {
      const most = problem.most;
      return t`The link has more than ${most} parts; only the first ${most} were read.`;
    }
    case 'version': {
      const version = quote(problem.version);
      const expected = problem.expected;
      return t`The link is version ${version}; this app reads version ${expected} links, so it read what it could.`;
    }
    case 'unreadable':
      return t`The link could not be read; the defaults are used.`;
    case 'tableEmpty':
      return t`The table (data) is empty; the tutorial's table is used.`;
    case 'tableUnusable':
      return t`The table has no usable row; the tutorial's table is used.`;
    case 'tableRows':
      return tableProblemText(problem.problem);
    case 'testInput': {
      const what = problem.problems.map(testInputText).join('; ');
      const fallback = problem.fallback.map(num).join(', ');
      return t`${what}; the test input ${fallback} is used.`;
    }
    case 'seed': {
      const what = valueProblemText(problem.problem);
      const fallback = num(problem.fallback);
      return t`Seed: ${what}; seed ${fallback} is used.`;
    }
    case 'learningRate': {
      const what = valueProblemText(problem.problem);
      const fallback = num(problem.fallback);
      return t`Learning rate (lr): ${what}; learning rate ${fallback} is used.`;
    }
    case 'learningRateRange': {
      const value = num(problem.value);
      const most = num(problem.most);
      const fallback = num(problem.fallback);
      return t`Learning rate (lr): ${value} is not allowed; it must be above 0 and at most ${most}; learning rate ${fallback} is used.`;
    }
    case 'segment': {
      const edit = problem.edit;
      const why = segmentWhyText(problem.why);
      return problem.last ? t`Edit ${edit} (seg): ${why}; it was left out.` : t`Edit ${edit} (seg): ${why}; it and the edits after it were left out.`;
    }
    case 'iteration': {
      const what = valueProblemText(problem.problem);
      return t`Iteration (it): ${what}; the run starts at iteration 0.`;
    }
    case 'stopAt': {
      const what = valueProblemText(problem.problem);
      const fallback = formatCount(problem.fallback);
      return t`Stop at (stop): ${what}, or none; Run stops at ${fallback}.`;
    }
    case 'stopAtZero': {
      const typed = quote(problem.text);
      const fallback = formatCount(problem.fallback);
      return t`Stop at (stop): ${typed} is not allowed; Run stops at 1 iteration or more, or none; Run stops at ${fallback}.`;
    }
    case 'switch': {
      const typed = quote(problem.text);
      return problem.field === 'logAxis'
        ? t`Log axis (log): ${typed} is not 1 or 0; it is off.`
        : t`Presenter mode (presenter): ${typed} is not 1 or 0; it is off.`;
    }
    case 'digits': {
      const typed = quote(problem.text);
      const choices = orList(problem.choices);
      const fallback = problem.fallback;
      return t`Digits (digits): ${typed} is not ${choices}; ${fallback} significant digits are shown.`;
    }
    case 'hiddenUnknown': {
      const typed = quote(problem.text);
      const panels = problem.panels.join(', ');
      return t`Hidden panels (hide): ${typed} is not a panel (${panels}); it was ignored.`;
    }
    case 'hiddenTwice': {
      const name = `'${problem.name}'`;
      return t`Hidden panels (hide): ${name} is listed twice; it is hidden once.`;
    }
    case 'shownUnknown': {
      const typed = quote(problem.text);
      const panels = problem.panels.join(', ');
      return t`Shown panels (show): ${typed} is not a panel of the Explore view (${panels}); it was ignored.`;
    }
    case 'presenterPanels': {
      const why = presenterProblemText(problem.problem);
      const shown = andList(problem.fallback);
      return t`Presenter panels (present): ${why}; ${shown} are shown.`;
    }
  }
}
