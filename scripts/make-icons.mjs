// Renders public/icon/*.png from the SVG below with Debian's Chromium. Run by hand when the logo changes.
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';

const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 128 128">
  <rect x="4" y="4" width="120" height="120" rx="28" fill="#0b6bcb"/>
  <circle cx="64" cy="46" r="20" fill="#fff"/>
  <path d="M26 104c4-22 20-34 38-34s34 12 38 34z" fill="#fff"/>
  <path d="M86 18h22v22" fill="none" stroke="#ffd166" stroke-width="10" stroke-linecap="round" stroke-linejoin="round"/>
</svg>`;

mkdirSync('public/icon', { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
const page = await browser.newPage();
for (const size of [16, 32, 48, 128]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}</style>${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}`,
  );
  await page.screenshot({ path: `public/icon/${size}.png`, omitBackground: true });
}
await browser.close();
