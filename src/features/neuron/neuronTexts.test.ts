import { afterAll, describe, expect, it } from 'vitest';
import { switchLanguage } from '../../i18n';
import { makeFrame, TUTORIAL } from '../../ui/testing/makeFrame';
import { neuronTexts, weightReadout } from './neuronTexts';

/* NumPy at 10 iterations (core/fixtures/reference.json): w1 -0.17237086, w2 1.0977811, w3 0.83481497; the test input 1 0 1. */
const frame = () => makeFrame(TUTORIAL, 10);

describe("the neuron diagram's weights in words", () => {
  afterAll(() => switchLanguage('en'));

  it('in English, as before', async () => {
    await switchLanguage('en');
    expect(neuronTexts(frame(), TUTORIAL.testInput, 8).names[0]).toBe('Weight 1 = -0.17237086, input 1 = 1');
    // input 1 × weight = 1 × -0.17237086
    expect(weightReadout(frame(), TUTORIAL.testInput, 8, 0)).toBe('Weight 1 = -0.17237086 (negative); input 1 × weight = -0.17237086');
    expect(neuronTexts(null, TUTORIAL.testInput, 8).names).toEqual(['Weight 1', 'Weight 2', 'Weight 3']);
  });

  it('in German, Spanish and French: the sign and the words in the language, the numbers with a comma', async () => {
    await switchLanguage('de');
    expect(neuronTexts(frame(), TUTORIAL.testInput, 8).names[2]).toBe('Gewicht 3 = 0,83481497; Eingabe 3 = 1');
    // input 2 × weight = 0 × 1.0977811 = 0
    expect(weightReadout(frame(), TUTORIAL.testInput, 8, 1)).toBe('Gewicht 2 = 1,0977811 (positiv); Eingabe 2 × Gewicht = 0');
    await switchLanguage('es');
    expect(weightReadout(frame(), TUTORIAL.testInput, 8, 0)).toBe('Peso 1 = -0,17237086 (negativo); entrada 1 × peso = -0,17237086');
    await switchLanguage('fr');
    expect(neuronTexts(null, TUTORIAL.testInput, 8).names[1]).toBe('Poids 2');
    expect(weightReadout(frame(), TUTORIAL.testInput, 8, 2)).toBe('Poids 3 = 0,83481497 (positif)\u00a0; entrée 3 × poids = 0,83481497');
  });
});
