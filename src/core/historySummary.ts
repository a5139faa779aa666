/** Entries per summary block: the charts' sampling reads a block's min and max instead of its 16 entries. */
export const SUMMARY_BLOCK = 16;

/**
 * Where channel c's entries live: entry e's smallest value is low[e * stride + offset], its largest
 * high[e * stride + offset] (the same array twice for plain values, the stretches' min and max arrays for them).
 */
export interface ChannelSource {
  low: Float64Array;
  high: Float64Array;
  stride: number;
  offset: number;
}

/**
 * The minimum and maximum of each channel over blocks of SUMMARY_BLOCK consecutive entries of a series that
 * only grows at its end, brought up to date lazily: a block is summarized once, when it is complete.
 */
export class BlockSummary {
  private lowBlocks = new Float64Array(0);
  private highBlocks = new Float64Array(0);
  private blocks = 0;
  /** The result of the last `range` call. */
  low = Infinity;
  high = -Infinity;

  /** `maxEntries`: the most entries the series can hold, so the summary never grows past what they need. */
  constructor(
    private readonly channels: number,
    private readonly maxEntries: number,
  ) {}

  /** Forgets every block (the entries were rewritten: a new run, or stretches merged). */
  reset(): void {
    this.blocks = 0;
  }

  /** Summarizes the blocks complete within the first `entries` entries that are not summarized yet. */
  update(entries: number, source: (channel: number) => ChannelSource): void {
    const target = Math.floor(entries / SUMMARY_BLOCK);
    if (target <= this.blocks) return;
    const channels = this.channels;
    if (this.lowBlocks.length < target * channels) {
      const most = Math.ceil(this.maxEntries / SUMMARY_BLOCK) * channels;
      const size = Math.min(most, Math.max(target * channels, 2 * this.lowBlocks.length));
      const low = new Float64Array(size);
      low.set(this.lowBlocks);
      const high = new Float64Array(size);
      high.set(this.highBlocks);
      this.lowBlocks = low;
      this.highBlocks = high;
    }
    for (let c = 0; c < channels; c++) {
      const { low, high, stride, offset } = source(c);
      for (let i = this.blocks; i < target; i++) {
        let lo = Infinity;
        let hi = -Infinity;
        for (let e = i * SUMMARY_BLOCK, at = e * stride + offset; e < (i + 1) * SUMMARY_BLOCK; e++, at += stride) {
          const l = low[at]!;
          const h = high[at]!;
          if (l < lo) lo = l;
          if (h > hi) hi = h;
        }
        this.lowBlocks[i * channels + c] = lo;
        this.highBlocks[i * channels + c] = hi;
      }
    }
    this.blocks = target;
  }

  /** Sets `low` and `high` to channel c's min and max over entries from .. to, using whole blocks where it can. */
  range(c: number, from: number, to: number, source: ChannelSource): void {
    const { low, high, stride, offset } = source;
    let lo = Infinity;
    let hi = -Infinity;
    const firstBlock = Math.ceil(from / SUMMARY_BLOCK);
    const endBlock = Math.min(Math.floor((to + 1) / SUMMARY_BLOCK), this.blocks);
    const rawEnd = firstBlock < endBlock ? firstBlock * SUMMARY_BLOCK - 1 : to;
    for (let e = from, at = from * stride + offset; e <= rawEnd; e++, at += stride) {
      const l = low[at]!;
      const h = high[at]!;
      if (l < lo) lo = l;
      if (h > hi) hi = h;
    }
    if (firstBlock < endBlock) {
      const channels = this.channels;
      for (let i = firstBlock, at = firstBlock * channels + c; i < endBlock; i++, at += channels) {
        const l = this.lowBlocks[at]!;
        const h = this.highBlocks[at]!;
        if (l < lo) lo = l;
        if (h > hi) hi = h;
      }
      for (let e = endBlock * SUMMARY_BLOCK, at = e * stride + offset; e <= to; e++, at += stride) {
        const l = low[at]!;
        const h = high[at]!;
        if (l < lo) lo = l;
        if (h > hi) hi = h;
      }
    }
    this.low = lo;
    this.high = hi;
  }

  get byteLength(): number {
    return this.lowBlocks.byteLength + this.highBlocks.byteLength;
  }
}
