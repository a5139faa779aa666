import { afterAll, describe, expect, it } from 'vitest';
import { switchLanguage } from '../i18n';
import type { LinkProblem, SegmentWhy, ValueProblem } from '../state/url/linkProblem';
import { linkProblemText } from './linkProblemText';
import { plainMessage } from './userText';
import { expectWordedEverywhere } from './testing/wordedEverywhere';

/*
 * Every code a link's reader says is worded in English, Spanish, German and French, each with its numbers and the
 * text it quotes: the type below lists every code (a new code without a sample fails to build).
 */
type ByCode<U extends { code: string }> = { [C in U['code']]: Extract<U, { code: C }>[] };

const VALUES: ByCode<ValueProblem> = {
  number: [
    { code: 'number', problem: { code: 'notANumber', text: 'zq1' } },
    { code: 'number', problem: { code: 'empty' } },
  ],
  inputOutside: [{ code: 'inputOutside', value: 1234567, most: 1000000 }],
  targetOutside: [{ code: 'targetOutside', value: 7 }],
  wholeNumber: [
    { code: 'wholeNumber', problem: null, text: 'zq2', most: 417 },
    { code: 'wholeNumber', problem: { code: 'tooLarge', text: '1e999' }, text: '1e999', most: 417 },
  ],
};
const VALUE = VALUES.number[0]!;

const WHYS: ByCode<SegmentWhy> = {
  tooManyTables: [{ code: 'tooManyTables', most: 32 }],
  shape: [{ code: 'shape', text: 'zq3' }],
  iteration: [{ code: 'iteration', problem: VALUE }],
  notAfter: [
    { code: 'notAfter', iteration: 583, after: 0 },
    { code: 'notAfter', iteration: 583, after: 611 },
  ],
  table: [
    { code: 'table', first: null, more: 0 },
    { code: 'table', first: { code: 'rowNoTarget', row: 2, text: 'zq4' }, more: 3 },
  ],
  rate: [{ code: 'rate', problem: VALUE }],
  rateRange: [{ code: 'rateRange', value: 2000, most: 1000 }],
};

const LINKS: ByCode<LinkProblem> = {
  linkTooLong: [{ code: 'linkTooLong', length: 9000, most: 8192 }],
  partTooLong: [{ code: 'partTooLong', name: 'zq5', length: 9000, most: 8192 }],
  brokenEscape: [{ code: 'brokenEscape', text: 'seed=%E0' }],
  unknownPart: [{ code: 'unknownPart', name: 'colour' }],
  repeated: [{ code: 'repeated', name: 'seed' }],
  tooManyParts: [{ code: 'tooManyParts', most: 32 }],
  version: [{ code: 'version', version: '7', expected: '1' }],
  unreadable: [{ code: 'unreadable' }],
  tableEmpty: [{ code: 'tableEmpty' }],
  tableUnusable: [{ code: 'tableUnusable' }],
  tableRows: [
    { code: 'tableRows', problem: { code: 'rowNoTarget', row: 2, text: 'zq6' } },
    {
      code: 'tableRows',
      problem: {
        code: 'rowBad',
        row: 2,
        inputs: [
          { input: null, problem: { code: 'inputCount', text: '0110', compact: true, count: 4, needed: 3 } },
          { input: null, problem: { code: 'inputCount', text: '0_1', compact: false, count: 2, needed: 3 } },
          ...Object.values(VALUES)
            .flat()
            .map((problem) => ({ input: 3, problem })),
        ],
        target: VALUES.targetOutside[0]!,
      },
    },
    { code: 'tableRows', problem: { code: 'tooManyRows', rows: 70, most: 64 } },
    { code: 'tableRows', problem: { code: 'tooManyRows', rows: 65, most: 64 } },
  ],
  testInput: [{ code: 'testInput', problems: [{ input: 2, problem: VALUE }], fallback: [1, 0, 1] }],
  seed: [{ code: 'seed', problem: VALUES.wholeNumber[0]!, fallback: 1 }],
  learningRate: [{ code: 'learningRate', problem: VALUE, fallback: 1 }],
  learningRateRange: [{ code: 'learningRateRange', value: 2000, most: 1000, fallback: 1 }],
  segment: Object.values(WHYS)
    .flat()
    .flatMap((why) => [
      { code: 'segment' as const, edit: 4, last: true, why },
      { code: 'segment' as const, edit: 4, last: false, why },
    ]),
  iteration: [{ code: 'iteration', problem: VALUE }],
  stopAt: [{ code: 'stopAt', problem: VALUE, fallback: 10000 }],
  stopAtZero: [{ code: 'stopAtZero', text: '0', fallback: 10000 }],
  switch: [
    { code: 'switch', field: 'logAxis', name: 'log', text: 'zq7' },
    { code: 'switch', field: 'presenter', name: 'presenter', text: 'zq7' },
  ],
  digits: [{ code: 'digits', text: '3', choices: [8, 4, 2], fallback: 8 }],
  hiddenUnknown: [{ code: 'hiddenUnknown', text: 'zq8', panels: ['weights', 'error'] }],
  hiddenTwice: [{ code: 'hiddenTwice', name: 'math' }],
  shownUnknown: [{ code: 'shownUnknown', text: 'zq9', panels: ['line', 'landscape'] }],
  presenterPanels: [
    { code: 'presenterPanels', problem: { code: 'notPresentable', panels: ['math'], presentable: ['weights', 'neuron'] }, fallback: ['weights', 'neuron'] },
    { code: 'presenterPanels', problem: { code: 'panelTwice' }, fallback: ['weights', 'neuron'] },
    { code: 'presenterPanels', problem: { code: 'panelCount', count: 1, least: 2, most: 3 }, fallback: ['weights', 'neuron'] },
    { code: 'presenterPanels', problem: { code: 'panelCount', count: 4, least: 2, most: 3 }, fallback: ['weights', 'neuron'] },
  ],
};

