// Where `npm run test:engines` finds its browsers: environment variables, else Debian's packages.
// firefox-esr: Firefox, driven over WebDriver BiDi by puppeteer-core (no geckodriver needed).
// webkit2gtk-driver: WebKitWebDriver and the MiniBrowser it starts (WebKitGTK). xvfb: a display for it.

const MULTIARCH = { x64: 'x86_64-linux-gnu', arm64: 'aarch64-linux-gnu', arm: 'arm-linux-gnueabihf', ia32: 'i386-linux-gnu' };

export function enginePaths() {
  return {
    firefox: process.env.FIREFOX_PATH || '/usr/bin/firefox-esr',
    webkitDriver: process.env.WEBKIT_DRIVER_PATH || '/usr/bin/WebKitWebDriver',
    miniBrowser: process.env.MINIBROWSER_PATH || `/usr/lib/${MULTIARCH[process.arch] ?? 'x86_64-linux-gnu'}/webkit2gtk-4.1/MiniBrowser`,
    xvfb: process.env.XVFB_PATH || '/usr/bin/Xvfb',
  };
}

/** The Debian package that provides each of them. */
export const DEBIAN_PACKAGES = { firefox: 'firefox-esr', webkitDriver: 'webkit2gtk-driver', miniBrowser: 'webkit2gtk-driver', xvfb: 'xvfb' };
