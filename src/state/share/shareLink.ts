import type { LabState } from '..';
import { encode, type SharedState } from '../url';
import { setupOf } from '../setup/fromStore';
import { i18n, SOURCE_LANGUAGE } from '../../i18n';
import { RUN_B_SUFFIX } from './runBSuffix';

/**
 * `&lang=de`: the screen's language, for a link made in another language than English. It is no part of the run
 * (the codec leaves it to src/i18n): the same link opened by someone who chose English shows the same run in English.
 */
function languagePart(): string {
  return i18n.locale && i18n.locale !== SOURCE_LANGUAGE ? `&lang=${i18n.locale}` : '';
}

/** The suffix of run B's parts in a link (`lr.b=0.1`): the codec reads them when asked for this run. */
export { RUN_B_SUFFIX };

/**
 * The link's query: run A's setup, and run B's parts while comparing. B keeps A's clock, so it is written at A's
 * iteration (a B still training up to it is on its way there): the link opens both at the same iteration.
 */
export function queryOf(state: LabState, runB: LabState | null = null): string {
  const a = setupOf(state);
  if (runB === null) return encode(a);
  return encode(a, [{ suffix: RUN_B_SUFFIX, setup: { ...setupOf(runB), iteration: a.iteration } }]);
}

/** The page's address with the state's query (run B's too, while comparing): what the address bar shows. */
export function addressOf(state: LabState, location: Pick<Location, 'pathname' | 'hash'>, runB: LabState | null = null): string {
  return `${location.pathname}${queryOf(state, runB)}${languagePart()}${location.hash}`;
}

/** The full link to share, both runs while comparing (no #fragment: it belongs to this page, not to the state). */
export function shareLinkOf(state: LabState, location: Pick<Location, 'origin' | 'pathname'>, runB: LabState | null = null): string {
  return `${location.origin}${location.pathname}${queryOf(state, runB)}${languagePart()}`;
}

/** Whether two states set up the same run and screen, whatever iteration each shows. */
export function sameSetup(a: SharedState, b: SharedState): boolean {
  return encode({ ...a, iteration: 0 }) === encode({ ...b, iteration: 0 });
}
