import { defineConfig } from '@playwright/test';

// `npm run test:engines`: the lesson's journey in Firefox and in WebKit, against the production build (dist/, or
// E2E_DIST). Each test serves the build itself and drives its own browser (e2e/engines/), so Playwright's
// browsers and web server are not used; one at a time, as the engines would measure each other on two cores.
export default defineConfig({
  testDir: './e2e/engines',
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 1,
  timeout: 180_000,
  reporter: [['list']],
  projects: [
    { name: 'engines', testMatch: /\.journey\.ts$/ },
    // `npm run bench:engines`: figures, no assertions.
    { name: 'bench', testMatch: /\.bench\.ts$/ },
  ],
});
