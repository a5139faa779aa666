import type { LabState } from '../labState';
import { SETUP_FIELDS } from './fields';
import type { Setup } from './setup';

/** The setup the store holds, copied so later changes to the store cannot reach into it (a field left undefined is left out). */
export function setupOf(state: LabState): Setup {
  const setup: Partial<Record<keyof Setup, unknown>> = {};
  for (const field of SETUP_FIELDS) {
    const value = field.of(state);
    if (value !== undefined) setup[field.key] = value;
  }
  return setup as Setup;
}

/** The store fields any setup field reads, and those whose change is an edit worth keeping: from the fields, once. */
const WATCHED = [...new Set(SETUP_FIELDS.flatMap((field) => field.watches))];
const EDITED = [...new Set(SETUP_FIELDS.flatMap((field) => field.edits))];

/** Whether a store change touched anything a setup carries (cheap: references only, run on every frame). */
export function setupChanged(next: LabState, previous: LabState): boolean {
  return WATCHED.some((key) => next[key] !== previous[key]);
}

/** The store fields a second run's part of a link reads: its run fields, the iteration aside (it keeps the first run's clock). */
const OTHER_RUN_WATCHED = [...new Set(SETUP_FIELDS.filter((field) => field.scope === 'run' && field.key !== 'iteration').flatMap((field) => field.watches))];

/** Whether a store change touched what a link carries of a second run (Compare's run B): never its frames. */
export function otherRunChanged(next: LabState, previous: LabState): boolean {
  return OTHER_RUN_WATCHED.some((key) => next[key] !== previous[key]);
}

/** Whether the user changed what is worth keeping across a reload: the table as typed, a setting, the view. */
export function setupEdited(next: LabState, previous: LabState): boolean {
  return EDITED.some((key) => next[key] !== previous[key]);
}
