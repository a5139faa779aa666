// One run's setup, declared once (fields.ts): its type, defaults, the one validator, reading it from the store,
// the state file's body, and the one way to apply it. The link codec (../url) is built on the same fields.
export type { Setup, SetupKey, FileProblem, Json, JsonObject } from './setup';
export type { SetupField, AnySetupField, LinkSpelling, FileSpelling, Read } from './field';
export { SETUP_FIELDS, SETUP_KEYS, setupField } from './fields';
export { defaultSetup } from './defaults';
export { setupProblems, fieldProblems } from './validate';
export { setupOf, setupChanged, setupEdited, otherRunChanged } from './fromStore';
export { setupDocument, readSetupDocument, runDocument, readRunDocument, RUN_B_KEY, type FileSetup, type ReadSetupDocument } from './file';
export { applySetup, applyPreset, presetOf, type ApplyOptions, type SetupToApply } from './apply';
export { STATE_FILE_NAME, STATE_FORMAT, STATE_VERSION, readStateFile, stateJson, type ReadStateFile } from './stateFile';
