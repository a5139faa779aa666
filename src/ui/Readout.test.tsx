import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { Readout } from './Readout';

describe('Readout', () => {
  it('shows the formatted value and carries the exact double', () => {
    const html = renderToStaticMarkup(<Readout testId="prediction" value={0.9897704022243792} />);
    expect(html).toBe('<output data-testid="prediction" data-value="0.9897704022243792">0.9897704</output>');
  });
  it('writes counts with thousands separators and the integer as data-value', () => {
    expect(renderToStaticMarkup(<Readout testId="iteration" value={10000} kind="count" />)).toBe(
      '<output data-testid="iteration" data-value="10000">10,000</output>',
    );
  });
});
