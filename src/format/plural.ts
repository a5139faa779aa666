/** "1 iteration", "0 iterations", "10,000 iterations": the count as given (already formatted or not), then the noun. */
export function iterationsText(count: number, written: string = String(count)): string {
  return `${written} ${count === 1 ? 'iteration' : 'iterations'}`;
}
