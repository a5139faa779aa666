/**
 * `npm run bench`: iterations per second of the core against a nested-array port and the fused floor, on the
 * tutorial's 3-row table and on a 64-row table, interleaved in one run (the machine is shared and noisy), medians
 * of several rounds. A benchmark, not a test: it prints figures and ratios and asserts nothing.
 */
import { coreTrain, fused3Train, fusedTypedTrain, nestedArrayTrain, type Table, type Train } from './trainers';

const ITERATIONS = 1_000_000;
const NAIVE_ITERATIONS = 200_000; // the nested-array port is slow; its rate is measured on fewer iterations
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);

const tutorial: Table = {
  inputs: [
    [0, 1, 1],
    [1, 0, 0],
    [1, 0, 1],
  ],
  targets: [1, 0, 1],
};
// 64 rows: every pattern of three bits eight times over, scaled so that no row is like another; target = input 3.
const wide: Table = {
  inputs: Array.from({ length: 64 }, (_, r) => [((r >> 2) & 1) * (1 + r / 64), ((r >> 1) & 1) * (1 - r / 128), r & 1]),
  targets: Array.from({ length: 64 }, (_, r) => r & 1),
};

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

function rate(train: Train, table: Table, iterations: number): number {
  const start = performance.now();
  train(table, iterations);
  return iterations / ((performance.now() - start) / 1000);
}

interface Contender {
  name: string;
  train: Train;
  iterations: number;
}

function benchTable(label: string, table: Table, contenders: Contender[]) {
  // Warm up each once so the JIT has compiled all of them before any is timed.
  for (const c of contenders) c.train(table, 20_000);
  const rates = new Map<string, number[]>(contenders.map((c) => [c.name, []]));
  for (let round = 0; round < ROUNDS; round++) {
    for (const c of contenders) rates.get(c.name)!.push(rate(c.train, table, c.iterations));
  }
  const medians = contenders.map((c) => ({ ...c, rate: median(rates.get(c.name)!) }));
  const core = medians.find((m) => m.name === 'core')!;
  console.log(`\n${label}: ${table.inputs.length} rows, median of ${ROUNDS} rounds`);
  console.log('  contender                          iterations   iterations/s   time per iteration vs core');
  for (const m of medians) {
    console.log(
      `  ${m.name.padEnd(32)} ${m.iterations.toLocaleString('en').padStart(11)}   ${(m.rate / 1e6).toFixed(2).padStart(8)} M/s   ${(core.rate / m.rate).toFixed(2).padStart(8)}x`,
    );
  }
  return medians;
}

function checkAgreement(table: Table, trains: Train[]) {
  const results = trains.map((t) => t(table, 10_000));
  const worst = Math.max(...results.flatMap((w) => w.map((v, j) => Math.abs(v - results[0]![j]!) / Math.max(1, Math.abs(v)))));
  return worst;
}

console.log(`Neuron Lab core benchmark (Node ${process.version}, ${process.arch})`);
const agreement3 = checkAgreement(tutorial, [coreTrain, nestedArrayTrain, fused3Train, fusedTypedTrain]);
const agreement64 = checkAgreement(wide, [coreTrain, nestedArrayTrain, fusedTypedTrain]);
console.log(`All contenders agree after 10,000 iterations: largest relative difference ${agreement3.toExponential(1)} (3 rows), ${agreement64.toExponential(1)} (64 rows)`);

const small = benchTable("The tutorial's table", tutorial, [
  { name: 'core', train: coreTrain, iterations: ITERATIONS },
  { name: 'fused, all in locals (floor)', train: fused3Train, iterations: ITERATIONS },
  { name: 'fused, Float64Array', train: fusedTypedTrain, iterations: ITERATIONS },
  { name: 'nested arrays (naive port)', train: nestedArrayTrain, iterations: NAIVE_ITERATIONS },
]);
const large = benchTable('A 64-row table', wide, [
  { name: 'core', train: coreTrain, iterations: ITERATIONS },
  { name: 'fused, Float64Array (floor)', train: fusedTypedTrain, iterations: ITERATIONS },
  { name: 'nested arrays (naive port)', train: nestedArrayTrain, iterations: NAIVE_ITERATIONS / 10 },
]);

const floor3 = small.find((m) => m.name.startsWith('fused, all'))!.rate / small.find((m) => m.name === 'core')!.rate;
const floor64 = large.find((m) => m.name.startsWith('fused'))!.rate / large.find((m) => m.name === 'core')!.rate;
console.log(`\nTarget: the core within 1.4x of the fused floor on the 3-row table.`);
console.log(`  3 rows: floor / core = ${floor3.toFixed(2)}x  ${floor3 <= 1.4 ? 'MET' : 'MISSED'}`);
console.log(`  64 rows: floor / core = ${floor64.toFixed(2)}x`);
