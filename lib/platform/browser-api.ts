import { type Browser, browser } from 'wxt/browser';
import { request, requestWithReplies } from '../messaging/client';
import type { RequestOf, ResponseOf } from '../messaging/envelope';
import { type PageAsks, pageReplies } from '../messaging/page-messages';
import {
  type BackgroundProtocol,
  backgroundProtocol,
  type ContentProtocol,
  contentProtocol,
} from '../messaging/protocol';

/**
 * The one place that talks to the browser's extension APIs. Chrome and Firefox
 * differ (side panel vs sidebar); the difference stays in this file.
 */

const CONTENT_SCRIPT_FILE = '/content-script.js';

export function askBackground<K extends keyof BackgroundProtocol & string>(
  type: K,
  payload: RequestOf<BackgroundProtocol, K>,
): Promise<ResponseOf<BackgroundProtocol, K>> {
  return request(backgroundProtocol, (m) => browser.runtime.sendMessage(m), type, payload);
}

/** What the content script asks the background: it carries (and parses the reply with) only these messages' replies. */
export function askBackgroundFromPage<K extends PageAsks>(
  type: K,
  payload: RequestOf<BackgroundProtocol, K>,
): Promise<ResponseOf<BackgroundProtocol, K>> {
  return requestWithReplies<BackgroundProtocol, typeof pageReplies, K>(
    pageReplies,
    (m) => browser.runtime.sendMessage(m),
    type,
    payload,
  );
}

export function askTab<K extends keyof ContentProtocol & string>(
  tabId: number,
  type: K,
  payload: RequestOf<ContentProtocol, K>,
): Promise<ResponseOf<ContentProtocol, K>> {
  return request(contentProtocol, (m) => browser.tabs.sendMessage(tabId, m), type, payload);
}

/**
 * The tab the popup acts on: the active tab of the current window. Firefox's toolbar popup lives in
 * the browser's own UI, out of reach of WebDriver BiDi, so the Firefox e2e tests open the popup page
 * in a tab as `popup.html?tab=<id>`; only the e2e build (`--mode e2e`) reads that parameter, and the
 * production build drops the code.
 */
export async function activeTab(): Promise<{ id: number; url: string; title: string } | undefined> {
  const tab = (await targetTabFromPageUrl()) ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  if (tab?.id === undefined) return undefined;
  return { id: tab.id, url: tab.url ?? '', title: tab.title ?? '' };
}

async function targetTabFromPageUrl(): Promise<Browser.tabs.Tab | undefined> {
  if (import.meta.env.MODE !== 'e2e') return undefined;
  // Extension pages only: the background has no document and always means the active tab.
  if (typeof document === 'undefined') return undefined;
  const param = new URLSearchParams(globalThis.location.search).get('tab');
  const id = param ? Number(param) : Number.NaN;
  if (!Number.isInteger(id) || id < 0) return undefined;
  return browser.tabs.get(id).catch(() => undefined);
}

// The reader scripts that carry the site adapters of LinkedIn, webmail, X and GitHub (lib/extract/sites/site-readers.ts).
const SITE_READER_FILES = {
  'linkedin-reader': '/linkedin-reader.js',
  'webmail-reader': '/webmail-reader.js',
  'x-reader': '/x-reader.js',
  'github-reader': '/github-reader.js',
} as const;
// The signature reader, for a page the browser shows as plain text: decided by the page, not its host.
const MAIL_TEXT_READER_FILE = '/mail-text-reader.js';
// The microdata, RDFa and microformats readers, for a page with one of their roots: decided by the page too.
const MARKUP_READER_FILE = '/markup-reader.js';
/** Which reader script, if any, a page on a host needs before the content script. */
export type SiteReaderFor = (host: string) => keyof typeof SITE_READER_FILES | undefined;

/** What chooses a page's reader scripts, from lib/extract (which knows the sites and the markup), given by the caller. */
export interface PageReaders {
  siteReaderFor: SiteReaderFor;
  /** Where a markup reader can start: the markup reader is injected only on a page matching one. */
  markupRootSelectors: readonly string[];
}

type InjectedFile =
  | (typeof SITE_READER_FILES)[keyof typeof SITE_READER_FILES]
  | typeof MAIL_TEXT_READER_FILE
  | typeof MARKUP_READER_FILE
  | typeof CONTENT_SCRIPT_FILE;

interface PageTraits {
  /** The browser shows the page as plain text (its text view). */
  plainText: boolean;
  /** The page has a root a markup reader starts from. */
  markup: boolean;
}

/** What decides the readers a page needs, asked of the page itself in one call. */
async function pageTraits(tabId: number, markupRootSelectors: readonly string[]): Promise<PageTraits> {
  const [answer] = await browser.scripting
    .executeScript({
      target: { tabId },
      func: (selectors: string[]) => ({
        contentType: document.contentType,
        markup: selectors.some((selector) => document.querySelector(selector) !== null),
      }),
      args: [[...markupRootSelectors]],
    })
    .catch(() => []);
  const result: unknown = answer?.result;
  if (typeof result !== 'object' || result === null) return { plainText: false, markup: true };
  const { contentType, markup } = result as { contentType?: unknown; markup?: unknown };
  return {
    plainText: typeof contentType === 'string' && contentType.startsWith('text/plain'),
    // Not known is taken as "may have some": the reader then costs only its size.
    markup: markup !== false,
  };
}

