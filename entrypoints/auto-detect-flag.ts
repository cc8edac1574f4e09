import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { AUTO_DETECT_FLAG } from '../lib/content/auto-detect-flag';

// Runs just before the content script on sites with auto-detect on, so it knows to detect on its own.
export default defineUnlistedScript(() => {
  (globalThis as { [AUTO_DETECT_FLAG]?: boolean })[AUTO_DETECT_FLAG] = true;
});
