import { afterAll, describe, expect, it } from 'vitest';
import { switchLanguage } from '../i18n';
import { CoreRangeError, TrainingDivergedError, createTrainer, type CoreProblem } from '../core';
import { coreProblemText, errorText, landscapeFailureText } from './coreProblemText';
import { plainMessage } from './userText';
import { expectWordedEverywhere } from './testing/wordedEverywhere';

/*
 * Every code the core refuses with, worded in English, Spanish, German and French with its numbers: the type below
 * lists every code (a new one without a sample fails to build).
 */
type ByCode<U extends { code: string }> = { [C in U['code']]: Extract<U, { code: C }>[] };

const PROBLEMS: ByCode<CoreProblem> = {
  tableNoRows: [{ code: 'tableNoRows', most: 64 }],
  tableTooManyRows: [{ code: 'tableTooManyRows', rows: 65, most: 64 }],
  tableTargetCount: [
    { code: 'tableTargetCount', rows: 3, targets: 1 },
    { code: 'tableTargetCount', rows: 3, targets: 2 },
  ],
  rowNoInputs: [{ code: 'rowNoInputs' }],
  rowInputCount: [
    { code: 'rowInputCount', row: 2, count: 1, first: 3 },
    { code: 'rowInputCount', row: 3, count: 4, first: 3 },
  ],
  inputNotFinite: [{ code: 'inputNotFinite', row: 2, input: 3, value: 'Infinity' }],
  targetOutside: [{ code: 'targetOutside', row: 4, value: '2' }],
  learningRate: [{ code: 'learningRate', value: '-1' }],
  seed: [{ code: 'seed', value: '77777777777', most: 4294967295 }],
  inputCountTooSmall: [{ code: 'inputCountTooSmall', value: '0' }],
  noSegments: [{ code: 'noSegments' }],
  tooManySegments: [{ code: 'tooManySegments', segments: 33, most: 32 }],
  firstSegmentStart: [{ code: 'firstSegmentStart', from: '3' }],
  segmentStart: [{ code: 'segmentStart', segment: 3, from: '10', after: 20, most: 4294967295 }],
  segmentTable: [
    { code: 'segmentTable', from: 0, problem: { code: 'targetOutside', row: 2, value: '7' } },
    { code: 'segmentTable', from: 500, problem: { code: 'learningRate', value: '0' } },
  ],
  segmentInputCount: [{ code: 'segmentInputCount', from: 500, count: 2, first: 3 }],
  stepCount: [{ code: 'stepCount', value: '-5', most: 4294967295 }],
  inputValues: [{ code: 'inputValues', count: 2, needed: 3 }],
  testInputValues: [
    { code: 'testInputValues', count: 1, needed: 3 },
    { code: 'testInputValues', count: 2, needed: 3 },
  ],
  numberNotFinite: [{ code: 'numberNotFinite', value: 'Infinity' }],
  inputNotNumber: [{ code: 'inputNotNumber', input: 2, value: 'Infinity' }],
  iterationNotWhole: [{ code: 'iterationNotWhole', value: '-1' }],
  notInHistory: [{ code: 'notInHistory', iteration: '499', first: 500, last: 510 }],
  weightCount: [
    { code: 'weightCount', count: 1, needed: 3 },
    { code: 'weightCount', count: 2, needed: 3 },
  ],
  weightNotFinite: [{ code: 'weightNotFinite', weight: 2, value: 'Infinity' }],
  tableNoError: [{ code: 'tableNoError' }],
  landscapeTable: [{ code: 'landscapeTable', values: 8, rows: 3, inputs: 3 }],
  landscapeAxes: [{ code: 'landscapeAxes', axes: '2, 2', most: 2 }],
  landscapeSide: [
    { code: 'landscapeSide', side: 'columns', value: '1', most: 1024 },
    { code: 'landscapeSide', side: 'rows', value: '5000', most: 1024 },
  ],
  landscapeRange: [
    { code: 'landscapeRange', axis: 'x', low: '4', high: '-4' },
    { code: 'landscapeRange', axis: 'y', low: '4', high: '-4' },
  ],
};

/** The numbers and texts of a problem, as its message must show them (a table's inner problem is checked on its own). */
function keeps(problem: CoreProblem): string[] {
  return Object.entries(problem).flatMap(([key, value]) => (key === 'code' || key === 'side' || key === 'axis' || typeof value === 'object' ? [] : [String(value)]));
}

describe('coreProblemText(problem)', () => {
  afterAll(() => switchLanguage('en'));

  it('words every code in every language, with its numbers, none left in English', async () => {
    const samples = Object.values(PROBLEMS)
      .flat()
      .map((problem) => ({ said: problem, keeps: keeps(problem) }));
    await expectWordedEverywhere(samples, coreProblemText);
  });

  it('says where and what, with the library\'s plurals and the language\'s decimal sign', async () => {
    expect(coreProblemText({ code: 'rowInputCount', row: 2, count: 1, first: 3 })).toBe('Row 2 has 1 input but row 1 has 3: every row needs the same number of inputs.');
    expect(coreProblemText({ code: 'rowInputCount', row: 3, count: 4, first: 3 })).toBe('Row 3 has 4 inputs but row 1 has 3: every row needs the same number of inputs.');
    expect(coreProblemText(PROBLEMS.segmentTable[1]!)).toBe('The table from iteration 500: Learning rate 0 is not allowed: it must be a finite number above 0.');
    await switchLanguage('de');
    expect(coreProblemText({ code: 'targetOutside', row: 2, value: '1.5' })).toBe('Zeile 2, Zielwert: 1,5 ist nicht erlaubt; ein Zielwert muss eine Zahl von 0 bis 1 sein.');
    expect(coreProblemText({ code: 'weightCount', count: 1, needed: 3 })).toBe('1 Gewicht wurde angegeben: das Neuron hat 3.');
    await switchLanguage('fr');
    expect(coreProblemText({ code: 'learningRate', value: '-0.5' })).toBe('Le taux d’apprentissage -0,5 n’est pas permis : il doit être un nombre fini supérieur à 0.');
  });
});

describe('errorText(error) and landscapeFailureText(failure)', () => {
  afterAll(() => switchLanguage('en'));

  it('words what the core threw in the screen\'s language, and quotes anything else as it came', async () => {
    await switchLanguage('es');
    let thrown: unknown;
    try {
      createTrainer({ inputs: [[0, 1, 1]], targets: [2], seed: 1 });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(CoreRangeError);
    expect(errorText(thrown)).toBe('Fila 1, objetivo: 2 no está permitido; un objetivo debe ser un número de 0 a 1.');
    expect(errorText(new TrainingDivergedError(4))).toMatch(/^Los pesos/);
    expect(plainMessage(errorText(new Error('QuotaExceededError')))).toBe('QuotaExceededError');
    expect(landscapeFailureText({ problem: { code: 'landscapeAxes', axes: '2, 2', most: 2 } })).toMatch(/^Los pesos 2, 2 no pueden ser los ejes del paisaje/);
    expect(plainMessage(landscapeFailureText({ detail: 'out of memory' }))).toBe('out of memory');
  });
});
