// Makes sure a Chromium exists for the end-to-end tests. Playwright cannot download browsers on these
// machines, so as root on Debian we install Debian's `chromium` package; elsewhere Playwright's own installer.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { chromiumExecutable } from './chromium-path.mjs';

function playwrightHasChromium() {
  const cache = process.env.PLAYWRIGHT_BROWSERS_PATH || join(homedir(), '.cache', 'ms-playwright');
  return existsSync(cache) && readdirSync(cache).some((name) => name.startsWith('chromium'));
}

const found = chromiumExecutable();
if (found) {
  console.log(`ensure-chromium: using ${found}`);
} else if (playwrightHasChromium()) {
  console.log("ensure-chromium: using Playwright's own Chromium");
} else if (process.getuid?.() === 0 && existsSync('/etc/debian_version')) {
  console.log("ensure-chromium: installing Debian's chromium package");
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
} else {
  console.log("ensure-chromium: installing Playwright's Chromium");
  execSync('npx playwright install chromium', { stdio: 'inherit' });
}
