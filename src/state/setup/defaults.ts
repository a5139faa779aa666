import { SETUP_FIELDS } from './fields';
import type { Setup } from './setup';

/**
 * What a version-1 link or state file means where it leaves a field out: each field's fallback, a fresh copy each
 * call (callers may hand it to the store). Written out in fields.ts rather than read from the store's defaults: a
 * link written today must mean the same thing after the app's defaults change.
 */
export function defaultSetup(): Setup {
  const setup: Partial<Record<keyof Setup, unknown>> = {};
  for (const field of SETUP_FIELDS) {
    const value = field.fallback();
    if (value !== undefined) setup[field.key] = value;
  }
  return setup as Setup;
}
