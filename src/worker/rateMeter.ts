/** Iterations per second over windows of a quarter second: steady enough to read, quick to follow a change. */
export class RateMeter {
  private windowStart: number | null = null;
  private count = 0;
  private rate = 0;

  constructor(private readonly windowMs = 250) {}

  /** Counts `iterations` trained by time `now` (ms). */
  add(iterations: number, now: number): void {
    if (this.windowStart === null) {
      this.windowStart = now;
      this.count = 0;
    }
    this.count += iterations;
    const elapsed = now - this.windowStart;
    if (elapsed >= this.windowMs) {
      this.rate = (this.count * 1000) / elapsed;
      this.windowStart = now;
      this.count = 0;
    }
  }

  /** Training stopped: the next run measures afresh. */
  stop(): void {
    this.windowStart = null;
    this.rate = 0;
  }

  get iterationsPerSecond(): number {
    return this.rate;
  }
}
