// Makes sure `npm run test:engines` has its browsers: Firefox (Debian's firefox-esr) and WebKitGTK
// (webkit2gtk-driver), with Xvfb when there is no display. As root on Debian it installs the missing packages
// with apt-get; anywhere else it says what to install and stops, since neither browser can be downloaded here
// by the test tools (puppeteer-core and selenium-webdriver download nothing).
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { DEBIAN_PACKAGES, enginePaths } from './engine-paths.mjs';

const paths = enginePaths();
const needed = Object.entries(paths).filter(([what]) => what !== 'xvfb' || !process.env.DISPLAY);
const missing = needed.filter(([, path]) => !existsSync(path));

if (missing.length === 0) {
  for (const [what, path] of needed) console.log(`ensure-engines: ${what} ${path}`);
} else {
  const packages = [...new Set(missing.map(([what]) => DEBIAN_PACKAGES[what]))];
  if (process.getuid?.() === 0 && existsSync('/etc/debian_version')) {
    console.log(`ensure-engines: installing Debian's ${packages.join(', ')}`);
    execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${packages.join(' ')}`, { stdio: 'inherit' });
  } else {
    console.error(
      [
        `ensure-engines: missing ${missing.map(([what, path]) => `${what} (${path})`).join(', ')}.`,
        `On Debian or Ubuntu, as root: apt-get install ${packages.join(' ')}.`,
        'Elsewhere: a Firefox 128 or newer (FIREFOX_PATH=...), WebKitGTK 2.40 or newer with its WebKitWebDriver and',
        'MiniBrowser (WEBKIT_DRIVER_PATH=..., MINIBROWSER_PATH=...), and an X display or Xvfb (XVFB_PATH=...).',
        'macOS has no WebKitGTK: its Safari needs safaridriver, which these tests do not drive.',
      ].join('\n'),
    );
    process.exit(1);
  }
}
