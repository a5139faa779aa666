/** Limits of what the app trains on, shared by the table, the settings and the URL codec. */
export { MAX_ITERATION } from '../core/iterationLimits';
export { MAX_ROWS } from '../core/validateTable';
export { MAX_SEED } from '../core/seed';

export const INPUT_COUNT = 3;

/** The most characters a cell or a number field holds: any number fits in far fewer; longer text is refused. */
export const MAX_CELL_CHARS = 64;

/** Inputs beyond this size saturate the sigmoid at once and teach nothing; larger ones are refused. */
export const MAX_INPUT_MAGNITUDE = 1e6;

/** The learning rate ranges over (0, MAX_LEARNING_RATE]. */
export const MAX_LEARNING_RATE = 1000;
