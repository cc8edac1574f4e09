import { browser } from 'wxt/browser';
import { request } from '../messaging/client';
import type { RequestOf, ResponseOf } from '../messaging/envelope';
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

const CONTENT_SCRIPT_FILE = '/content-scripts/content.js';

export function askBackground<K extends keyof BackgroundProtocol & string>(
  type: K,
  payload: RequestOf<BackgroundProtocol, K>,
): Promise<ResponseOf<BackgroundProtocol, K>> {
  return request(backgroundProtocol, (m) => browser.runtime.sendMessage(m), type, payload);
}

export function askTab<K extends keyof ContentProtocol & string>(
  tabId: number,
  type: K,
  payload: RequestOf<ContentProtocol, K>,
): Promise<ResponseOf<ContentProtocol, K>> {
  return request(contentProtocol, (m) => browser.tabs.sendMessage(tabId, m), type, payload);
}

export async function activeTab(): Promise<{ id: number; url: string; title: string } | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return undefined;
  return { id: tab.id, url: tab.url ?? '', title: tab.title ?? '' };
}

/** Injects the content script into a tab (activeTab grants this after a toolbar click). Safe to repeat. */
export async function injectContentScript(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] });
}

interface ChromeSidePanel {
  open(options: { windowId: number }): Promise<void>;
}
interface FirefoxSidebarAction {
  open(): Promise<void>;
}

/** Opens the workspace beside the page. Must run inside a user gesture (a click). */
export async function openWorkspace(): Promise<void> {
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
