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

/**
 * Milliseconds of this process's CPU time where Node can tell (on a shared, busy machine wall-clock time counts
 * the time others ran too), else wall-clock time (a browser worker).
 */
const cpuUsage = (globalThis as { process?: { cpuUsage?: () => { user: number; system: number } } }).process?.cpuUsage;
export const CLOCK = cpuUsage ? 'CPU time' : 'wall-clock time';
const clock = cpuUsage
  ? () => {
      const { user, system } = cpuUsage();
      return (user + system) / 1000;
    }
  : () => performance.now();

function timed(work: () => void, iterations: number): number {
  const start = clock();
  work();
  return iterations / ((clock() - start) / 1000);
}

/**
 * The phases: the first 131,071 iterations, recorded one by one into the full-resolution buffers, on new
 * buffers (a page's first run) and on the buffers of a run it replaces (every edit after), 8 runs per
 * measurement so that each lasts tens of milliseconds; 2 million iterations beyond, recorded into stretches and
 * checkpoints while their buffers grow to full size; 4 million further on, where they have (steady state);
 * and a whole new run of 2 million.
 */
export function measureRecording(options: TrainerOptions = TUTORIAL, rounds = 7): PhaseRates[] {
  const full = DEFAULT_HISTORY_LAYOUT.fullResolution - 1;
  const beyond = 2_000_000;
  const phases = [
    { phase: 'full resolution, new buffers x 8', iterations: full, start: 0, repeats: 8, reuse: false },
    { phase: 'full resolution, reused buffers x 8', iterations: full, start: 0, repeats: 8, reuse: true },
    { phase: 'stretches, from 131,071 to 2.1 M', iterations: beyond, start: full, repeats: 1, reuse: false },
    { phase: 'stretches, from 2 M to 6 M', iterations: 2 * beyond, start: beyond, repeats: 1, reuse: false },
    { phase: 'a new run of 2 M', iterations: beyond, start: 0, repeats: 1, reuse: false },
  ];
  // Warm up both paths so the JIT has compiled them before anything is timed.
  createTrainer(options).step(300_000);
  createHistory(options).advance(1_500_000);
  const rates = phases.map(() => ({ plain: [] as number[], recording: [] as number[] }));
  for (let round = 0; round < rounds; round++) {
    phases.forEach((p, i) => {
      const trainers = Array.from({ length: p.repeats }, () => createTrainer(options));
      const histories = Array.from({ length: p.repeats }, () => {
        if (!p.reuse) return createHistory(options);
        const previous = createHistory(options);
        previous.advance(full);
        return createHistory(options, undefined, previous);
      });
      trainers.forEach((t) => t.step(p.start));
      histories.forEach((h) => h.advance(p.start));
      const total = p.iterations * p.repeats;
      const pair = [
        () => rates[i]!.plain.push(timed(() => trainers.forEach((t) => t.step(p.iterations)), total)),
        () => rates[i]!.recording.push(timed(() => histories.forEach((h) => h.advance(p.iterations)), total)),
      ];
      // Alternate which goes first, so neither always runs on a warmer (or hotter) machine.
      if (round % 2) pair.reverse();
      pair.forEach((run) => run());
    });
  }
  return phases.map((p, i) => {
    const plain = median(rates[i]!.plain);
    const recording = median(rates[i]!.recording);
    return { phase: p.phase, iterations: p.iterations * p.repeats, plain, recording, overhead: 1 - recording / plain };
  });
}

export function formatRates(rows: PhaseRates[]): string[] {
  return rows.map(
    (r) =>
      `  ${r.phase.padEnd(38)} plain ${(r.plain / 1e6).toFixed(2).padStart(6)} M/s   recording ${(r.recording / 1e6).toFixed(2).padStart(6)} M/s   ` +
      `${(r.overhead * 100).toFixed(1).padStart(5)}% slower ${r.overhead <= 0.25 ? '(target <= 25%: MET)' : '(target <= 25%: MISSED)'}`,
  );
}
