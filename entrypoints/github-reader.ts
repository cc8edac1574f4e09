import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { registerSiteReaders } from '../lib/content/site-readers';
import { GITHUB_EXTRACTORS } from '../lib/extract/sites';

// Injected just before the content script on GitHub only (lib/extract/sites/site-readers.ts).
export default defineUnlistedScript(() => registerSiteReaders(GITHUB_EXTRACTORS));
