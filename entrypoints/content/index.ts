import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { scanPage } from '../../lib/content/scan-page';
import { createDispatcher } from '../../lib/messaging/dispatcher';
import { contentProtocol } from '../../lib/messaging/protocol';

const INSTALLED = Symbol.for('leadclip.content');

// Injected on demand (popup open, context menu), never declared for every site.
export default defineContentScript({
  registration: 'runtime',
  matches: [],
  main() {
    const marker = globalThis as { [INSTALLED]?: boolean };
    if (marker[INSTALLED]) return;
    marker[INSTALLED] = true;
    const dispatch = createDispatcher(contentProtocol, {
      'page.scan': async () => scanPage(document, location),
    });
    browser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse) => {
      const reply = dispatch(message, undefined);
      if (typeof sendResponse === 'function') {
        reply.then(sendResponse);
        return true;
      }
      return reply;
    });
  },
});
