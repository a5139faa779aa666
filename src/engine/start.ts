// Imported once by main.tsx: the app's one training engine, connected to the app's one store.
import { labStore } from '../state';
import { createEngine } from './engine';

createEngine(labStore);
