import { afterAll, describe, expect, it } from 'vitest';
import { switchLanguage } from '../i18n';
import type { FileSaid, FileWhere, JsonValue } from '../state/setup/fileProblem';
import { fileProblemText, fileWhereText, jsonValueText, unknownPanelWarning } from './fileProblemText';
import { plainMessage } from './userText';
import { expectWordedEverywhere } from './testing/wordedEverywhere';

/*
 * Every code a state file's reader says, every place it names and every kind of value it quotes, worded in English,
 * Spanish, German and French with its numbers and text: the types below list every code (a new one without a
 * sample fails to build).
 */
type ByCode<U extends { code: string }> = { [C in U['code']]: Extract<U, { code: C }>[] };

const VALUES: { [K in JsonValue['kind']]: Extract<JsonValue, { kind: K }> } = {
  nothing: { kind: 'nothing' },
  null: { kind: 'null' },
  list: { kind: 'list' },
  object: { kind: 'object' },
  text: { kind: 'text', text: 'zq1' },
  plain: { kind: 'plain', text: '2.5' },
};
const LIST = VALUES.list;

const SAID: ByCode<FileSaid> = {
  notNumber: [{ code: 'notNumber', value: LIST }],
  notOnOff: [{ code: 'notOnOff', value: LIST }],
  rule: [{ code: 'rule', words: 'zq2' }],
  tableNotObject: [{ code: 'tableNotObject', value: LIST, shape: '{ "inputs": [[...], ...], "targets": [...] }' }],
  tableNotLists: [{ code: 'tableNotLists' }],
  tableNoRows: [{ code: 'tableNoRows', most: 64 }],
  tableTooManyRows: [{ code: 'tableTooManyRows', rows: 70, most: 64 }],
  tableCounts: [{ code: 'tableCounts', inputs: 3, targets: 2 }],
  rowShape: [
    { code: 'rowShape', value: LIST, length: 2, needed: 3 },
    { code: 'rowShape', value: VALUES.object, length: null, needed: 3 },
  ],
  laterNotList: [{ code: 'laterNotList', value: VALUES.object }],
  laterTooMany: [{ code: 'laterTooMany', tables: 33, most: 32 }],
  laterItem: [{ code: 'laterItem', value: LIST }],
  laterFrom: [
    { code: 'laterFrom', value: VALUES.plain, previous: 0, most: 4294967295 },
    { code: 'laterFrom', value: VALUES.plain, previous: 500, most: 4294967295 },
  ],
  panelsNotList: [{ code: 'panelsNotList', value: VALUES.text }],
  testInputShape: [{ code: 'testInputShape', value: LIST, needed: 3 }],
  iteration: [{ code: 'iteration', value: VALUES.plain, most: 4294967295 }],
  stopAt: [{ code: 'stopAt', value: VALUES.plain, most: 4294967295 }],
  digits: [{ code: 'digits', value: VALUES.plain, choices: [8, 4, 2] }],
  presenterPanels: [
    { code: 'presenterPanels', value: VALUES.text, problem: null },
    { code: 'presenterPanels', value: LIST, problem: { code: 'panelTwice' } },
  ],
  viewNotObject: [{ code: 'viewNotObject', value: LIST }],
  runBNotObject: [{ code: 'runBNotObject', value: VALUES.plain }],
  notJson: [{ code: 'notJson', reason: 'Unexpected token' }],
  jsonBreaks: [{ code: 'jsonBreaks', reason: 'Unexpected token' }],
  notState: [{ code: 'notState', value: LIST, format: 'neuron-lab-state' }],
  notFormat: [{ code: 'notFormat', value: VALUES.text, format: 'neuron-lab-state' }],
  newerVersion: [{ code: 'newerVersion', version: 7, reads: 1 }],
  badVersion: [{ code: 'badVersion', value: VALUES.text, reads: 1 }],
  fileTooLarge: [{ code: 'fileTooLarge', size: 1_500_000, most: 1_000_000 }],
  notText: [{ code: 'notText' }],
  fileUnreadable: [{ code: 'fileUnreadable', reason: 'NotReadableError' }],
  moreProblems: [
    { code: 'moreProblems', more: 1 },
    { code: 'moreProblems', more: 12 },
  ],
  csvEmpty: [{ code: 'csvEmpty' }],
  csvHistoryExport: [{ code: 'csvHistoryExport', first: 'Iteration', columns: ['Input 1', 'Input 2', 'Input 3', 'Target'] }],
  csvHeaderColumns: [{ code: 'csvHeaderColumns', count: 2, header: 'zq3, zq4', columns: ['Input 1', 'Input 2', 'Input 3', 'Target'] }],
  csvNotRun: [{ code: 'csvNotRun', text: 'zq5' }],
  csvRowValues: [
    { code: 'csvRowValues', count: 1, columns: ['Input 1', 'Input 2', 'Input 3', 'Target'] },
    { code: 'csvRowValues', count: 6, columns: ['Run', 'Input 1', 'Input 2', 'Input 3', 'Target'] },
  ],
  csvHeaderOnly: [{ code: 'csvHeaderOnly' }],
  csvOnlyRunB: [{ code: 'csvOnlyRunB' }],
  csvTooManyRows: [
    { code: 'csvTooManyRows', rows: 70, most: 64, run: null },
    { code: 'csvTooManyRows', rows: 70, most: 64, run: 'A' },
    { code: 'csvTooManyRows', rows: 70, most: 64, run: 'B' },
  ],
};

