import { describe, expect, it } from 'vitest';
import { createLabStore } from '../../state';
import { setUpCard } from './cardSetup';
import type { Card } from './lessonTypes';

describe('setUpCard(lab, card, revealed)', () => {
  it("keeps the teacher's Digits and Stop at: a card's setup link leaves them out, which would read as 8 and 10,000", () => {
    const lab = createLabStore();
    lab.setState({ digits: 2, stopAt: 100 });
    const card: Card = { title: 'A card', text: 'Text.', setup: 'data=011-1,100-0,101-1&seed=1&it=10', view: 'lab', step: 0, highlight: [], question: null, byHand: false };
    setUpCard(lab, card, false);
    expect(lab.getState()).toMatchObject({ digits: 2, stopAt: 100, iteration: 10 });
  });

  it('takes them from the card when its setup names them (a lesson for a younger class)', () => {
    const lab = createLabStore();
    lab.setState({ digits: 8, stopAt: 100 });
    const card: Card = { title: 'A card', text: 'Text.', setup: 'data=011-1,100-0,101-1&seed=1&it=0&stop=none&digits=4', view: 'lab', step: 0, highlight: [], question: null, byHand: false };
    setUpCard(lab, card, false);
    expect(lab.getState()).toMatchObject({ digits: 4, stopAt: null });
  });

  it('opens Explore on the panels its setup names (show=line), and on all three when it names none', () => {
    const lab = createLabStore();
    const card: Card = { title: 'A card', text: 'Text.', setup: 'data=001-0,011-1,101-1,111-0&seed=1&it=10&show=line', view: 'explore', step: 0, highlight: [], question: null, byHand: false };
    setUpCard(lab, card, false);
    expect(lab.getState()).toMatchObject({ openView: 'explore', explorePanels: ['line'], iteration: 10 });
    // The class then picks the landscape alone; a card whose setup names no panel shows every one again.
    lab.getState().setExplorePanels(['landscape']);
    setUpCard(lab, { ...card, setup: 'data=011-1,100-0,101-1&seed=1&it=0' }, false);
    expect(lab.getState()).toMatchObject({ openView: 'explore', explorePanels: ['situations', 'line', 'landscape'] });
    // A card of the lab closes the view, whatever its setup says.
    setUpCard(lab, { ...card, view: 'lab' }, false);
    expect(lab.getState().openView).toBe('lab');
  });
});
