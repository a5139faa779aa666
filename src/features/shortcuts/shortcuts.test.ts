import { describe, expect, it } from 'vitest';
import { createLabStore } from '../../state';
import type { ToWorker } from '../../worker/protocol';
import { runShortcut } from './runShortcut';
import { SHORTCUTS, isTypingTarget, shortcutOf, type KeyPress, type KeyTarget } from './shortcuts';

/** A plain element: tag name, role, and whether it sits inside a dialog. */
function element(tagName: string, options: { role?: string; inDialog?: boolean; editable?: boolean } = {}): KeyTarget {
  return {
    tagName,
    isContentEditable: options.editable ?? false,
    getAttribute: (name) => (name === 'role' ? (options.role ?? null) : null),
    closest: (selector) => (options.inDialog && selector.includes('dialog') ? {} : null),
  };
}

const BODY = element('BODY');

function press(key: string, options: Partial<KeyPress> = {}): KeyPress {
  return { key, shiftKey: false, ctrlKey: false, metaKey: false, altKey: false, repeat: false, defaultPrevented: false, target: BODY, ...options };
}

describe('shortcutOf', () => {
  it('maps each documented key', () => {
    expect(shortcutOf(press(' '))).toBe('toggleRun');
    expect(shortcutOf(press('ArrowRight'))).toBe('step1');
    expect(shortcutOf(press('ArrowRight', { shiftKey: true }))).toBe('step10');
    expect(shortcutOf(press('ArrowLeft'))).toBe('back1');
    expect(shortcutOf(press('r'))).toBe('reset');
    expect(shortcutOf(press('R', { shiftKey: true }))).toBe('reset');
    expect(shortcutOf(press('p'))).toBe('presenter');
    expect(shortcutOf(press('?', { shiftKey: true }))).toBe('help');
  });

  it('lists every shortcut it knows in the help, once', () => {
    const ids = SHORTCUTS.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    const produced = new Set(
      [' ', 'ArrowRight', 'ArrowLeft', 'r', 'p', '?', 'Escape'].flatMap((key) => [shortcutOf(press(key)), shortcutOf(press(key, { shiftKey: true }))]),
    );
    produced.delete(null);
    expect([...produced].sort()).toEqual([...ids].sort());
  });

  it('ignores keys that mean nothing', () => {
    for (const key of ['a', 'Enter', 'Tab', 'ArrowUp', 'ArrowDown', 'Home', '1']) expect(shortcutOf(press(key)), key).toBeNull();
    expect(shortcutOf(press('ArrowLeft', { shiftKey: true }))).toBeNull();
  });

  it('never fires with Ctrl, Meta or Alt held (Ctrl+R still reloads the page)', () => {
    for (const modifier of ['ctrlKey', 'metaKey', 'altKey'] as const) {
      for (const key of [' ', 'ArrowRight', 'ArrowLeft', 'r', 'p', '?']) expect(shortcutOf(press(key, { [modifier]: true })), `${modifier}+${key}`).toBeNull();
    }
  });

  it('never fires while the user types in a field or works in a dialog', () => {
    const targets = [element('INPUT'), element('input'), element('SELECT'), element('TEXTAREA'), element('DIV', { editable: true }), element('BUTTON', { inDialog: true })];
    for (const target of targets) {
      for (const key of [' ', 'ArrowRight', 'ArrowLeft', 'r', 'p', '?']) expect(shortcutOf(press(key, { target })), `${target.tagName} ${key}`).toBeNull();
    }
  });

  it('leaves Space to a focused button, link or tab, but still takes the other keys there', () => {
    for (const target of [element('BUTTON'), element('A'), element('SUMMARY'), element('DIV', { role: 'button' }), element('DIV', { role: 'checkbox' })]) {
      expect(shortcutOf(press(' ', { target }))).toBeNull();
      expect(shortcutOf(press('ArrowRight', { target }))).toBe('step1');
    }
    expect(shortcutOf(press(' ', { target: element('DIV', { role: 'group' }) }))).toBe('toggleRun');
  });

  it('leaves a key a focused element already used (a chart moving its own cursor)', () => {
    expect(shortcutOf(press('ArrowLeft', { defaultPrevented: true }))).toBeNull();
  });

  it('repeats only the steps when a key is held', () => {
    expect(shortcutOf(press('ArrowRight', { repeat: true }))).toBe('step1');
    expect(shortcutOf(press('ArrowLeft', { repeat: true }))).toBe('back1');
    for (const key of [' ', 'r', 'p', '?']) expect(shortcutOf(press(key, { repeat: true })), key).toBeNull();
  });
});

describe('isTypingTarget', () => {
  it('is false for no target and for the page itself', () => {
    expect(isTypingTarget(null)).toBe(false);
    expect(isTypingTarget(BODY)).toBe(false);
  });
});

describe('runShortcut', () => {
  function store(iteration = 0) {
    const lab = createLabStore();
    const sent: ToWorker[] = [];
    lab.getState().attachEngine({ send: (message) => sent.push(message), restart: () => {} });
    lab.setState({ iteration, trainedTo: iteration });
    return { lab, sent };
  }

  it('sends the same commands as the buttons', () => {
    const { lab, sent } = store(20);
    const help: string[] = [];
    for (const id of ['step1', 'step10', 'back1', 'reset', 'toggleRun'] as const) runShortcut(id, lab.getState(), () => help.push('open'));
    expect(sent.map((m) => m.type)).toEqual(['step', 'step', 'step', 'reset', 'run']);
    expect(sent[0]).toEqual({ type: 'step', count: 1 });
    expect(sent[1]).toEqual({ type: 'step', count: 10 });
    // Left counts back from the iteration already asked for, in the worker, as Right counts on.
    expect(sent[2]).toEqual({ type: 'step', count: -1 });
    runShortcut('toggleRun', lab.getState(), () => help.push('open'));
    expect(sent.at(-1)).toEqual({ type: 'pause' });
    expect(help).toEqual([]);
  });

  it('toggles presenter mode and opens the help', () => {
    const { lab } = store();
    let opened = 0;
    runShortcut('presenter', lab.getState(), () => opened++);
    expect(lab.getState().presenter).toBe(true);
    runShortcut('presenter', lab.getState(), () => opened++);
    expect(lab.getState().presenter).toBe(false);
    runShortcut('help', lab.getState(), () => opened++);
    expect(opened).toBe(1);
  });
});
