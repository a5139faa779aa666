import type { Dataset } from './table';

/** The 0/1 inputs a new row tries, in order: never all zeros, whose output is sigmoid(0) = 0.5 whatever is learned. */
const CANDIDATES: readonly [number, number, number][] = [
  [0, 0, 1],
  [0, 1, 0],
  [0, 1, 1],
  [1, 0, 0],
  [1, 0, 1],
  [1, 1, 0],
  [1, 1, 1],
];

/**
 * The row "Add row" adds: inputs no row has yet (the first 0/1 combination missing, else [n, 0, 1] for a count
 * n no row has in input 1), and as its target the input the table's targets copy when they copy one (the
 * tutorial's target is input 3: a new row follows that rule), else 0. Never 0, 0, 0 -> 0, which no neuron can
 * fit: its output stays 0.5.
 */
export function newRow({ inputs, targets }: Dataset): [number, number, number, number] {
  const has = (candidate: readonly number[]) => inputs.some((row) => row.every((value, j) => value === candidate[j]));
  let chosen: [number, number, number] | undefined = CANDIDATES.find((candidate) => !has(candidate));
  if (!chosen) {
    let n = 2;
    while (inputs.some((row) => row[0] === n)) n++;
    chosen = [n, 0, 1];
  }
  const copied = [0, 1, 2].find((j) => inputs.length > 0 && inputs.every((row, r) => row[j] === targets[r]));
  const target = copied === undefined ? 0 : Math.min(1, Math.max(0, chosen[copied]!));
  return [...chosen, target];
}
