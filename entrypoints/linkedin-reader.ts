import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { registerSiteReaders } from '../lib/content/site-readers';
import { LINKEDIN_EXTRACTORS } from '../lib/extract/sites';

// Injected just before the content script on LinkedIn only (lib/extract/sites/site-readers.ts).
export default defineUnlistedScript(() => registerSiteReaders(LINKEDIN_EXTRACTORS));
