import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { createLabStore } from './store';
import { LabStoreProvider, useLab, useLabStore } from './runStore';

function SeedText() {
  return <span>{useLab((s) => s.seed)}</span>;
}
// A server render reads a store's initial state (zustand's getServerSnapshot): this reads the run's state now.
function SeedNow() {
  return <span>{useLabStore().getState().seed}</span>;
}

describe('LabStoreProvider / useLab', () => {
  it('gives each component the run of the provider above it, so two runs sit side by side', () => {
    const a = createLabStore();
    const b = createLabStore();
    b.getState().setSeed(7);
    const html = renderToStaticMarkup(
      <>
        <LabStoreProvider store={a}>
          <SeedNow />
        </LabStoreProvider>
        <LabStoreProvider store={b}>
          <SeedNow />
        </LabStoreProvider>
      </>,
    );
    expect(html).toBe('<span>1</span><span>7</span>');
  });
  it('refuses a component outside any provider: there is no module-level store to fall back on', () => {
    expect(() => renderToStaticMarkup(<SeedText />)).toThrow(/no LabStoreProvider/);
  });
});
