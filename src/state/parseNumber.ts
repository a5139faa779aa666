/** Decimal numbers as people type them: "1", "-0.5", ".25", "1e-3", "0,5" (a decimal comma). */
const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;

export type Parsed = { ok: true; value: number } | { ok: false; reason: string };

/** Parses one typed number. Never throws; says in words why a text is not a number. */
export function parseNumber(text: string): Parsed {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, reason: 'is empty' };
  const normalised = trimmed.includes('.') ? trimmed : trimmed.replace(',', '.');
  if (!DECIMAL.test(normalised)) return { ok: false, reason: `'${trimmed}' is not a number` };
  const value = Number(normalised);
  if (!Number.isFinite(value)) return { ok: false, reason: `'${trimmed}' is too large` };
  return { ok: true, value: Object.is(value, -0) ? 0 : value };
}
