import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { boxesIntersect, buttStrokeHitsBox, circleHitsBox, strokeHitsBox, type Box } from '../../ui/geometry';
import { MAX_WIRE, neuronLayout, type NeuronLayout, type NeuronMetrics } from './neuronLayout';

/** Every way two parts of the diagram could collide: a text over a wire, a circle or another text. */
function collisions(layout: NeuronLayout): string[] {
  const found: string[] = [];
  const texts: [string, Box][] = [
    ...layout.weightBoxes.map((box, j) => [`w${j + 1}`, box] as [string, Box]),
    ['z', layout.sumBox],
    ['out', layout.outputBox],
  ];
  for (const [name, box] of texts) {
    layout.wires.forEach((wire, j) => {
      const segments = [wire.stub, [wire.run[0], wire.run[1]], [wire.run[1], wire.run[2]]] as const;
      // Wires end square (SVG's butt caps) and turn with a round join: a label's own stub meets its outline there.
      for (const [a, b] of segments) if (buttStrokeHitsBox(a, b, MAX_WIRE, box)) found.push(`${name} crosses wire ${j + 1}`);
      if (circleHitsBox(wire.run[1], MAX_WIRE / 2, box)) found.push(`${name} crosses the turn of wire ${j + 1}`);
    });
    layout.wiresB.forEach(([a, b, c], j) => {
      if (buttStrokeHitsBox(a, b, MAX_WIRE, box) || buttStrokeHitsBox(b, c, MAX_WIRE, box)) found.push(`${name} crosses run B's wire ${j + 1}`);
      if (circleHitsBox(b, MAX_WIRE / 2, box)) found.push(`${name} crosses the turn of run B's wire ${j + 1}`);
    });
    layout.inputs.forEach((input, j) => circleHitsBox(input, layout.inputRadius + 1.5, box) && found.push(`${name} over input ${j + 1}`));
    if (circleHitsBox(layout.neuron, layout.neuronRadius + 1.5, box)) found.push(`${name} over the neuron`);
    if (strokeHitsBox(layout.arrow[0], layout.arrow[1], 3, box)) found.push(`${name} over the arrow`);
  }
  for (let a = 0; a < texts.length; a++) for (let b = a + 1; b < texts.length; b++) if (boxesIntersect(texts[a]![1], texts[b]![1])) found.push(`${texts[a]![0]} over ${texts[b]![0]}`);
  return found;
}

// Widths as DejaVu Sans draws them (0.64 em a digit, bold): "w2 -0.44064899" at 16 px is about 130 px, at 20 px 165.
const metrics = (size: number, weightChars: number[]): NeuronMetrics => ({
  lineHeight: size * 1.2,
  inputNameWidth: 2 * 0.6 * size,
  inputValueWidth: 0.64 * size,
  weightWidths: weightChars.map((n) => (n + 3) * 0.66 * size),
  sumWidth: (4 + 10) * 0.6 * size,
  outputWidth: (6 + 9) * 0.66 * size,
});

describe('neuronLayout(width, height, metrics)', () => {
  it('fits the panels the screen gives it, at the type sizes of each mode', () => {
    // The desk's 2x2 grid at 1280x720, presenter mode with two charts and with three (the neuron takes the wide
    // cell), a 360 px phone.
    const cases: [number, number, number][] = [
      [358, 205, 16],
      [626, 224, 20],
      [736, 200, 20],
      [325, 250, 16],
    ];
    for (const [width, height, size] of cases) {
      const layout = neuronLayout(width, height, metrics(size, [11, 11, 11]));
      expect(layout.fits, `${width}x${height} at ${size} px`).toBe(true);
      expect(collisions(layout), `${width}x${height} at ${size} px`).toEqual([]);
    }
  });

  it('puts no label over a wire, a node or another label, at any weights and any size it fits', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 200, max: 1000 }),
        fc.integer({ min: 120, max: 600 }),
        fc.integer({ min: 13, max: 28 }),
        fc.array(fc.integer({ min: 1, max: 15 }), { minLength: 3, maxLength: 3 }),
        fc.integer({ min: 1, max: 6 }),
        (width, height, size, chars, inputChars) => {
          const layout = neuronLayout(width, height, { ...metrics(size, chars), inputValueWidth: inputChars * 0.64 * size });
          if (layout.fits) expect(collisions(layout)).toEqual([]);
        },
      ),
      { numRuns: 2000 },
    );
  });

  // While comparing: two lines a label ("w1 A -4.3656131" over "B -3.1282105"), the sum and output two lines or one.
  const comparing = (size: number, weightChars: number[]): NeuronMetrics => ({
    ...metrics(size, weightChars.map((n) => n + 2)),
    lineHeight: size * 1.12,
    runs: 2,
    sumWidth: (1 + 2 + 10) * 0.6 * size,
    outputWidth: (3 + 2 + 10) * 0.66 * size,
    inlineSumWidth: (1 + 4 + 20) * 0.6 * size,
    inlineOutputWidth: (3 + 4 + 20) * 0.66 * size,
  });

  it('fits both runs in the panels the screen gives it while comparing, the sum and output in two lines where there is room', () => {
    // The desk at 1280x720 (341x197, 16 px), presenter mode (566x182, 20 px), a tablet and a phone (354x240, 16 px).
    const cases: [number, number, number, number][] = [
      [341, 197, 16, 1],
      [566, 182, 20, 2],
      [354, 240, 16, 2],
    ];
    for (const [width, height, size, lines] of cases) {
      const layout = neuronLayout(width, height, comparing(size, [11, 11, 11]));
      expect(layout.fits, `${width}x${height} at ${size} px`).toBe(true);
      expect(layout.textLines, `${width}x${height} at ${size} px`).toBe(lines);
      expect(layout.wiresB).toHaveLength(3);
      expect(collisions(layout), `${width}x${height} at ${size} px`).toEqual([]);
    }
  });

  it("while comparing, puts no label over a wire (A's or B's), a node or another label, at any size it fits", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 200, max: 1000 }),
        fc.integer({ min: 120, max: 600 }),
        fc.integer({ min: 13, max: 28 }),
        fc.array(fc.integer({ min: 1, max: 15 }), { minLength: 3, maxLength: 3 }),
        (width, height, size, chars) => {
          const layout = neuronLayout(width, height, comparing(size, chars));
          if (layout.fits) expect(collisions(layout)).toEqual([]);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('says so when a panel is too small for it', () => {
    expect(neuronLayout(200, 100, metrics(20, [14, 14, 14])).fits).toBe(false);
  });

  it('keeps the inputs in order, one under the other, wired to the one neuron', () => {
    const layout = neuronLayout(400, 240, metrics(16, [10, 12, 9]));
    const ys = layout.inputs.map((p) => p.y);
    expect(ys[0]! < ys[1]! && ys[1]! < ys[2]!).toBe(true);
    for (const wire of layout.wires) expect(wire.run[2]).toEqual({ x: layout.neuron.x - layout.neuronRadius, y: layout.neuron.y });
  });
});
