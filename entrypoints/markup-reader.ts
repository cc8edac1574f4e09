import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { registerMarkupReaders } from '../lib/content/site-readers';
import { MARKUP_EXTRACTORS } from '../lib/extract/sources/markup-readers';

// Injected just before the content script on a page with microdata, RDFa or microformats roots only
// (lib/platform/browser-api.ts asks the page first), and with every auto-detect registration.
export default defineUnlistedScript(() => registerMarkupReaders(MARKUP_EXTRACTORS));
