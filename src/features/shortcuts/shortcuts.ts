import { msg } from '@lingui/core/macro';
import type { MessageDescriptor } from '@lingui/core';

/** What a keyboard shortcut does. */
export type ShortcutId = 'toggleRun' | 'step1' | 'step10' | 'back1' | 'reset' | 'presenter' | 'help' | 'stop';

export interface Shortcut {
  id: ShortcutId;
  /** The keys as the help overlay writes them, pressed together. */
  keys: readonly string[];
  /** What it does, as the help overlay says it (worded in the screen's language there). */
  description: MessageDescriptor;
}

/** Every shortcut, in the order the help overlay lists them. */
export const SHORTCUTS: readonly Shortcut[] = [
  { id: 'toggleRun', keys: ['Space'], description: msg`Run, or pause a run` },
  { id: 'step1', keys: ['→'], description: msg`Step 1 iteration forward` },
  { id: 'step10', keys: ['Shift', '→'], description: msg`Step 10 iterations forward` },
  { id: 'back1', keys: ['←'], description: msg`Back 1 iteration` },
  { id: 'reset', keys: ['R'], description: msg`Reset to iteration 0` },
  { id: 'presenter', keys: ['P'], description: msg`Presenter mode on or off` },
  { id: 'help', keys: ['?'], description: msg`Show this list` },
  { id: 'stop', keys: ['Esc'], description: msg`Stop a recomputation where it is` },
];

/** The parts of a DOM element the shortcuts look at (an Element fits; tests pass plain objects). */
export interface KeyTarget {
  tagName?: string;
  isContentEditable?: boolean;
  getAttribute?(name: string): string | null;
  closest?(selector: string): unknown;
}

/** The parts of a KeyboardEvent the shortcuts look at. */
export interface KeyPress {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  repeat: boolean;
  /** A focused element already used the key (a chart's arrow keys move its own cursor). */
  defaultPrevented: boolean;
  target: KeyTarget | null;
}

const FIELD_TAGS = new Set(['INPUT', 'SELECT', 'TEXTAREA']);
/** Elements that Space (and Enter) activate: the key is theirs, not a shortcut. */
const ACTIVATED_TAGS = new Set(['BUTTON', 'A', 'SUMMARY']);
const ACTIVATED_ROLES = new Set(['button', 'link', 'tab', 'checkbox', 'radio', 'switch', 'menuitem', 'option']);

/** Where the user types, or where a dialog is open: no key there is ever a shortcut. */
export function isTypingTarget(target: KeyTarget | null): boolean {
  if (!target) return false;
  if (target.isContentEditable) return true;
  if (target.tagName && FIELD_TAGS.has(target.tagName.toUpperCase())) return true;
  return !!target.closest?.('dialog, [role="dialog"], [role="alertdialog"]');
}

function activatedBySpace(target: KeyTarget | null): boolean {
  if (!target) return false;
  if (target.tagName && ACTIVATED_TAGS.has(target.tagName.toUpperCase())) return true;
  const role = target.getAttribute?.('role');
  return !!role && ACTIVATED_ROLES.has(role);
}

/**
 * The shortcut a key press means, or null. Never while the user types in a field or works in a dialog, never
 * with Ctrl, Meta (Cmd) or Alt held (Ctrl+R still reloads), never for a key a focused element used already.
 * Held keys repeat only the steps: a held Space must not flicker between Run and Pause.
 */
export function shortcutOf(press: KeyPress): ShortcutId | null {
  if (press.ctrlKey || press.metaKey || press.altKey || press.defaultPrevented) return null;
  if (isTypingTarget(press.target)) return null;
  let id: ShortcutId | null = null;
  switch (press.key) {
    case ' ':
    case 'Spacebar':
      // On a focused button Space presses that button.
      id = activatedBySpace(press.target) ? null : 'toggleRun';
      break;
    case 'ArrowRight':
      id = press.shiftKey ? 'step10' : 'step1';
      break;
    case 'ArrowLeft':
      id = press.shiftKey ? null : 'back1';
      break;
    case 'r':
    case 'R':
      id = 'reset';
      break;
    case 'p':
    case 'P':
      id = 'presenter';
      break;
    case '?':
      id = 'help';
      break;
    case 'Escape':
      id = 'stop';
      break;
  }
  if (id !== null && press.repeat && id !== 'step1' && id !== 'step10' && id !== 'back1') return null;
  return id;
}
