import { SETUP_FIELDS } from './fields';
import type { AnySetupField, SetupField } from './field';
import type { Setup, SetupKey } from './setup';

/** What is wrong with one field's value, as words (empty when valid). */
export function fieldProblems<K extends SetupKey>(field: SetupField<K>, setup: Setup): string[] {
  return field.problems(setup[field.key], setup);
}

/**
 * Checks a setup by the store's own rules, field by field (the table's, the settings fields', the view's): the one
 * validator. Returns what is wrong, empty when the setup is valid. Every reader (link, file, saved table) only
 * ever produces setups that pass; tests hold them to that.
 */
export function setupProblems(setup: Setup): string[] {
  return SETUP_FIELDS.flatMap((field: AnySetupField) => fieldProblems(field as SetupField<typeof field.key>, setup));
}
