import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { AUTO_DETECT_FLAG } from '../../lib/content/auto-detect-flag';
import { startContentRuntime } from '../../lib/content/content-runtime';
import { createRequestDispatcher } from '../../lib/messaging/dispatcher';
import { contentRequests } from '../../lib/messaging/page-messages';
import type { ContentProtocol } from '../../lib/messaging/protocol';
import { askBackgroundFromPage, onMessage } from '../../lib/platform/browser-api';

const INSTALLED = Symbol.for('leadclip.content');

// Injected on demand (popup, context menu, shortcut), or registered per site when the rep turns auto-detect on
// (lib/platform/browser-api.ts). An unlisted script rather than WXT's content script: it is never in the
// manifest, and WXT's content-script context (about 2 KB, unused here) would ride into every page.
export default defineUnlistedScript({
  main() {
    const marker = globalThis as { [INSTALLED]?: boolean; [AUTO_DETECT_FLAG]?: boolean };
    if (marker[INSTALLED]) return;
    marker[INSTALLED] = true;
    const handlers = startContentRuntime({
      window,
      askBackground: askBackgroundFromPage,
      autoDetect: marker[AUTO_DETECT_FLAG] === true,
    });
    // Requests are parsed here; the replies by the popup or background that asked (the page is the hostile side).
    const dispatch = createRequestDispatcher<ContentProtocol, undefined>(contentRequests, handlers);
    onMessage((message) => dispatch(message, undefined));
  },
});
