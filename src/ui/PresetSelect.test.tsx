import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import type { ReactNode } from 'react';
import { I18nProvider } from '@lingui/react';
import { createLabStore, LabStoreProvider, PRESETS } from '../state';
import { i18n } from '../i18n';
import { PresetSelect } from './PresetSelect';

const render = (store: ReturnType<typeof createLabStore>, node: ReactNode) =>
  renderToStaticMarkup(
    <I18nProvider i18n={i18n}>
      <LabStoreProvider store={store}>{node}</LabStoreProvider>
    </I18nProvider>,
  );

/** The option values and texts a select was rendered with (HTML's escapes read back). */
const unescape = (text: string) => text.replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&amp;/g, '&');
function optionsOf(html: string) {
  return [...html.matchAll(/<option value="([^"]*)"[^>]*>([^<]*)<\/option>/g)].map(([, value, text]) => [value, unescape(text!)]);
}

describe('PresetSelect (run A\'s table picker and run B\'s, one component)', () => {
  it("lists every preset by name for the run in context, the run's own preset selected, and no 'custom' option while the table is a preset's", () => {
    const store = createLabStore();
    const html = render(store, <PresetSelect id="preset-run-b" custom="Run A's table" />);
    expect(html.startsWith('<select id="preset-run-b">')).toBe(true);
    expect(optionsOf(html)).toEqual(PRESETS.map((preset) => [preset.id, i18n._(preset.name)]));
    expect(html).toMatch(new RegExp(`<option value="${store.getState().presetId}" selected="">`));
  });

  it("puts the caller's name for a table of no preset first, selected", () => {
    // A static render reads the store's initial state (getServerSnapshot): render a store made custom from the start.
    const custom = createLabStore();
    Object.assign(custom.getInitialState(), { presetId: 'custom' });
    const html = render(custom, <PresetSelect id="preset" custom="Your own table" />);
    expect(optionsOf(html)[0]).toEqual(['custom', 'Your own table']);
    expect(html).toMatch(/<option value="custom" selected="">/);
    expect(optionsOf(html)).toHaveLength(PRESETS.length + 1);
  });
});
