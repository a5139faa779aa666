import { describe, expect, it } from 'vitest';
import { createLabStore } from '../../state';
import { decode } from '../../state/url';
import { lessonLinkOf } from './lessonLink';

const LOCATION = { origin: 'https://school.example', pathname: '/lab/' };

describe('lessonLinkOf', () => {
  it('writes the chosen panels and presenter mode in the link format, on top of the state on screen', () => {
    const store = createLabStore();
    store.setState({ iteration: 100, seed: 7 });
    const link = lessonLinkOf(store.getState(), { hidden: ['neuron', 'weights'], presenter: true }, LOCATION);
    expect(link.startsWith('https://school.example/lab/?')).toBe(true);
    // Written by hand from the format in src/state/url/codec.ts: hidden panels in screen order.
    expect(link).toContain('&presenter=1&hide=weights,neuron');
    const decoded = decode(link.slice(link.indexOf('?')));
    expect(decoded.problems).toEqual([]);
    expect(decoded.state.hiddenPanels).toEqual(['weights', 'neuron']);
    expect(decoded.state.presenter).toBe(true);
    expect(decoded.state.iteration).toBe(100);
    expect(decoded.state.seed).toBe(7);
  });

  it('leaves both out when nothing is hidden and presenter mode is off, whatever the screen shows now', () => {
    const store = createLabStore();
    store.setState({ presenter: true, hiddenPanels: ['math'] });
    const link = lessonLinkOf(store.getState(), { hidden: [], presenter: false }, LOCATION);
    expect(link).not.toContain('hide=');
    expect(link).not.toContain('presenter');
    expect(decode(link.slice(link.indexOf('?'))).state.hiddenPanels).toEqual([]);
  });

  it("carries the class's Stop at and Digits, so the lesson stops where the teacher planned and reads as chosen", () => {
    const store = createLabStore();
    store.setState({ stopAt: 100, digits: 2 });
    const link = lessonLinkOf(store.getState(), { hidden: [], presenter: true }, LOCATION);
    // Written by hand from the format in src/state/url/codec.ts.
    expect(link).toBe('https://school.example/lab/?v=1&data=011-1,100-0,101-1&seed=1&it=0&stop=100&digits=2&presenter=1');
    store.setState({ stopAt: null, digits: 8 });
    expect(lessonLinkOf(store.getState(), { hidden: [], presenter: false }, LOCATION)).toBe('https://school.example/lab/?v=1&data=011-1,100-0,101-1&seed=1&it=0&stop=none');
  });

  it('does not change the store', () => {
    const store = createLabStore();
    const before = store.getState();
    lessonLinkOf(before, { hidden: ['table'], presenter: true }, LOCATION);
    expect(store.getState()).toBe(before);
    expect(before.hiddenPanels).toEqual([]);
  });
});
