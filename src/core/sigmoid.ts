/**
 * The logistic function, written as the tutorial writes it, `1 / (1 + exp(-z))`, so that it rounds as NumPy does.
 * It never returns NaN for a number: exp overflows to Infinity for z below about -709 and the result is 0;
 * for large z exp underflows to 0 and the result is 1. Only z = NaN gives NaN.
 */
export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

/** The slope of the sigmoid written through its output: d sigmoid / dz = out * (1 - out). */
export function sigmoidSlope(out: number): number {
  return out * (1 - out);
}
