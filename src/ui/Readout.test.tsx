import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import type { ReactNode } from 'react';
import { createLabStore, LabStoreProvider } from '../state';
import { Readout, ReadoutText } from './Readout';

/** A readout reads its run's digits setting through the provider: a fresh run has 8. */
const inRun = (node: ReactNode) => <LabStoreProvider store={createLabStore()}>{node}</LabStoreProvider>;

describe('Readout', () => {
  it('shows the formatted value, carries the exact double and is no live region', () => {
    const html = renderToStaticMarkup(inRun(<Readout testId="prediction" value={0.9897704022243792} />));
    expect(html).toBe('<output data-testid="prediction" data-value="0.9897704022243792" aria-live="off" title="0.9897704022243792">0.9897704</output>');
  });
  it('writes counts with thousands separators and the integer as data-value', () => {
    expect(renderToStaticMarkup(inRun(<Readout testId="iteration" value={10000} kind="count" />))).toBe(
      '<output data-testid="iteration" data-value="10000" aria-live="off">10,000</output>',
    );
  });
  it('writes the digits asked for and keeps the exact double in data-value', () => {
    expect(renderToStaticMarkup(<ReadoutText testId="error-1" value={3.8569936123e-5} digits={2} />)).toBe(
      '<output data-testid="error-1" data-value="0.000038569936123" aria-live="off" title="0.000038569936123">3.9 ×\u00a010⁻⁵</output>',
    );
  });
});