function siteReaderFile(readerFor: SiteReaderFor, host: string): InjectedFile[] {
  const reader = host ? readerFor(host) : undefined;
  return reader ? [SITE_READER_FILES[reader]] : [];
}

/**
 * The site's reader, the markup reader where the page has microdata, RDFa or microformats, and the
 * content script; on a page of no adapter's site that shows plain text, the mail reader.
 */
async function contentScriptFiles(readers: PageReaders, host: string, tabId: number): Promise<InjectedFile[]> {
  const files = siteReaderFile(readers.siteReaderFor, host);
  const traits = await pageTraits(tabId, readers.markupRootSelectors);
  if (files.length === 0 && traits.plainText) files.push(MAIL_TEXT_READER_FILE);
  if (traits.markup) files.push(MARKUP_READER_FILE);
  files.push(CONTENT_SCRIPT_FILE);
  return files;
}

/**
 * Injects the content script into a tab (activeTab grants this after a toolbar click), after the
 * reader script its site needs. Safe to repeat.
 */
export async function injectContentScript(tabId: number, readers: PageReaders): Promise<void> {
  const url = await browser.tabs.get(tabId).then(
    (tab) => tab.url ?? '',
    () => '',
  );
  const host = URL.canParse(url) ? new URL(url).hostname : '';
  await browser.scripting.executeScript({ target: { tabId }, files: await contentScriptFiles(readers, host, tabId) });
}

interface ChromeSidePanel {
  open(options: { windowId: number }): Promise<void>;
}
interface FirefoxSidebarAction {
  open(): Promise<void>;
}

/** Opens the side panel beside the page. Must run inside a user gesture (a click). */
export async function openSidePanel(): Promise<void> {
  const api = browser as unknown as { sidePanel?: ChromeSidePanel; sidebarAction?: FirefoxSidebarAction };
  if (api.sidebarAction) {
    await api.sidebarAction.open();
    return;
  }
  if (api.sidePanel) {
    const win = await browser.windows.getCurrent();
    if (win.id !== undefined) await api.sidePanel.open({ windowId: win.id });
    return;
  }
  await browser.tabs.create({ url: browser.runtime.getURL('/sidepanel.html') });
}

/** Registers a message listener that answers with a promise, in both Chrome and Firefox. */
export function onMessage(
  handle: (message: unknown, sender: { tabId?: number; url?: string }) => Promise<unknown>,
): void {
  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
    const reply = handle(message, { tabId: sender.tab?.id, url: sender.url });
    if (typeof sendResponse === 'function') {
      reply.then(sendResponse);
      return true;
    }
    return reply;
  });
}

const AUTO_DETECT_SCRIPT_ID = 'leadclip-autodetect';

