/**
 * The recording overhead of the history against plain training, measured the same way in Node and in a browser
 * worker: contenders interleaved round by round (the machine is shared and noisy), medians reported.
 */
import { createTrainer, type TrainerOptions } from '../../src/core/trainer';
import { createHistory } from '../../src/core/history';
import { DEFAULT_HISTORY_LAYOUT } from '../../src/core/historyLayout';

export const TUTORIAL: TrainerOptions = {
  inputs: [
    [0, 1, 1],
    [1, 0, 0],
    [1, 0, 1],
  ],
  targets: [1, 0, 1],
  seed: 1,
};

export interface PhaseRates {
  phase: string;
  iterations: number;
  /** Iterations per second, median over the rounds. */
  plain: number;
  recording: number;
  /** How much slower recording is: 1 - recording / plain. */
  overhead: number;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

function timed(work: () => void, iterations: number): number {
  const start = performance.now();
  work();
  return iterations / ((performance.now() - start) / 1000);
}

/**
 * Three phases: the first 131,071 iterations (recorded one by one into the full-resolution buffers), 2 million
 * iterations beyond (recorded into stretches and checkpoints), and a whole fresh run of 2 million.
 */
export function measureRecording(options: TrainerOptions = TUTORIAL, rounds = 7): PhaseRates[] {
  const full = DEFAULT_HISTORY_LAYOUT.fullResolution - 1;
  const beyond = 2_000_000;
  const phases = [
    { phase: 'full resolution (0 to 131,071)', iterations: full, start: 0 },
    { phase: 'stretches (131,071 on, 2 M)', iterations: beyond, start: full },
    { phase: 'a fresh run of 2 M', iterations: beyond, start: 0 },
  ];
  // Warm up both paths so the JIT has compiled them before anything is timed.
  createTrainer(options).step(300_000);
  createHistory(options).advance(300_000);
  const rates = phases.map(() => ({ plain: [] as number[], recording: [] as number[] }));
  for (let round = 0; round < rounds; round++) {
    phases.forEach((p, i) => {
      const trainer = createTrainer(options);
      trainer.step(p.start);
      const history = createHistory(options);
      history.advance(p.start);
      const pair = [
        () => rates[i]!.plain.push(timed(() => trainer.step(p.iterations), p.iterations)),
        () => rates[i]!.recording.push(timed(() => history.advance(p.iterations), p.iterations)),
      ];
      // Alternate which goes first, so neither always runs on a warmer (or hotter) machine.
      if (round % 2) pair.reverse();
      pair.forEach((run) => run());
    });
  }
  return phases.map((p, i) => {
    const plain = median(rates[i]!.plain);
    const recording = median(rates[i]!.recording);
    return { phase: p.phase, iterations: p.iterations, plain, recording, overhead: 1 - recording / plain };
  });
}

export function formatRates(rows: PhaseRates[]): string[] {
  return rows.map(
    (r) =>
      `  ${r.phase.padEnd(34)} plain ${(r.plain / 1e6).toFixed(2).padStart(6)} M/s   recording ${(r.recording / 1e6).toFixed(2).padStart(6)} M/s   ` +
      `${(r.overhead * 100).toFixed(1).padStart(5)}% slower ${r.overhead <= 0.25 ? '(target <= 25%: MET)' : '(target <= 25%: MISSED)'}`,
  );
}
