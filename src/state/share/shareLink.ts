import type { LabState } from '..';
import { encode, type SharedState } from '../url';
import { setupOf } from '../setup/fromStore';

/** The page's address with the state's query: what "Copy link" copies and what the address bar shows. */
export function addressOf(state: LabState, location: Pick<Location, 'pathname' | 'hash'>): string {
  return `${location.pathname}${encode(setupOf(state))}${location.hash}`;
}

/** The full link to share (no #fragment: it belongs to this page, not to the state). */
export function shareLinkOf(state: LabState, location: Pick<Location, 'origin' | 'pathname'>): string {
  return `${location.origin}${location.pathname}${encode(setupOf(state))}`;
}

/** Whether two states set up the same run and screen, whatever iteration each shows. */
export function sameSetup(a: SharedState, b: SharedState): boolean {
  return encode({ ...a, iteration: 0 }) === encode({ ...b, iteration: 0 });
}
