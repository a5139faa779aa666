import { t } from '@lingui/core/macro';
import { errorText } from '../text/coreProblemText';
import { IMPORTS, runScript, type ScriptSetup } from './pythonScript';

/**
 * One Python 3 + NumPy program for two compared runs: run A's part, then run B's, each exactly the script of that
 * run alone (its own table, seed, learning rate and iterations; B seeds the generator again), so it prints
 * "Run A, weights after ...", "Run A, prediction for ...", then run B's two lines, with every digit.
 * Throws a RangeError when either run could not be written (naming the run).
 */
export function comparedScript(a: ScriptSetup, b: ScriptSetup): string {
  const part = (setup: ScriptSetup, run: 'A' | 'B') => {
    try {
      return runScript(setup, run);
    } catch (error) {
      const reason = errorText(error);
      throw new RangeError(run === 'A' ? t`Run A: ${reason}` : t`Run B: ${reason}`);
    }
  };
  const partA = part(a, 'A');
  const partB = part(b, 'B');
  return [
    '#!/usr/bin/env python3',
    '# ' + t`Neuron Lab: two runs of one artificial neuron, A and B, each step by step as in the NumPy tutorial.`,
    '# ' + t`Run it with Python 3 and NumPy:  python3 neuron_lab.py`,
    '# ' + t`It prints each run's weights and its prediction, the same numbers Neuron Lab shows for runs A and B.`,
    IMPORTS,
    '',
    '# ' + t`---- Run A ----`,
    ...partA.preface,
    ...partA.body,
    '# ' + t`---- Run B: the same program on run B's setup, from its own seed ----`,
    ...partB.preface,
    ...partB.body,
  ].join('\n');
}
