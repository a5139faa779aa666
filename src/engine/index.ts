export { createEngine, setupOf, type Engine } from './engine';
export { browserEngineHost, type EngineHost, type WorkerLike } from './engineHost';
