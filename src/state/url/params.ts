import { SETUP_FIELDS } from '../setup/fields';
import type { LinkSpelling, Read } from '../setup/field';
import type { Setup, SetupKey } from '../setup/setup';

export type { Read };

/** One parameter of a link: a setup field's link spelling, with the field it fills (see setup/fields.ts). */
export interface ParamSpec<K extends SetupKey> extends LinkSpelling<K> {
  key: K;
}

export type AnyParamSpec = { [K in keyof Setup]-?: ParamSpec<K> }[keyof Setup];

/** The parameters of a version-1 link, in the order a link writes them: one per field of the setup. */
export const PARAMS: readonly AnyParamSpec[] = SETUP_FIELDS.map((field) => ({ key: field.key, ...field.link }) as AnyParamSpec);
