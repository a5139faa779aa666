// The tables the browser benchmarks train on, in link form.

/** 64 rows of numbers of every width (negative, one to three decimals, up to two whole digits), at iteration 0. */
export function variedTableQuery() {
  let state = 7;
  const random = () => ((state = (state * 1103515245 + 12345) % 2147483648) / 2147483648);
  const rows = Array.from({ length: 64 }, () => {
    const inputs = [0, 1, 2].map(() => Number(((random() - 0.5) * (random() < 0.2 ? 24 : 4)).toFixed(1 + Math.floor(random() * 3))));
    const target = inputs[0] + 0.5 * inputs[2] > 0 ? 1 : 0;
    return `${inputs.join('_')}-${target}`;
  });
  return `?v=1&data=${rows.join(',')}&seed=1&it=0`;
}