/** What a message must show of its code: every number and quoted text in it (ids and panel names as they are). */
function keeps(said: unknown): string[] {
  const kept: string[] = [];
  const walk = (value: unknown, key: string) => {
    // An edit after iteration 0 is worded "after the start", and no more problems are not counted.
    if (typeof value === 'number') kept.push((key === 'after' || key === 'more') && value === 0 ? '' : String(value));
    else if (typeof value === 'string' && key !== 'code' && key !== 'field') kept.push(value);
    else if (Array.isArray(value)) value.forEach((item) => walk(item, key));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, k);
  };
  walk(said, '');
  // Stop at's fallback is grouped by the language (10,000; 10.000); every other number is as a link writes it.
  return kept.filter((text) => text !== '10000');
}

describe('linkProblemText(problem)', () => {
  afterAll(() => switchLanguage('en'));

  it('words every code in every language, with its numbers and quoted text, none left in English', async () => {
    const samples = Object.values(LINKS)
      .flat()
      .map((said) => ({ said, keeps: keeps(said) }));
    await expectWordedEverywhere(samples, linkProblemText);
  });

  it('counts with the library\'s plurals: one row left out, six rows left out; one panel chosen, four panels', async () => {
    await switchLanguage('en');
    const words = (said: LinkProblem) => plainMessage(linkProblemText(said));
    expect(words(LINKS.tableRows[3]!)).toBe('The table has 65 rows, more than the 64 allowed; the last 1 was left out.');
    expect(words(LINKS.presenterPanels[2]!)).toContain('1 panel was chosen');
    await switchLanguage('de');
    expect(words(LINKS.tableRows[2]!)).toBe('Die Tabelle hat 70 Zeilen, mehr als die erlaubten 64; die letzten 6 wurden weggelassen.');
    expect(words(LINKS.presenterPanels[3]!)).toContain('4 Felder wurden gewählt');
    await switchLanguage('fr');
    expect(words(LINKS.stopAt[0]!)).toBe('Arrêt à (stop) : \'zq1\' n’est pas un nombre, ou none (sans limite) ; Lancer s’arrête à 10\u202f000.');
  });
});
