/** What the scrubber drives: the store's seek, and the browser's next animation frame. */
export interface ScrubHost {
  seek(iteration: number): void;
  requestFrame(callback: () => void): void;
}

/**
 * The timeline's pacing. A range input over ten million iterations fires far more input events than the screen
 * shows frames, and every seek the worker gets makes the frames it was about to send worthless: so at most one
 * seek goes out per animation frame, always the latest position, and none goes out twice.
 *
 * It also says where to draw the thumb (`draft`): where the user put it, until the store shows that iteration.
 * Without it the thumb would jump back to the iteration shown for the frame or two the worker takes to answer.
 * The draft is dropped as soon as the store shows the draft's iteration, or when something else moves the run
 * (Step, Reset, Run, an edit): then the thumb follows the store again.
 */
export class Scrubber {
  /** The position asked for and not sent yet. */
  private pending: number | null = null;
  private frameRequested = false;
  private lastSent: number | null = null;
  /**
   * The iteration a frame made before the last seek may still show: the engine may hold one such frame,
   * already accepted, when the seek goes out. Seeing it once is no reason to give up the draft.
   */
  private stale: number | null = null;
  private draftValue: number | null = null;

  constructor(
    private readonly host: ScrubHost,
    private readonly onDraft: (draft: number | null) => void,
  ) {}

  /** Where the thumb should be while the store catches up; null: at the store's iteration. */
  get draft(): number | null {
    return this.draftValue;
  }

  /** The user moved the thumb to `iteration`, while the store shows `shown`. */
  move(iteration: number, shown: number): void {
    if (this.draftValue === null) {
      this.stale = shown;
      this.lastSent = null;
    }
    this.setDraft(iteration);
    this.pending = iteration;
    if (!this.frameRequested) {
      this.frameRequested = true;
      this.host.requestFrame(() => this.flush());
    }
  }

  /** The store now shows `iteration` (call on every change of the store's iteration). */
  shown(iteration: number): void {
    if (this.draftValue === null || this.pending !== null) return;
    if (iteration === this.draftValue) {
      this.setDraft(null);
    } else if (iteration === this.stale) {
      this.stale = null;
    } else {
      // Not what the timeline asked for, nor a frame from before its seek: something else moved the run.
      this.setDraft(null);
    }
  }

  /** Forget the draft and any seek not sent yet (the component goes away, or the user let go elsewhere). */
  cancel(): void {
    this.pending = null;
    this.setDraft(null);
  }

  private flush(): void {
    this.frameRequested = false;
    const iteration = this.pending;
    this.pending = null;
    if (iteration === null || iteration === this.lastSent) return;
    if (this.lastSent !== null) this.stale = this.lastSent;
    this.lastSent = iteration;
    this.host.seek(iteration);
  }

  private setDraft(draft: number | null): void {
    if (draft === this.draftValue) return;
    this.draftValue = draft;
    this.onDraft(draft);
  }
}
