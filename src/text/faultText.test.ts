import { afterAll, describe, expect, it } from 'vitest';
import { switchLanguage } from '../i18n';
import { faultText } from './faultText';
import { plainMessage } from './userText';

/*
 * The worker and the engine say what went wrong as codes with numbers; the page words them in the screen's language,
 * with its own number form (1,000 in English, 1.000 in German, 1 000 in French: Intl's grouping).
 */
const said = (...args: Parameters<typeof faultText>) => plainMessage(faultText(...args));

describe('faultText(fault)', () => {
  afterAll(() => switchLanguage('en'));

  it('words a restart with its cause and the iteration, in English', async () => {
    await switchLanguage('en');
    expect(said({ code: 'restarted', cause: { code: 'notAnswering' }, iteration: 1000 })).toBe(
      'The training stopped answering. It was restarted at iteration 1,000; press Run to go on.',
    );
    // Diverged at iteration 0: the weights were finite after iteration 0 and not during iteration 1.
    expect(said({ code: 'diverged', iteration: 0 })).toMatch(/^The weights stopped being finite during iteration 1, so training stopped at iteration 0\./);
  });

  it('words the same codes in German, with the German grouping of 1000 and the name of the Run button (Start)', async () => {
    await switchLanguage('de');
    expect(said({ code: 'restarted', cause: { code: 'notAnswering' }, iteration: 1000 })).toBe(
      'Das Training hat aufgehört zu antworten. Es wurde bei Iteration 1.000 neu gestartet; drücke Start, um weiterzumachen.',
    );
    expect(said({ code: 'reachedEnd', most: 4294967295 })).toBe('Der Lauf hat 4.294.967.295 Iterationen erreicht, mehr trainiert dieses Labor nicht.');
  });

  it('keeps the browser\'s own words of a crash as they are, isolated from the sentence around them', async () => {
    await switchLanguage('fr');
    const text = faultText({ code: 'gaveUp', cause: { code: 'crashed', detail: 'Out of memory' }, failures: 4 });
    expect(text).toContain('\u2068Out of memory\u2069');
    expect(plainMessage(text)).toMatch(/^L’entraînement est arrêté\. L’entraînement s’est arrêté sur une erreur \(Out of memory\)\. Il a échoué 4 fois/);
  });
});
