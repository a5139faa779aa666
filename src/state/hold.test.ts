import { describe, expect, it } from 'vitest';
import type { ToWorker } from '../worker/protocol';
import { createLabStore } from './store';

/* A lesson's hold: while a question waits for the guess, training may not go past the card's iteration. */
describe('the hold', () => {
  it('refuses steps, runs and moves past its iteration, with a notice; rewinding and stepping back are allowed', () => {
    const store = createLabStore();
    const sent: ToWorker[] = [];
    store.getState().attachEngine({ send: (message) => sent.push(message), restart: () => {} });
    store.setState({ iteration: 10, trainedTo: 10 });
    store.getState().setHold({ at: 10, reason: 'Lock in your guess first.' });
    store.getState().step(1);
    store.getState().run();
    store.getState().toggleRun();
    store.getState().goTo(11);
    store.getState().seek(20);
    expect(sent).toEqual([]);
    expect(store.getState().running).toBe(false);
    expect(store.getState().notices.map((n) => n.text)).toEqual(['Lock in your guess first.']);
    store.getState().seek(5);
    store.getState().step(-1);
    store.getState().goTo(10);
    expect(sent.map((m) => m.type)).toEqual(['seek', 'step', 'seek']);
    store.getState().setHold(null);
    store.getState().step(10);
    expect(sent.at(-1)).toEqual({ type: 'step', count: 10 });
  });
});
