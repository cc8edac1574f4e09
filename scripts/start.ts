// `npm start`: serves the demo team page on 127.0.0.1 and opens Chromium with the built
// extension loaded on it. Headed where there is a display, headless (and says so) where not.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { clickToolbarButton, launchWithExtension, SCREENSHOT_DIR } from '../testing/extension-browser';
import { serveFixtures } from '../testing/fixture-server';

const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const profileDir = join(process.cwd(), '.data/demo-profile');
mkdirSync(profileDir, { recursive: true });

const site = await serveFixtures([join(process.cwd(), 'demo')]);
const browser = await launchWithExtension(profileDir, { headless });
const page = browser.context.pages()[0] ?? (await browser.context.newPage());
await page.goto(site.url('team.html'));

console.log(`LeadClip is loaded in Chromium (extension id ${browser.extensionId}).`);
console.log(`Demo page: ${site.url('team.html')}`);
if (headless) {
  // No display: show what a rep would see by opening the popup once and saving a picture of it.
  const popup = await clickToolbarButton(browser, page);
  await popup.getByTestId('candidate').first().waitFor();
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await popup.screenshot({ path: join(SCREENSHOT_DIR, 'demo-popup.png') });
  await popup.close();
  console.log(
    `No display found, so Chromium runs headless. The popup on the demo page: ${join(SCREENSHOT_DIR, 'demo-popup.png')}`,
  );
} else {
  console.log(
    'Click the LeadClip button in the toolbar (pin it from the puzzle-piece menu) to see the people on the page.',
  );
}
console.log('Press Ctrl+C to quit.');

const stop = async () => {
  await browser.close().catch(() => undefined);
  await site.close();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
browser.context.on('close', () => void stop());
