import { MAX_ITERATION, type SetupSegment, type Speed, type ToWorker, type TrainingSetup } from './protocol';
import { assertSeriesRequest, type SeriesRequest } from '../core/historySampling';

/**
 * Checks the shape of a message before the session acts on it. The page is ours, so a bad message means a bug:
 * the worker answers `rejected` with this message and keeps its state rather than failing somewhere deeper.
 * The values of a setup (table, seed, learning rate) are checked by the core itself when the run is built.
 */
export type ReadCommand = { ok: true; command: ToWorker } | { ok: false; command: string; message: string };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const isWhole = (value: unknown, min: number, max: number): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
const isNumberArray = (value: unknown): value is number[] => Array.isArray(value) && value.every((v) => typeof v === 'number');

function checkSpeed(value: unknown): value is Speed {
  return typeof value === 'number' && value > 0;
}

function readSegment(value: unknown, at: number): SetupSegment | string {
  const name = `later segment ${at + 1}`;
  if (!isRecord(value)) return `${name} is missing`;
  const { from, inputs, targets, learningRate } = value;
  if (typeof from !== 'number') return `${name}'s iteration must be a number`;
  if (!Array.isArray(inputs) || !inputs.every(isNumberArray)) return `${name}'s inputs must be rows of numbers`;
  if (!isNumberArray(targets)) return `${name}'s targets must be numbers`;
  if (typeof learningRate !== 'number') return `${name}'s learning rate must be a number`;
  return { from, inputs, targets, learningRate };
}

function readSetup(value: unknown): TrainingSetup | string {
  if (!isRecord(value)) return 'the setup is missing';
  const { inputs, targets, seed, learningRate, testInput, later } = value;
  if (!Array.isArray(inputs) || !inputs.every(isNumberArray)) return 'the inputs must be rows of numbers';
  if (!isNumberArray(targets)) return 'the targets must be numbers';
  if (typeof seed !== 'number') return 'the seed must be a number';
  if (typeof learningRate !== 'number') return 'the learning rate must be a number';
  if (!isNumberArray(testInput)) return 'the test input must be numbers';
  if (later === undefined) return { inputs, targets, seed, learningRate, testInput };
  if (!Array.isArray(later)) return 'the later segments must be a list';
  const segments: SetupSegment[] = [];
  for (const [at, item] of later.entries()) {
    const segment = readSegment(item, at);
    if (typeof segment === 'string') return segment;
    segments.push(segment);
  }
  return { inputs, targets, seed, learningRate, testInput, later: segments };
}

export function readCommand(data: unknown): ReadCommand {
  if (!isRecord(data) || typeof data.type !== 'string') return { ok: false, command: 'unknown', message: 'The message has no type.' };
  const type = data.type;
  const fail = (why: string): ReadCommand => ({ ok: false, command: type, message: `The ${type} command is malformed: ${why}.` });
  const speedRule = 'the speed must be a number of iterations per second above 0';
  const iterationRule = `the iteration must be a whole number from 0 to ${MAX_ITERATION}`;
  switch (type) {
    case 'load': {
      const setup = readSetup(data.setup);
      if (typeof setup === 'string') return fail(setup);
      if (data.iteration !== null && !isWhole(data.iteration, 0, MAX_ITERATION)) return fail(`${iterationRule}, or null`);
      if (data.running !== null && typeof data.running !== 'boolean') return fail('running must be true, false or null');
      if (!checkSpeed(data.speed)) return fail(speedRule);
      const load = { type, setup, iteration: data.iteration, running: data.running, speed: data.speed } as const;
      if (data.from === undefined) return { ok: true, command: load };
      if (!isRecord(data.from) || !isWhole(data.from.iteration, 0, MAX_ITERATION) || !isNumberArray(data.from.weights)) {
        return fail(`from must be an iteration from 0 to ${MAX_ITERATION} and its weights, or left out`);
      }
      return { ok: true, command: { ...load, from: { iteration: data.from.iteration, weights: data.from.weights } } };
    }
    case 'step':
      if (!isWhole(data.count, -MAX_ITERATION, MAX_ITERATION) || data.count === 0) {
        return fail(`the count must be a whole number from -${MAX_ITERATION} to ${MAX_ITERATION}, not 0`);
      }
      return { ok: true, command: { type, count: data.count } };
    case 'run':
      if (!checkSpeed(data.speed)) return fail(speedRule);
      if (data.until === undefined) return { ok: true, command: { type, speed: data.speed } };
      if (!isWhole(data.until, 0, MAX_ITERATION)) return fail(`until must be a whole number from 0 to ${MAX_ITERATION}, or left out`);
      return { ok: true, command: { type, speed: data.speed, until: data.until } };
    case 'setSpeed':
      if (!checkSpeed(data.speed)) return fail(speedRule);
      return { ok: true, command: { type, speed: data.speed } };
    case 'seek':
      if (!isWhole(data.iteration, 0, MAX_ITERATION)) return fail(iterationRule);
      return { ok: true, command: { type, iteration: data.iteration } };
    case 'setSeries': {
      if (!isRecord(data.request)) return fail('the request is missing');
      const request = { scale: data.request.scale, points: data.request.points } as SeriesRequest;
      try {
        assertSeriesRequest(request);
      } catch (error) {
        return fail((error as Error).message.replace(/\.$/, ''));
      }
      return { ok: true, command: { type, request } };
    }
    case 'ping':
      if (typeof data.id !== 'number') return fail('the id must be a number');
      return { ok: true, command: { type, id: data.id } };
    case 'pause':
    case 'reset':
    case 'frameDrawn':
      return { ok: true, command: { type } };
    default:
      return { ok: false, command: type, message: `The worker does not know the command "${type}".` };
  }
}
