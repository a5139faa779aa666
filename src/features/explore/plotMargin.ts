/** Room around an Explore plot, in pixels, for its ticks and axis labels. */
export interface PlotMargin {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/**
 * At a desk the y ticks are 15 px; a projector's are 20 px, and a tick as wide as "-0.2" or "-2.5" then reached
 * under the rotated axis label at the left edge: presenter mode gives the ticks that much more room. At the right
 * edge the last x tick is centred on the plot's end: half of a 20 px "1.5" is about 16 px, more than 12.
 */
export function plotMargin(presenter: boolean): PlotMargin {
  return { left: presenter ? 76 : 52, right: presenter ? 22 : 12, top: 10, bottom: presenter ? 48 : 42 };
}
