/*
 * The Lingui macros for code the tests import in Node (Playwright does not run Babel's macro plugin, so the real
 * '@lingui/core/macro' has no exports there): English text, as the source writes it. Only constants and English
 * names reach the tests this way; the app itself is built with the real macros (vite.config.ts).
 */
type Descriptor = { message?: string; id?: string; context?: string };

function english(strings: TemplateStringsArray | Descriptor | string, values: unknown[]): string {
  if (typeof strings === 'string') return strings;
  if (!Array.isArray(strings)) return (strings as Descriptor).message ?? (strings as Descriptor).id ?? '';
  return (strings as TemplateStringsArray).reduce((text, part, i) => text + part + (i < values.length ? String(values[i]) : ''), '');
}

export function t(strings: TemplateStringsArray | Descriptor | string, ...values: unknown[]): string {
  return english(strings, values);
}

export function msg(strings: TemplateStringsArray | Descriptor | string, ...values: unknown[]): Descriptor {
  return { message: english(strings, values) };
}

export function plural(count: number, forms: Record<string, string>): string {
  const form = (count === 0 ? forms['0'] ?? forms['=0'] : undefined) ?? (count === 1 ? forms.one ?? forms['=1'] : undefined) ?? forms.other ?? '';
  return form.replace(/#/g, String(count));
}
