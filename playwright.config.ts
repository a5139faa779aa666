import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from './scripts/chromium-path.mjs';

const executablePath = chromiumExecutable();
// E2E_PORT and E2E_DIST let several people test their own builds side by side on one machine.
const PORT = Number(process.env.E2E_PORT ?? 4173);
const DIST = process.env.E2E_DIST ?? 'dist';

const browser = {
  ...devices['Desktop Chrome'],
  viewport: { width: 1280, height: 720 },
  launchOptions: { ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS },
};

// The end-to-end tests run against the production build, served as users get it (`vite preview`).
export default defineConfig({
  testDir: './e2e',
  // Specs that import the app's own modules (constants, the core) get English stand-ins for the Lingui macros.
  tsconfig: './tsconfig.e2e.json',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  // No retries anywhere: a test that passes only on its second try is a defect to fix, not to hide.
  retries: 0,
  // Assertions wait up to 15 s, not Playwright's 5: on a machine whose cores are busy with other work the first
  // frame after a load can take longer than 5 s (seen: paced-drawing's first check). A bound, not a timing: no
  // test asserts how fast anything is.
  expect: { timeout: 15_000 },
  workers: 2,
  timeout: 60_000,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    trace: 'retain-on-failure',
    viewport: { width: 1280, height: 720 },
    // The tests find controls by their English names: the browser says English whatever the machine's language
    // (e2e/languages.spec.ts opens the other languages itself).
    locale: 'en-US',
  },
  // No test times anything (the main thread's speed is `npm run bench:browser`), so every spec runs alongside the others.
  projects: [{ name: 'chromium', use: browser }],
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort --outDir ${DIST}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
