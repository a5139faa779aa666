// Renders the app icons (public/icons/*.png) from public/favicon.svg with Chromium, so the PNGs in the repo can
// be remade after a change to the drawing: `node scripts/make-icons.mjs`.
// "any" icons keep the rounded square with transparent corners; the maskable and Apple icons are full bleed,
// because the platform cuts its own shape (the artwork sits inside the 80% safe circle they require).
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from './chromium-path.mjs';

const publicDir = fileURLToPath(new URL('../public/', import.meta.url));
const rounded = await readFile(`${publicDir}favicon.svg`, 'utf8');
const fullBleed = rounded.replace(' rx="96"', '');
if (fullBleed === rounded) throw new Error('favicon.svg changed: cannot find the rounded background rect');

const outputs = [
  { file: 'icons/icon-192.png', size: 192, svg: rounded },
  { file: 'icons/icon-512.png', size: 512, svg: rounded },
  { file: 'icons/maskable-512.png', size: 512, svg: fullBleed },
  { file: 'icons/apple-touch-icon-180.png', size: 180, svg: fullBleed },
];

const executablePath = chromiumExecutable();
const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS });
try {
  for (const { file, size, svg } of outputs) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const sized = svg.replace('<svg ', `<svg width="${size}" height="${size}" `);
    await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block}</style>${sized}`);
    await page.screenshot({ path: `${publicDir}${file}`, omitBackground: true });
    await page.close();
    console.log(`${file} ${size}x${size}`);
  }
} finally {
  await browser.close();
}
