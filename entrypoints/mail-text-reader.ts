import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { registerSiteReaders } from '../lib/content/site-readers';
import { MAIL_TEXT_EXTRACTORS } from '../lib/extract/sites';

// Injected just before the content script on a page the browser shows as plain text (a saved .eml,
// a mailing-list archive): the signature reader rides only there (lib/platform/browser-api.ts).
export default defineUnlistedScript(() => registerSiteReaders(MAIL_TEXT_EXTRACTORS));
