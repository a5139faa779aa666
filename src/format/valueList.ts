import { formatValue, screenWritesDecimalComma, type Digits } from './number';

/**
 * Numbers in a row, as a reader of the screen's language separates them: "1, 0.5, 1" in English, "1; 0,5; 1" in
 * German, Spanish and French, whose decimal comma would make "1, 0,5, 1" unreadable.
 */
export function valueListSeparator(): string {
  return screenWritesDecimalComma() ? '; ' : ', ';
}

export function formatValueList(values: readonly number[], digits?: Digits): string {
  return values.map((value) => formatValue(value, digits)).join(valueListSeparator());
}
