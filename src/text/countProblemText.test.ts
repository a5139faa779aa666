import { afterAll, describe, expect, it } from 'vitest';
import { switchLanguage } from '../i18n';
import { checkIteration, checkStopAt, type CountFieldProblem } from '../state/stops';
import { countFieldProblemText, noLimitWord, worded } from './countProblemText';
import { plainMessage } from './userText';
import { expectWordedEverywhere } from './testing/wordedEverywhere';

const MOST = 4294967295;

/** Every field with every problem it can have. */
const PROBLEMS: CountFieldProblem[] = [
  ...(['goTo', 'stopAt'] as const).flatMap((field) => [
    { field, problem: { code: 'empty' as const, most: MOST } },
    { field, problem: { code: 'notWhole' as const, text: 'zq1', most: MOST } },
    { field, problem: { code: 'tooLarge' as const, text: '1e10', most: MOST } },
  ]),
  { field: 'stopAt', problem: { code: 'zero' } },
];

describe('countFieldProblemText(problem)', () => {
  afterAll(() => switchLanguage('en'));

  it('words every field\'s every problem in every language, with what was typed', async () => {
    await expectWordedEverywhere(
      PROBLEMS.map((said) => ({ said, keeps: 'text' in said.problem ? [said.problem.text] : [] })),
      countFieldProblemText,
    );
  });

  it('names the field, the rule with the limit grouped as the screen writes counts, and Stop at\'s word for no limit', async () => {
    const goTo = worded(checkIteration('-5'));
    expect(goTo.ok ? '' : plainMessage(goTo.message)).toBe("Go to iteration: '-5' is not a whole number; type a whole number from 0 to 4,294,967,295.");
    await switchLanguage('de');
    const stop = worded(checkStopAt('zehn', noLimitWord()));
    expect(stop.ok ? '' : plainMessage(stop.message)).toBe("Halt bei: 'zehn' ist keine ganze Zahl; gib eine ganze Zahl von 1 bis 4.294.967.295 ein oder „unbegrenzt“.");
    expect(checkStopAt('Unbegrenzt', noLimitWord())).toEqual({ ok: true, value: null });
    await switchLanguage('fr');
    expect(noLimitWord()).toBe('sans limite');
    expect(checkStopAt('sans limite', noLimitWord())).toEqual({ ok: true, value: null });
  });
});
