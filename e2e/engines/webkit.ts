import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { Builder, By, type WebDriver } from 'selenium-webdriver';
import { enginePaths } from '../../scripts/engine-paths.mjs';
import type { EngineDriver } from './driver';
import { VIEWPORT } from './viewport';


async function freePort(): Promise<number> {
  return await new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** WebKitGTK's browser needs an X display: without one, a virtual one (Xvfb) for as long as the driver lives. */
async function virtualDisplay(): Promise<{ display: string; stop(): void } | null> {
  if (process.env.DISPLAY) return null;
  const xvfb = spawn(enginePaths().xvfb, ['-displayfd', '3', '-screen', '0', '1400x900x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'ignore', 'inherit', 'pipe'] });
  const display = await new Promise<string>((resolve, reject) => {
    xvfb.on('error', (error) => reject(new Error(`Xvfb could not start (Debian: apt-get install xvfb): ${error.message}`)));
    xvfb.stdio[3]!.on('data', (data: Buffer) => resolve(`:${data.toString().trim()}`));
  });
  return { display, stop: () => void xvfb.kill() };
}

async function waitForDriver(url: string, process: ChildProcess): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    if (process.exitCode !== null) throw new Error(`WebKitWebDriver exited with code ${process.exitCode}`);
    try {
      if ((await fetch(`${url}/status`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`WebKitWebDriver did not answer at ${url}`);
}

/** Makes the page's viewport (not the window) the given size: the window's frame differs between window managers. */
async function sizeViewport(driver: WebDriver, size: { width: number; height: number } = VIEWPORT): Promise<void> {
  await driver.manage().window().setRect({ width: size.width, height: size.height });
  const [innerWidth, innerHeight] = await driver.executeScript<[number, number]>('return [innerWidth, innerHeight]');
  await driver.manage().window().setRect({ width: 2 * size.width - innerWidth, height: 2 * size.height - innerHeight });
}

/** WebKitGTK's MiniBrowser under WebKitWebDriver, driven by selenium-webdriver (classic WebDriver over HTTP). */
export async function launchWebKit(): Promise<EngineDriver> {
  const screen = await virtualDisplay();
  const port = await freePort();
  const server = spawn(enginePaths().webkitDriver, [`--port=${port}`], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, ...(screen ? { DISPLAY: screen.display } : {}) },
  });
  const stop = () => {
    server.kill();
    screen?.stop();
  };
  try {
    await waitForDriver(`http://127.0.0.1:${port}`, server);
    const driver = await new Builder()
      .usingServer(`http://127.0.0.1:${port}`)
      .withCapabilities({ browserName: 'MiniBrowser', 'webkitgtk:browserOptions': { binary: enginePaths().miniBrowser, args: ['--automation'] } })
      .build();
    await sizeViewport(driver);
    const version = await driver.executeScript<string>('return navigator.userAgent');
    return {
      version: `WebKitGTK (${version})`,
      goto: (url) => driver.get(url),
      reload: () => driver.navigate().refresh(),
      // WebDriver's Execute Script awaits a returned promise.
      evaluate: <T>(expression: string) => driver.executeScript<T>(`return (${expression});`),
      click: async (selector) => await driver.findElement(By.css(selector)).click(),
      screenshot: async (path) => {
        const { writeFile } = await import('node:fs/promises');
        await writeFile(path, Buffer.from(await driver.takeScreenshot(), 'base64'));
      },
      close: async () => {
        try {
          await driver.quit();
        } finally {
          stop();
        }
      },
    };
  } catch (error) {
    stop();
    throw error;
  }
}
