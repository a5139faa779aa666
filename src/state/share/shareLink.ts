import type { LabState } from '..';
import { encode, type SharedState } from '../url';
import { setupOf } from '../setup/fromStore';
import { i18n, SOURCE_LANGUAGE } from '../../i18n';

/**
 * `&lang=de`: the screen's language, for a link made in another language than English. It is no part of the run
 * (the codec leaves it to src/i18n): the same link opened by someone who chose English shows the same run in English.
 */
function languagePart(): string {
  return i18n.locale && i18n.locale !== SOURCE_LANGUAGE ? `&lang=${i18n.locale}` : '';
}

/** The page's address with the state's query: what "Copy link" copies and what the address bar shows. */
export function addressOf(state: LabState, location: Pick<Location, 'pathname' | 'hash'>): string {
  return `${location.pathname}${encode(setupOf(state))}${languagePart()}${location.hash}`;
}

/** The full link to share (no #fragment: it belongs to this page, not to the state). */
export function shareLinkOf(state: LabState, location: Pick<Location, 'origin' | 'pathname'>): string {
  return `${location.origin}${location.pathname}${encode(setupOf(state))}${languagePart()}`;
}

/** Whether two states set up the same run and screen, whatever iteration each shows. */
export function sameSetup(a: SharedState, b: SharedState): boolean {
  return encode({ ...a, iteration: 0 }) === encode({ ...b, iteration: 0 });
}
