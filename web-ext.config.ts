import { defineWebExtConfig } from 'wxt';

// `npm run dev` opens a browser with the extension; without a display it must run headless or it crashes.
const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;

export default defineWebExtConfig({
  binaries: { chrome: process.env.CHROME_PATH ?? '/usr/bin/chromium' },
  chromiumArgs: [
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    ...(headless ? ['--headless=new', '--no-sandbox', '--disable-gpu'] : []),
  ],
});
