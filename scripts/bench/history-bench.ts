/**
 * `npm run bench:history`: what recording the history costs against plain training in Node, and what the
 * charts' sampling and an exact rewind cost. A benchmark, not a test: it prints figures and asserts nothing.
 */
import { createHistory } from '../../src/core/history';
import { sampleHistory } from '../../src/core/historySampling';
import { CLOCK, formatRates, measureRecording, TUTORIAL } from './history-rates';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
console.log(`Neuron Lab history benchmark (Node ${process.version}, ${process.arch}), medians of ${ROUNDS} rounds`);
console.log(`\nRecording overhead, the tutorial table (${CLOCK}):`);
for (const line of formatRates(measureRecording(TUTORIAL, ROUNDS))) console.log(line);

const history = createHistory(TUTORIAL);
const start = performance.now();
history.advance(10_000_000);
const seconds = (performance.now() - start) / 1000;
console.log(`\n10 M iterations recorded in ${seconds.toFixed(2)} s`);

const time = (work: () => void, repeats: number) => {
  const t0 = performance.now();
  for (let i = 0; i < repeats; i++) work();
  return (performance.now() - t0) / repeats;
};
for (const points of [1000, 2000]) {
  for (const scale of ['linear', 'log'] as const) {
    const ms = time(() => sampleHistory(history, { scale, points }), 50);
    console.log(`sampling ${points} points (${scale}) at 10 M: ${ms.toFixed(2)} ms`);
  }
}
console.log(`history buffers at 10 M, the charts' summaries included: ${(history.byteLength() / 1e6).toFixed(1)} MB`);
let k = 131_072 + 8191;
const worst = time(() => {
  history.weightsAt(k);
  k += 8192;
}, 200);
console.log(`rewind to a k just before a checkpoint (8,191 iterations retrained): ${worst.toFixed(2)} ms`);