/** Sites the rep turned auto-detect on for: the optional host permissions granted at run time. */
export async function autoDetectOrigins(): Promise<string[]> {
  const { origins = [] } = await browser.permissions.getAll();
  return origins.filter((o) => /^(https?|\*):\/\//.test(o));
}

/**
 * The host permission pattern for a site. Without the port: Firefox accepts and "grants"
 * `http://127.0.0.1:8080/*` but it then matches no page at all (no tab URL, no injection),
 * while a port-less pattern covers every port in both Firefox and Chrome.
 */
export function sitePattern(origin: string): string {
  const { protocol, hostname } = new URL(origin);
  return `${protocol}//${hostname}/*`;
}

/** Asks for one site's permission. Needs a user gesture; Chrome closes the popup while it asks, so the background applies the answer. */
export async function requestAutoDetect(origin: string): Promise<boolean> {
  return browser.permissions.request({ origins: [sitePattern(origin)] });
}

export async function revokeAutoDetect(origin: string): Promise<boolean> {
  return browser.permissions.remove({ origins: [sitePattern(origin)] });
}

export async function hasAutoDetect(origin: string): Promise<boolean> {
  return browser.permissions.contains({ origins: [sitePattern(origin)] });
}

/**
 * Keeps the registered content scripts' matches exactly the sites with auto-detect on: one
 * registration per set of files (the sites that need a reader script get it before the content script).
 */
export async function syncAutoDetectRegistration(readers: PageReaders): Promise<string[]> {
  const origins = await autoDetectOrigins();
  const existing = await browser.scripting.getRegisteredContentScripts();
  const ours = existing.map((s) => s.id).filter((id) => id.startsWith(AUTO_DETECT_SCRIPT_ID));
  if (ours.length > 0) await browser.scripting.unregisterContentScripts({ ids: ours });
  const byFiles = new Map<string, { files: InjectedFile[]; matches: string[] }>();
  for (const origin of origins) {
    // "https://*.example.com/*" → "example.com"; a pattern for every host ("*://*/*") needs no reader.
    const host = /^[^:]+:\/\/(?:\*\.)?([^/*]+)\//.exec(origin)?.[1] ?? '';
    // A registered script cannot ask the page first: the markup reader comes with every one.
    const files = siteReaderFile(readers.siteReaderFor, host);
    files.push(MARKUP_READER_FILE, CONTENT_SCRIPT_FILE);
    const key = files.join(' ');
    const group = byFiles.get(key) ?? { files, matches: [] };
    group.matches.push(origin);
    byFiles.set(key, group);
  }
  if (byFiles.size > 0) {
    await browser.scripting.registerContentScripts(
      [...byFiles.values()].map(({ files, matches }, i) => ({
        id: i === 0 ? AUTO_DETECT_SCRIPT_ID : `${AUTO_DETECT_SCRIPT_ID}-${i}`,
        matches,
        js: ['/auto-detect-flag.js', ...files],
        runAt: 'document_idle' as const,
      })),
    );
  }
  return origins;
}

export function onAutoDetectChanged(listener: () => void): void {
  browser.permissions.onAdded.addListener(listener);
  browser.permissions.onRemoved.addListener(listener);
}

export async function setBadgeCount(tabId: number, count: number): Promise<void> {
  await browser.action.setBadgeBackgroundColor({ tabId, color: '#0b6bcb' });
  await browser.action.setBadgeText({ tabId, text: count > 0 ? String(Math.min(count, 999)) : '' });
}

/** A page whose main person is already saved: a green check instead of a count. */
export async function setBadgeSaved(tabId: number): Promise<void> {
  await browser.action.setBadgeBackgroundColor({ tabId, color: '#1a7f37' });
  await browser.action.setBadgeText({ tabId, text: '✓' });
  await browser.action.setTitle({ tabId, title: 'LeadClip: this person is already saved' });
}

/** The side panel page showing one lead (`sidepanel.html?lead=…`). */
export function sidePanelPathFor(leadId: string): string {
  return `sidepanel.html?${new URLSearchParams({ lead: leadId })}`;
}

/**
 * Opens the side panel on a lead. A click in a page is not a gesture the side panel (Chrome) or the
 * sidebar (Firefox) accepts from the background, so where the panel will not open, the side panel page
 * opens in a tab beside the page instead: the rep gets the lead either way.
 */
export async function openSidePanelAt(tabId: number | undefined, leadId: string): Promise<void> {
  const api = browser as unknown as { sidePanel?: ChromeSidePanelAt };
  if (api.sidePanel && tabId !== undefined) {
    try {
      await api.sidePanel.setOptions({ tabId, path: sidePanelPathFor(leadId), enabled: true });
      await api.sidePanel.open({ tabId });
      return;
    } catch {
      // not in a user gesture: open it as a tab below
    }
  }
  await browser.tabs.create({
    url: `${browser.runtime.getURL('/sidepanel.html')}?${new URLSearchParams({ lead: leadId })}`,
  });
}

interface ChromeSidePanelAt {
  setOptions(options: { tabId: number; path: string; enabled: boolean }): Promise<void>;
  open(options: { tabId: number }): Promise<void>;
}

/**
 * A named alarm that wakes the background every `periodInMinutes` (the first time after `delayInMinutes`,
 * when given). Created only when missing, so a restarted service worker keeps the schedule it had.
 * Where the browser has no alarms API (a test page), nothing is scheduled.
 */
export function everyAlarm(
  name: string,
  schedule: { periodInMinutes: number; delayInMinutes?: number },
  listener: () => void,
): void {
  void browser.alarms
    ?.get(name)
    .then((existing) => {
      if (!existing) return browser.alarms.create(name, schedule);
    })
    .catch((error: unknown) => console.warn(`LeadClip: cannot schedule ${name}`, error));
  browser.alarms?.onAlarm.addListener((alarm) => {
    if (alarm.name === name) listener();
  });
}

export const MENU_CAPTURE_SELECTION = 'capture-selection';
export const MENU_CAPTURE_PAGE = 'capture-page';
export const COMMAND_CAPTURE_MAIN = 'capture-main-person';

export function installContextMenus(): void {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.removeAll().then(() => {
      browser.contextMenus.create({
        id: MENU_CAPTURE_SELECTION,
        title: 'Capture selection as lead',
        contexts: ['selection'],
      });
      browser.contextMenus.create({ id: MENU_CAPTURE_PAGE, title: 'Capture people on this page', contexts: ['page'] });
    });
  });
}

export function onContextMenuClick(listener: (menuId: string, tabId: number) => void): void {
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (tab?.id !== undefined) listener(String(info.menuItemId), tab.id);
  });
}

export function onShortcut(listener: (command: string, tabId: number | undefined) => void): void {
  browser.commands.onCommand.addListener((command, tab) => listener(command, tab?.id));
}
