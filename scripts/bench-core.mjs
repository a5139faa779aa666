// Builds the TypeScript benchmark with Vite (Node 20 cannot run .ts itself), then runs it in this process.
import { build } from 'vite';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const entry = process.argv[2] ?? 'scripts/bench/core-bench.ts';
const outDir = resolve(root, '.bench');
await build({
  root,
  configFile: false,
  logLevel: 'warn',
  build: { ssr: entry, outDir, emptyOutDir: true, minify: false, target: 'node20', rollupOptions: { output: { format: 'es', entryFileNames: '[name].mjs' } } },
});
const name = entry.split('/').pop().replace(/\.ts$/, '.mjs');
await import(pathToFileURL(resolve(outDir, name)).href);
