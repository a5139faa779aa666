import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from './scripts/chromium-path.mjs';

const executablePath = chromiumExecutable();
// E2E_PORT and E2E_DIST let several people test their own builds side by side on one machine.
const PORT = Number(process.env.E2E_PORT ?? 4173);
const DIST = process.env.E2E_DIST ?? 'dist';

const TIMING_SPECS = /engine\.spec\.ts$/;

const browser = {
  ...devices['Desktop Chrome'],
  viewport: { width: 1280, height: 720 },
  launchOptions: { ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS },
};

// The end-to-end tests run against the production build, served as users get it (`vite preview`).
export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  // No retries anywhere: a test that passes only on its second try is a defect to fix, not to hide.
  retries: 0,
  workers: 2,
  timeout: 60_000,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    trace: 'retain-on-failure',
    viewport: { width: 1280, height: 720 },
  },
  // Specs that measure the main thread (long tasks, frame rates) run last and alone: two browsers side by side
  // on a 2-core machine would measure each other, not the app.
  projects: [
    { name: 'chromium', use: browser, testIgnore: TIMING_SPECS },
    { name: 'timing', use: browser, testMatch: TIMING_SPECS, dependencies: ['chromium'], fullyParallel: false },
  ],
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort --outDir ${DIST}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
