import puppeteer from 'puppeteer-core';
import { enginePaths } from '../../scripts/engine-paths.mjs';
import type { EngineDriver } from './driver';
import { VIEWPORT } from './viewport';


/** Firefox, headless, driven over WebDriver BiDi by puppeteer-core (which downloads no browser of its own). */
export async function launchFirefox(): Promise<EngineDriver> {
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath: enginePaths().firefox, headless: true });
  const page = await browser.newPage();
  await page.setViewport(VIEWPORT);
  return {
    version: await browser.version(),
    goto: async (url) => void (await page.goto(url)),
    reload: async () => void (await page.reload()),
    evaluate: async <T>(expression: string) => (await page.evaluate(expression)) as T,
    click: (selector) => page.click(selector),
    screenshot: async (path) => void (await page.screenshot({ path: path as `${string}.png` })),
    close: () => browser.close(),
  };
}
