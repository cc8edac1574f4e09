import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { registerSiteReaders } from '../lib/content/site-readers';
import { X_EXTRACTORS } from '../lib/extract/sites';

// Injected just before the content script on X (x.com, twitter.com) only (lib/extract/sites/site-readers.ts).
export default defineUnlistedScript(() => registerSiteReaders(X_EXTRACTORS));
