/**
 * The share of time the worker trains when it trains as fast as it can. A page that acknowledges frames late
 * may have a main thread starved of CPU (a two-core Chromebook: the worker takes one core, the page and its
 * compositor need more than the other); the worker then rests between slices, multiplicatively, and comes back
 * to full speed a little with every frame acknowledged on time.
 *
 * Fair to a slow compositor: resting is worth it only if it makes the page quicker. So the worker remembers how
 * quickly the page acknowledges while it rests most (at the least share), and a frame counts as late only when it
 * is later than that, by half again, as well as later than the fixed time. A page that is slow whatever the worker
 * does (WebKitGTK compositing in software under Xvfb: 8-16 frames a second with the worker idle) gains nothing from
 * a resting worker, so the worker goes back to training; a page that gets quick when it rests keeps it resting.
 */
export class DutyCycle {
  private current = 1;
  /** How quickly the page acknowledged while the worker rested most (ms, a moving average); NaN until it has. */
  private rested = Number.NaN;

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

  /** The page's pace while the worker rests (ms); NaN before the worker has rested. */
  get restedPaceMs(): number {
    return this.rested;
  }

  /** A frame was acknowledged `latencyMs` after it was posted. Over a second means a hidden tab: no signal. */
  acknowledged(latencyMs: number): void {
    if (latencyMs > 1000) return;
    const pace = Number.isNaN(this.rested) ? 0 : this.rested;
    const late = Math.max(this.lateMs, pace * 1.5);
    const onTime = Math.max(this.onTimeMs, pace * 1.25);
    if (this.current <= this.minimum + 0.05) this.rested = Number.isNaN(this.rested) ? latencyMs : this.rested + 0.25 * (latencyMs - this.rested);
    if (latencyMs > late) this.current = Math.max(this.minimum, this.current * 0.7);
    else if (latencyMs <= onTime) this.current = Math.min(1, this.current + 0.05);
  }

  /** How long to rest after `workedMs` of training so that training takes `share` of the time. */
  restAfter(workedMs: number): number {
    return this.current >= 1 ? 0 : (workedMs * (1 - this.current)) / this.current;
  }
}
