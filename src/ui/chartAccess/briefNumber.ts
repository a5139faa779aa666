import { formatBrief } from '../../format/number';

/**
 * A number for a spoken or one-line summary: 3 significant digits ("-3.13", "0.0123"), whole thousands with
 * separators ("12,346"), tiny values as "1.23 × 10⁻⁵" (never "e-5"). The screen and the data tables keep the 8
 * digits the tutorial prints; a summary read aloud needs the gist.
 */
export function briefNumber(value: number): string {
  return formatBrief(value);
}
