import { t } from '@lingui/core/macro';
import type { NumberProblem } from '../state/numberProblem';
import { quote } from './userText';

/**
 * A number problem in the screen's language, as the end of a sentence that names the field first ("Seed: is
 * empty"), with the typed text quoted safely.
 */
export function numberProblemText(problem: NumberProblem): string {
  switch (problem.code) {
    case 'empty':
      return t`is empty`;
    case 'notANumber': {
      const typed = quote(problem.text);
      return t`${typed} is not a number`;
    }
    case 'tooLarge': {
      const typed = quote(problem.text);
      return t`${typed} is too large`;
    }
    case 'comma': {
      const typed = quote(problem.text);
      const { ungrouped, decimal } = problem;
      if (ungrouped !== null && decimal !== null) {
        return t`${typed} has a comma, which could group thousands or mark a decimal; type ${ungrouped} without the comma, or ${decimal} with a decimal point`;
      }
      if (ungrouped !== null) return t`${typed} has a comma, which could group thousands or mark a decimal; type ${ungrouped} without the comma`;
      if (decimal !== null) return t`${typed} has a comma, which could group thousands or mark a decimal; type ${decimal} with a decimal point`;
      return t`${typed} has a comma, which could group thousands or mark a decimal`;
    }
  }
}
