import { afterAll, describe, expect, it } from 'vitest';
import { switchLanguage } from '../../i18n';
import { makeFrame, TUTORIAL } from '../../ui/testing/makeFrame';
import { sigmoidModel } from './sigmoidModel';
import { describeRow, describeTest, nameTest, plotWords } from './sigmoidTexts';

/*
 * NumPy at 10 iterations (core/fixtures/reference.json): weights -0.17237086, 1.0977811, 0.83481497; outputs
 * 0.87353649 (row 1, inputs 0 1 1), 0.65980921 (the test input 1 0 1). By hand: row 1's z = w2 + w3 = 1.9325961,
 * its slope 0.87353649 × (1 − 0.87353649) = 0.11047049; the test's z = w1 + w3 = 0.66244411, its slope
 * 0.65980921 × (1 − 0.65980921) = 0.22446102 (8 significant digits).
 */
const model = () => sigmoidModel(makeFrame(TUTORIAL, 10), TUTORIAL.inputs, TUTORIAL.targets, TUTORIAL.testInput);

describe("the sigmoid's marks in words", () => {
  afterAll(() => switchLanguage('en'));

  it('in English, as before', async () => {
    await switchLanguage('en');
    expect(describeRow(model().rows[0]!, 8)).toBe('Row 1: z = 1.9325961, output = 0.87353649, target = 1, slope = 0.11047049');
    expect(describeTest(model(), 8)).toBe('Test input: z = 0.66244411, prediction = 0.65980921, slope = 0.22446102');
    expect(nameTest(model(), 8)).toBe('Test input: prediction 0.65980921');
  });

  it('in German: the same numbers with the decimal comma, the parts apart by semicolons', async () => {
    await switchLanguage('de');
    expect(describeRow(model().rows[0]!, 8)).toBe('Zeile 1: z = 1,9325961; Ausgabe = 0,87353649; Ziel = 1; Steigung = 0,11047049');
    expect(describeTest(model(), 8)).toBe('Testeingabe: z = 0,66244411; Vorhersage = 0,65980921; Steigung = 0,22446102');
    expect(plotWords()).toEqual({ sigmoid: 'Sigmoid(z)', slope: 'Steigung out(1 - out)', test: 'Test' });
  });

  it('in French, with the no-break space before the colon and the semicolon', async () => {
    await switchLanguage('fr');
    expect(nameTest(model(), 8)).toBe('Entrée de test\u00a0: prédiction 0,65980921');
    expect(describeRow(model().rows[0]!, 8)).toBe('Ligne 1\u00a0: z = 1,9325961\u00a0; sortie = 0,87353649\u00a0; cible = 1\u00a0; pente = 0,11047049');
  });

  it('in Spanish', async () => {
    await switchLanguage('es');
    expect(describeTest(model(), 8)).toBe('Entrada de prueba: z = 0,66244411; predicción = 0,65980921; pendiente = 0,22446102');
    expect(plotWords().sigmoid).toBe('sigmoide(z)');
  });
});
