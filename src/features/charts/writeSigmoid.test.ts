import { describe, expect, it } from 'vitest';
import { sigmoidScene } from './sigmoidScene';
import { noSigmoidParts, rowParts, writeSigmoid } from './writeSigmoid';
import { makeFrame, TUTORIAL } from '../../ui/testing/makeFrame';
import reference from '../../core/fixtures/reference.json';

/** An element's attributes, as much of an Element as the writes use. */
function fakeElement() {
  const attributes = new Map<string, string>();
  return {
    attributes,
    getAttribute: (name: string) => attributes.get(name) ?? null,
    hasAttribute: (name: string) => attributes.has(name),
    setAttribute: (name: string, value: string) => void attributes.set(name, value),
    removeAttribute: (name: string) => void attributes.delete(name),
  };
}

function partsWithGroups() {
  const parts = noSigmoidParts();
  const groups = TUTORIAL.inputs.map((_, row) => {
    const group = fakeElement();
    const stem = fakeElement();
    Object.assign(rowParts(parts, row), { group, stem });
    return { group, stem };
  });
  return { parts, groups };
}

const sceneAt = (iteration: number) =>
  sigmoidScene({ frame: makeFrame(TUTORIAL, iteration), inputs: TUTORIAL.inputs, targets: TUTORIAL.targets, testInput: TUTORIAL.testInput, width: 600, height: 300, fonts: null, zFloor: 0 })!;

describe('writeSigmoid(parts, scene, digits, running)', () => {
  it("during a run moves the marks but leaves their z and name alone (text nobody sees, 64 a tick with 64 rows)", () => {
    const { parts, groups } = partsWithGroups();
    writeSigmoid(parts, sceneAt(10), 8, true);
    for (const { group, stem } of groups) {
      expect(group.attributes.has('data-z')).toBe(false);
      expect(group.attributes.has('aria-label')).toBe(false);
      expect(stem.attributes.get('transform')).toMatch(/^translate\(/);
    }
  });

  it('on a still screen writes each mark\'s exact z, NumPy\'s X . W at that iteration', () => {
    const { parts, groups } = partsWithGroups();
    writeSigmoid(parts, sceneAt(10), 8, false);
    const w = reference.cases['seed-tutorial'].checkpoints.find((c) => c.iterations === 10)!.weights;
    // Each row's z = its inputs . W (NumPy's weights at 10 iterations, seed 1).
    TUTORIAL.inputs.forEach((x, row) => {
      const z = x.reduce((sum, v, i) => sum + v * w[i]!, 0);
      const shown = Number(groups[row]!.group.attributes.get('data-z'));
      expect(Math.abs(shown - z)).toBeLessThanOrEqual(1e-12);
      expect(groups[row]!.group.attributes.get('aria-label')).toBeTruthy();
    });
  });
});
