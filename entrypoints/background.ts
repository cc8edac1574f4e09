import { defineBackground } from 'wxt/utils/define-background';
import { type CaptureMode, captureInTab } from '../lib/background/capture-in-tab';
import { backgroundHandlers } from '../lib/background/handlers';
import { startRetentionAlarm } from '../lib/background/retention';
import { startBackgroundSync } from '../lib/background/sync';
import { PAGE_READERS } from '../lib/extract/sites/site-readers';
import { createDispatcher } from '../lib/messaging/dispatcher';
import { backgroundProtocol } from '../lib/messaging/protocol';
import {
  activeTab,
  askTab,
  COMMAND_CAPTURE_MAIN,
  injectContentScript,
  installContextMenus,
  MENU_CAPTURE_PAGE,
  MENU_CAPTURE_SELECTION,
  onAutoDetectChanged,
  onContextMenuClick,
  onMessage,
  onShortcut,
  openSidePanelAt,
  setBadgeCount,
  setBadgeSaved,
  syncAutoDetectRegistration,
} from '../lib/platform/browser-api';
import { openStore } from '../lib/services/open-store';

export default defineBackground(() => {
  const store = openStore();
  const { leads, settings } = store;
  const dispatch = createDispatcher(
    backgroundProtocol,
    backgroundHandlers({
      leads,
      settings,
      setBadgeCount,
      setBadgeSaved,
      openSidePanelAt,
      guessEmails: store.guessEmails,
    }),
  );
  onMessage((message, sender) => dispatch(message, sender));

  const tab = { inject: (tabId: number) => injectContentScript(tabId, PAGE_READERS), ask: askTab };
  const capture = (mode: CaptureMode, tabId: number) =>
    captureInTab(mode, tabId, tab, leads, settings).catch((error: unknown) =>
      console.warn('LeadClip: capture failed', error),
    );

  installContextMenus();
  onContextMenuClick((menuId, tabId) => {
    if (menuId === MENU_CAPTURE_SELECTION) void capture('selection', tabId);
    if (menuId === MENU_CAPTURE_PAGE) void capture('page', tabId);
  });
  onShortcut(async (command, tabId) => {
    if (command !== COMMAND_CAPTURE_MAIN) return;
    const id = tabId ?? (await activeTab())?.id;
    if (id !== undefined) void capture('main-person', id);
  });

  // Sync is off unless the options enable it; the loop checks on every pass.
  startBackgroundSync(store.syncLoop());
  // Retention deletes nothing unless the rep turned the rule on and chose automatic mode.
  startRetentionAlarm(store.privacy);

  void syncAutoDetectRegistration(PAGE_READERS);
  onAutoDetectChanged(() => void syncAutoDetectRegistration(PAGE_READERS));
});
