/**
 * The share of time the worker trains when it trains as fast as it can. A page that acknowledges frames late
 * has a main thread starved of CPU (a two-core Chromebook: the worker takes one core, the page and its
 * compositor need more than the other); the worker then rests between slices, multiplicatively, and comes back
 * to full speed a little with every frame acknowledged on time.
 */
export class DutyCycle {
  private current = 1;

  constructor(
    /** The least share kept: training never stops on account of a slow page. */
    readonly minimum = 0.25,
    /** An acknowledgement later than this after its frame was posted means the page fell behind (3 vsyncs). */
    readonly lateMs = 50,
    /** One within this came in time (a vsync's wait and a draw). */
    readonly onTimeMs = 25,
  ) {}

  get share(): number {
    return this.current;
  }

  /** A frame was acknowledged `latencyMs` after it was posted. Over a second means a hidden tab: no signal. */
  acknowledged(latencyMs: number): void {
    if (latencyMs > 1000) return;
    if (latencyMs > this.lateMs) this.current = Math.max(this.minimum, this.current * 0.7);
    else if (latencyMs <= this.onTimeMs) this.current = Math.min(1, this.current + 0.05);
  }

  /** How long to rest after `workedMs` of training so that training takes `share` of the time. */
  restAfter(workedMs: number): number {
    return this.current >= 1 ? 0 : (workedMs * (1 - this.current)) / this.current;
  }
}
