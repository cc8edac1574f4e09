import { defineContentScript } from 'wxt/utils/define-content-script';
import { AUTO_DETECT_FLAG } from '../../lib/content/auto-detect-flag';
import { startContentRuntime } from '../../lib/content/content-runtime';
import { createDispatcher } from '../../lib/messaging/dispatcher';
import { contentProtocol } from '../../lib/messaging/protocol';
import { askBackground, onMessage } from '../../lib/platform/browser-api';

const INSTALLED = Symbol.for('leadclip.content');

// Injected on demand (popup, context menu, shortcut), or registered per site when the rep turns auto-detect on.
export default defineContentScript({
  registration: 'runtime',
  matches: [],
  main() {
    const marker = globalThis as { [INSTALLED]?: boolean; [AUTO_DETECT_FLAG]?: boolean };
    if (marker[INSTALLED]) return;
    marker[INSTALLED] = true;
    const handlers = startContentRuntime({ window, askBackground, autoDetect: marker[AUTO_DETECT_FLAG] === true });
    const dispatch = createDispatcher(contentProtocol, handlers);
    onMessage((message) => dispatch(message, undefined));
  },
});
