import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { clickToolbarButton, type ExtensionBrowser, SCREENSHOT_DIR } from '../../testing/extension-browser';
import type { FixtureServer } from '../../testing/fixture-server';

// The browser and the fixture server live in testing/ (bench/ and scripts/ use them too); the e2e tests read them here.
export {
  CHROME_EXTENSION_DIR,
  clickToolbarButton,
  type ExtensionBrowser,
  findChromium,
  launchWithExtension,
  newProfileDir,
  removeProfile,
  SCREENSHOT_DIR,
  withBrowser,
} from '../../testing/extension-browser';
export { type FixtureServer, serveFixtures } from '../../testing/fixture-server';

const ROOT = resolve(import.meta.dirname, '../..');

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
