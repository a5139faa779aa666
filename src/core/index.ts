export { CoreRangeError, valueText, type CoreProblem } from './coreProblem';
export { MAX_SEED, assertSeed } from './seed';
export { createNumpyRandom, randomSample, type NumpyRandom } from './random';
export { initialWeights } from './initialWeights';
export { sigmoid, sigmoidSlope, errorSignal, weightedSum, rowWeightedSum, neuronOutput, rowPassOf, meanSquaredError, type RowPass } from './neuronMath';
export { MAX_ROWS, validateTable, assertLearningRate, type PackedTable } from './validateTable';
export {
  createTrainer,
  TrainingDivergedError,
  type Trainer,
  type TrainerOptions,
  type StepRecord,
} from './trainer';
export { MAX_ITERATION, MAX_STEPS_PER_CALL } from './iterationLimits';
export {
  MAX_SEGMENTS,
  assertRunPlan,
  segmentIndexAt,
  segmentsAfterEdit,
  sameSegments,
  sameTraining,
  singleSegmentPlan,
  type RunPlan,
  type RunSegment,
} from './runPlan';
export { createPlanTrainer, type PlanTrainer } from './planTrainer';
