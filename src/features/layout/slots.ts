import type { ReactNode } from 'react';
import type { PanelId } from '../../state';

/** A piece of the screen the layout places: a panel, a tool. */
export interface Slot {
  key: string;
  node: ReactNode;
  /** The panel id a lesson link hides it by (hide=...); without one it cannot be hidden. */
  panel?: PanelId;
  /** Put away in presenter mode, to leave the projector the essentials in large type. */
  secondary?: boolean;
  /** For charts: when presenter mode has room for fewer than all, the lower ranks stay (without one: last). */
  presenterRank?: number;
}

/** A view that takes the place of the table and charts while it is open ("Show the math", "Python"). */
export interface ViewSlot extends Slot {
  /** The name on its button. */
  label: string;
}

export interface ViewOptions {
  presenter: boolean;
  hiddenPanels: readonly PanelId[];
}

/** The slots to show: those no lesson link hid and, in presenter mode, not the secondary ones. Order kept. */
export function shownSlots<T extends Pick<Slot, 'panel' | 'secondary'>>(slots: readonly T[], view: ViewOptions): T[] {
  return slots.filter((slot) => !(slot.panel && view.hiddenPanels.includes(slot.panel)) && !(slot.secondary && view.presenter));
}

/**
 * The charts presenter mode shows: those the teacher chose that are not hidden, plus the one the preset's note
 * points at (XOR's "watch the error"), which takes the place of the last chosen when there are `most` already;
 * when hidden panels leave fewer than `least`, the next by presenter rank fill in. Screen order kept.
 */
export function presenterSlots<T extends Pick<Slot, 'panel' | 'presenterRank'>>(
  visible: readonly T[],
  chosen: readonly PanelId[],
  watched: PanelId | undefined,
  least: number,
  most: number,
): T[] {
  const shown = chosen.filter((panel) => visible.some((slot) => slot.panel === panel)).slice(0, most);
  if (watched && !shown.includes(watched) && visible.some((slot) => slot.panel === watched)) {
    if (shown.length >= most) shown.pop();
    shown.push(watched);
  }
  const picked = visible.filter((slot) => slot.panel !== undefined && shown.includes(slot.panel));
  if (picked.length >= least) return picked;
  const more = firstByRank(visible.filter((slot) => !picked.includes(slot)), least - picked.length);
  return visible.filter((slot) => picked.includes(slot) || more.includes(slot));
}

/** The `count` slots of lowest presenter rank (ties: screen order), kept in screen order. */
export function firstByRank<T extends Pick<Slot, 'presenterRank'>>(slots: readonly T[], count: number): T[] {
  const rank = (slot: T) => slot.presenterRank ?? Number.POSITIVE_INFINITY;
  const kept = new Set([...slots].sort((a, b) => rank(a) - rank(b)).slice(0, count));
  return slots.filter((slot) => kept.has(slot));
}
