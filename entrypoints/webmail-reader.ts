import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { registerSiteReaders } from '../lib/content/site-readers';
import { WEBMAIL_EXTRACTORS } from '../lib/extract/sites';

// Injected just before the content script in Gmail and Outlook on the web only (lib/extract/sites/site-readers.ts).
export default defineUnlistedScript(() => registerSiteReaders(WEBMAIL_EXTRACTORS));
