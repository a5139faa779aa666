import { t } from '@lingui/core/macro';
import type { CheckedField, CountFieldProblem } from '../state/stops';
import { formatCount } from '../format/number';
import { quote } from './userText';

/*
 * The count fields' problems (state/stops.ts: Go to iteration, Stop at) in the screen's language: the one place
 * they are worded. Each names the field, what was typed and the rule; the limit is grouped as the screen writes
 * counts ("4.294.967.295" in German).
 */

/** The screen's word for Stop at's "no limit": shown as a choice, read back when typed. */
export function noLimitWord(): string {
  return t`no limit`;
}

export function countFieldProblemText({ field, problem }: CountFieldProblem): string {
  const most = 'most' in problem ? formatCount(problem.most) : '';
  const typed = 'text' in problem ? quote(problem.text) : '';
  if (field === 'goTo') {
    switch (problem.code) {
      case 'empty':
        return t`Go to iteration: the field is empty; type a whole number from 0 to ${most}.`;
      case 'notWhole':
        return t`Go to iteration: ${typed} is not a whole number; type a whole number from 0 to ${most}.`;
      case 'tooLarge':
        return t`Go to iteration: ${typed} is not allowed; type a whole number from 0 to ${most}.`;
    }
  }
  const noLimit = noLimitWord();
  switch (problem.code) {
    case 'empty':
      return t`Stop at: the field is empty; type a whole number from 1 to ${most}, or "${noLimit}".`;
    case 'notWhole':
      return t`Stop at: ${typed} is not a whole number; type a whole number from 1 to ${most}, or "${noLimit}".`;
    case 'tooLarge':
      return t`Stop at: ${typed} is not allowed; type a whole number from 1 to ${most}, or "${noLimit}".`;
    case 'zero':
      return t`Stop at: 0 is not allowed; Run stops at 1 iteration or more, or "${noLimit}".`;
  }
}

/** A count field's check, its problem worded: what the field shows under itself. */
export function worded<T>(checked: CheckedField<T>): { ok: true; value: T } | { ok: false; message: string } {
  return checked.ok ? checked : { ok: false, message: countFieldProblemText(checked.problem) };
}
