import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';

/**
 * Chromium with the built extension loaded: what the e2e tests, the benchmarks
 * and `npm start` all drive. It lives outside tests/ so that bench/ and scripts/
 * never import a test file.
 */

// The popup and side panel are separate targets; this makes them arrive as Playwright pages.
process.env.PW_CHROMIUM_ATTACH_TO_OTHER = '1';

const ROOT = resolve(import.meta.dirname, '..');
export const CHROME_EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');
export const SCREENSHOT_DIR = join(ROOT, 'test-results');

/** Flags every Chromium we launch gets: no sandbox (containers), no GPU, nothing that calls home. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Debian's Chromium, or $CHROME_PATH. Never downloads a browser. */
export function findChromium(): string {
  const path = process.env.CHROME_PATH || '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(
      `No Chromium at ${path}: install it with \`sudo apt-get install -y chromium\` (Debian/Ubuntu) or set CHROME_PATH to a Chromium or Chrome binary.`,
    );
  }
  return path;
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  profileDir: string;
  close(): Promise<void>;
}

export function newProfileDir(): string {
  return mkdtempSync(join(tmpdir(), 'leadclip-e2e-'));
}

/** Chromium with the built extension loaded, on the given profile (a fresh one unless you pass one to reuse). */
/**
 * A copy of the built extension with some optional host permissions already
 * granted — what the rep's "Allow" in Chrome's permission dialog gives. Headless
 * Chromium cannot show that dialog, so tests of auto-detect start from here.
 */
function extensionWithGrantedHosts(hosts: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'leadclip-ext-'));
  cpSync(CHROME_EXTENSION_DIR, dir, { recursive: true });
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, unknown>;
  manifest.host_permissions = hosts;
  writeFileSync(manifestPath, JSON.stringify(manifest));
  return dir;
}

export async function launchWithExtension(
  profileDir = newProfileDir(),
  options: { headless?: boolean; grantedHosts?: string[] } = {},
): Promise<ExtensionBrowser> {
  if (!existsSync(join(CHROME_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension at ${CHROME_EXTENSION_DIR}: run \`npm run build\` first.`);
  }
  const extensionDir = options.grantedHosts ? extensionWithGrantedHosts(options.grantedHosts) : CHROME_EXTENSION_DIR;
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: findChromium(),
    headless: options.headless ?? true,
    viewport: options.headless === false ? null : { width: 1200, height: 800 },
    args: [
      // Playwright adds --disable-extensions; this is what lets ours load.
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      ...CHROMIUM_FLAGS,
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    profileDir,
    close: async () => {
      await context.close();
      if (extensionDir !== CHROME_EXTENSION_DIR) rmSync(extensionDir, { recursive: true, force: true });
    },
  };
}

export function removeProfile(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** A fresh profile with the extension, for one story; closed and removed whatever happens. */
export async function withBrowser(
  options: Parameters<typeof launchWithExtension>[1],
  run: (b: ExtensionBrowser) => Promise<void>,
): Promise<void> {
  const b = await launchWithExtension(undefined, options);
  try {
    await run(b);
  } finally {
    await b.close();
    removeProfile(b.profileDir);
  }
}

const POPUP_WAIT_MS = 8_000;
const POPUP_ATTEMPTS = 3;

/**
 * Opens the popup the way a toolbar click does, which is what grants activeTab
 * for the page. `action.openPopup()` or popup.html in a tab would not.
 */
export async function clickToolbarButton(b: ExtensionBrowser, page: Page): Promise<Page> {
  await page.bringToFront();
  const browser = b.context.browser();
  if (!browser) throw new Error('No browser behind this context');
  const cdp = await browser.newBrowserCDPSession();
  try {
    const { targetInfos } = (await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] })) as {
      targetInfos: { targetId: string; type: string; url: string }[];
    };
    const tab = targetInfos.find((t) => t.type === 'tab' && t.url === page.url());
    if (!tab) throw new Error(`No tab target for ${page.url()}`);
    const isPopup = (p: Page) => p.url().endsWith('/popup.html');
    // Now and then Chromium drops a toolbar click that comes while the tab is still settling, and no
    // popup opens: click again, as a rep would, unless the popup did open after all.
    for (let attempt = 1; ; attempt++) {
      const popup = b.context
        .waitForEvent('page', { predicate: isPopup, timeout: POPUP_WAIT_MS })
        .catch(() => undefined);
      await cdp.send('Extensions.triggerAction', { id: b.extensionId, targetId: tab.targetId });
      const opened = (await popup) ?? b.context.pages().find(isPopup);
      if (opened) return opened;
      if (attempt >= POPUP_ATTEMPTS)
        throw new Error(`No popup opened after ${attempt} toolbar clicks on ${page.url()}`);
    }
  } finally {
    await cdp.detach();
  }
}