/** Numbers and strings of a code (its `value` is checked on its own below). */
function keeps(said: FileSaid): string[] {
  // A file's size is written in kB or MB, with the language's decimal sign: 1,500,000 characters are 1.5 MB.
  if (said.code === 'fileTooLarge') return ['MB'];
  const kept: string[] = [];
  for (const [key, value] of Object.entries(said)) {
    if (key === 'code' || key === 'value' || key === 'shape' || (key === 'previous' && value === 0)) continue;
    if (typeof value === 'number') kept.push(String(value));
    else if (typeof value === 'string') kept.push(value);
    else if (Array.isArray(value)) kept.push(...value.map(String));
  }
  return kept;
}

describe('fileProblemText(said)', () => {
  afterAll(() => switchLanguage('en'));

  it('words every code in every language, with its numbers and text, none left in English', async () => {
    const samples = Object.values(SAID)
      .flat()
      .map((said) => ({ said, keeps: keeps(said) }));
    // 'rule' carries words a field's own check wrote already (in the screen's language): shown as they are.
    await expectWordedEverywhere(samples.filter(({ said }) => said.code !== 'rule'), fileProblemText);
    expect(fileProblemText(SAID.rule[0]!)).toBe('zq2');
  });

  it('names every kind of value and every place in every language', async () => {
    const words = Object.values(VALUES).filter((value) => value.kind !== 'null' && value.kind !== 'plain');
    await expectWordedEverywhere(
      words.map((said) => ({ said, keeps: said.kind === 'text' ? ['zq1'] : [] })),
      jsonValueText,
    );
    const places: FileWhere[] = [{ cell: { row: 1, column: 2 } }, { row: 4 }, { testInput: 2 }, { line: 3, column: 14 }, { inRunB: { row: 4 } }];
    await expectWordedEverywhere(
      places.map((said) => ({ said, keeps: Object.values(said).flatMap((v) => (typeof v === 'number' ? [String(v)] : [])) })),
      fileWhereText,
    );
    // A CSV file's columns keep the names its header has (Input 2, Target, Run), the same in every language.
    const lines: { said: FileWhere; keeps: string[] }[] = [
      { said: { csvLine: 3, field: 1 }, keeps: ['3', 'Input 2'] },
      { said: { csvLine: 4, field: 3 }, keeps: ['4', 'Target'] },
      { said: { csvLine: 5, field: 'run' }, keeps: ['5', 'Run'] },
      { said: { csvLine: 6, field: null }, keeps: ['6'] },
    ];
    await expectWordedEverywhere(lines, fileWhereText);
    await expectWordedEverywhere([{ said: VALUES.text, keeps: ['zq1'] }], unknownPanelWarning);
  });

  it('writes a file size with the language\'s decimal sign, and the plural of the problems left out', async () => {
    await switchLanguage('de');
    expect(fileProblemText(SAID.fileTooLarge[0]!)).toContain('1,5 MB');
    expect(fileProblemText(SAID.moreProblems[0]!)).toBe('... und 1 weiteres Problem.');
    expect(fileProblemText(SAID.moreProblems[1]!)).toBe('... und 12 weitere Probleme.');
    await switchLanguage('en');
    expect(fileProblemText(SAID.fileTooLarge[0]!)).toBe('The file is 1.5 MB: a table or state file is a few kB, at most 1.0 MB. Is it the right file?');
  });

  it('keeps JSON as the file writes it, and names run B\'s places with its key', async () => {
    await switchLanguage('de');
    expect(fileWhereText({ path: 'view.digits' })).toBe('view.digits');
    expect(fileWhereText({ inRunB: { path: 'seed' } })).toBe('runB.seed');
    expect(plainMessage(fileProblemText({ code: 'notState', value: LIST, format: 'neuron-lab-state' }))).toBe(
      'Die Datei enthält eine Liste, keinen Neuron-Lab-Zustand: Das wäre ein JSON-Objekt mit "format": "neuron-lab-state".',
    );
  });
});
