import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';

// The popup and side panel are separate targets; this makes them arrive as Playwright pages.
process.env.PW_CHROMIUM_ATTACH_TO_OTHER = '1';

const ROOT = resolve(import.meta.dirname, '../..');
export const CHROME_EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');
export const SCREENSHOT_DIR = join(ROOT, 'test-results');

const CHROMIUM_FLAGS = [
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

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.vcf': 'text/vcard; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

export interface FixtureServer {
  url(path: string): string;
  close(): Promise<void>;
}

/** Serves the demo page and tests/fixtures/pages on 127.0.0.1, as a web site would. */
export async function serveFixtures(
  dirs = [join(ROOT, 'tests/fixtures/pages'), join(ROOT, 'demo')],
): Promise<FixtureServer> {
  const server: Server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(
      /^(\.\.[/\\])+/,
      '',
    );
    for (const dir of dirs) {
      const file = join(dir, path);
      if (file.startsWith(dir) && existsSync(file) && !file.endsWith('/')) {
        try {
          const body = readFileSync(file);
          res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
          res.end(body);
          return;
        } catch {
          // a directory: fall through to 404
        }
      }
    }
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('not found');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}/${path.replace(/^\//, '')}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
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
    const popup = b.context.waitForEvent('page', { predicate: (p) => p.url().endsWith('/popup.html') });
    await cdp.send('Extensions.triggerAction', { id: b.extensionId, targetId: tab.targetId });
    return await popup;
  } finally {
    await cdp.detach();
  }
}

/** Clicks "Open workspace" in the popup (a user gesture, as sidePanel.open requires) and returns the side panel. */
export async function openWorkspaceFromPopup(b: ExtensionBrowser, popup: Page): Promise<Page> {
  const panel = b.context.waitForEvent('page', { predicate: (p) => p.url().endsWith('/sidepanel.html') });
  await popup.getByRole('button', { name: 'Open workspace' }).click();
  return panel;
}

/** The few extension APIs tests read from inside the service worker. */
interface WorkerChrome {
  tabs: { query(q: { url: string }): Promise<{ id?: number }[]> };
  action: { getBadgeText(d: { tabId: number }): Promise<string> };
  scripting: { getRegisteredContentScripts(): Promise<unknown[]> };
}

/** The toolbar badge of the tab showing `url`: what the rep sees next to the LeadClip button. */
export async function badgeText(b: ExtensionBrowser, url: string): Promise<string> {
  const sw = await serviceWorker(b);
  return sw.evaluate(async (pageUrl) => {
    const { chrome } = globalThis as unknown as { chrome: WorkerChrome };
    const [tab] = await chrome.tabs.query({ url: pageUrl });
    return tab?.id === undefined ? '' : chrome.action.getBadgeText({ tabId: tab.id });
  }, url);
}

/** How many content scripts the extension registered for auto-detect sites. */
export async function registeredContentScripts(b: ExtensionBrowser): Promise<number> {
  const sw = await serviceWorker(b);
  return sw.evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: WorkerChrome };
    return (await chrome.scripting.getRegisteredContentScripts()).length;
  });
}

/** The extension's service worker, to read what a rep sees outside pages (the toolbar badge). */
export async function serviceWorker(b: ExtensionBrowser) {
  return b.context.serviceWorkers()[0] ?? (await b.context.waitForEvent('serviceworker'));
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

/**
 * The start of most workspace stories: the demo team page, a toolbar click, **Capture all**, then
 * **Open workspace**. Waits with locators, so it also works in beforeAll (expect.poll does not).
 */
export async function captureDemoTeamIntoWorkspace(b: ExtensionBrowser, site: FixtureServer): Promise<Page> {
  const page = await b.context.newPage();
  await page.goto(site.url('team.html'));
  const popup = await clickToolbarButton(b, page);
  await popup.getByRole('button', { name: /Capture all/ }).click();
  await popup.getByTestId('capture-status').filter({ hasText: /4/ }).waitFor();
  const panel = await openWorkspaceFromPopup(b, popup);
  await panel.getByTestId('lead-count').filter({ hasText: /^4$/ }).waitFor();
  return panel;
}

interface CdpNode {
  nodeId: number;
  nodeType: number;
  nodeName: string;
  nodeValue?: string;
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
}

function findNode(node: CdpNode, name: string): CdpNode | undefined {
  if (node.nodeName === name) return node;
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) {
    const hit = findNode(child, name);
    if (hit) return hit;
  }
  return undefined;
}

const TEXT_NODE = 3;
const textOf = (node: CdpNode): string =>
  node.nodeType === TEXT_NODE ? (node.nodeValue ?? '') : (node.children ?? []).map(textOf).join('');

/**
 * LeadClip's in-page button, as the rep sees it. It lives in a closed shadow root, which neither page
 * script nor Playwright's selectors enter; DevTools does (DOM.getDocument with pierce), so the test reads
 * its text there and clicks it with the mouse at its place on screen: a real, trusted click.
 */
export function inPageButton(page: Page) {
  const find = async () => {
    const cdp = await page.context().newCDPSession(page);
    try {
      const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
      const host = findNode(root, 'LEADCLIP-UI');
      const button = host ? findNode(host, 'BUTTON') : undefined;
      if (!button) return undefined;
      const { model } = (await cdp.send('DOM.getBoxModel', { nodeId: button.nodeId })) as {
        model: { content: number[] };
      };
      const [x1 = 0, y1 = 0, , , x3 = 0, y3 = 0] = model.content;
      return { text: textOf(button), x: (x1 + x3) / 2, y: (y1 + y3) / 2 };
    } finally {
      await cdp.detach();
    }
  };
  return {
    /** The button's text, or '' while there is none. */
    text: async () => (await find())?.text ?? '',
    count: async () => ((await find()) ? 1 : 0),
    click: async () => {
      const button = await find();
      if (!button) throw new Error(`No LeadClip button on ${page.url()}`);
      await page.mouse.click(button.x, button.y);
    },
  };
}

/**
 * Serves a saved page at its real address (https://www.linkedin.com/in/…, a company's site) by
 * intercepting the browser's requests: the tab's address is the real one, as on the web, so site
 * adapters are tested on what they will see rather than on a page's own claim of where it lives.
 */
export async function serveAtRealAddress(context: BrowserContext, pages: Record<string, string>): Promise<void> {
  for (const [address, file] of Object.entries(pages)) {
    const body = readFileSync(file);
    await context.route(address, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }),
    );
  }
}

/** A fixture page's path, for serveAtRealAddress. */
export const fixturePage = (name: string): string => join(ROOT, 'tests/fixtures/pages', name);
