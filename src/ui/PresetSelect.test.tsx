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

/** The option values and texts a select was rendered with (HTML's escapes read back), attributes in any order. */
const unescape = (text: string) => text.replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&#39;/g, "'").replace(/&amp;/g, '&');
const optionTags = (html: string) => [...html.matchAll(/<option([^>]*)>([^<]*)<\/option>/g)];
function optionsOf(html: string) {
  return optionTags(html).map(([, attributes, text]) => [/\svalue="([^"]*)"/.exec(attributes!)?.[1], unescape(text!)]);
}
/** The values of the options marked selected (`selected` or `selected=""`: the same HTML). */
const selectedOf = (html: string) => optionTags(html).filter(([, attributes]) => /\sselected(=""|\s|$)/.test(attributes!)).map(([, attributes]) => /\svalue="([^"]*)"/.exec(attributes!)?.[1]);

describe('PresetSelect (run A\'s table picker and run B\'s, one component)', () => {
  it("lists every preset by name for the run in context, the run's own preset selected, and no 'custom' option while the table is a preset's", () => {
    const store = createLabStore();
    const html = render(store, <PresetSelect id="preset-run-b" custom="Run A's table" />);
    expect(html.startsWith('<select id="preset-run-b">')).toBe(true);
    expect(optionsOf(html)).toEqual(PRESETS.map((preset) => [preset.id, i18n._(preset.name)]));
    expect(selectedOf(html)).toEqual([store.getState().presetId]);
  });

  it("puts the caller's name for a table of no preset first, selected", () => {
    // A static render reads the store's initial state (getServerSnapshot): render a store made custom from the start.
    const custom = createLabStore();
    Object.assign(custom.getInitialState(), { presetId: 'custom' });
    const html = render(custom, <PresetSelect id="preset" custom="Your own table" />);
    expect(optionsOf(html)[0]).toEqual(['custom', 'Your own table']);
    expect(selectedOf(html)).toEqual(['custom']);
    expect(optionsOf(html)).toHaveLength(PRESETS.length + 1);
  });
});
