/** Run B's name for one of its lines or columns: "w1 B", "MSE B" (a run's name is its letter in every language). */
export const runBLabel = (label: string): string => `${label} B`;
