import type { Extractor } from '../extractor';
import { mailTextPageExtractor } from '../signature/mail-text-page';
import { socialProfileExtractor } from '../social/profile-page';
import { gitHubProfileExtractor } from './github-profile';
import { linkedInArticleAuthorExtractor } from './linkedin-article-author';
import { linkedInPeopleListExtractor } from './linkedin-people-list';
import { linkedInProfileExtractor } from './linkedin-profile';
import { salesNavigatorExtractor } from './sales-navigator';
import { teamPageExtractor } from './team-page';
import { gmailExtractor } from './webmail/gmail';
import { outlookExtractor } from './webmail/outlook';
import { xProfileExtractor } from './x-profile';

/**
 * The adapters of LinkedIn, the webmail clients, X and GitHub: the content script leaves them to a reader script
 * injected before it on those sites only (lib/extract/sites/site-readers.ts), which keeps the script
 * every other page gets small. Each list is in SITE_EXTRACTORS' order.
 */
export const LINKEDIN_EXTRACTORS: readonly Extractor[] = [
  linkedInProfileExtractor,
  linkedInPeopleListExtractor,
  linkedInArticleAuthorExtractor,
  salesNavigatorExtractor,
];
export const WEBMAIL_EXTRACTORS: readonly Extractor[] = [gmailExtractor, outlookExtractor];
export const X_EXTRACTORS: readonly Extractor[] = [xProfileExtractor];
export const GITHUB_EXTRACTORS: readonly Extractor[] = [gitHubProfileExtractor];
/** The adapters the content script carries to every page. */
// An email the browser shows as a text page (a saved .eml, a list archive): its writer and their signature.
// Its signature reader is a third of the content script; only text pages get it (lib/platform/browser-api.ts).
export const MAIL_TEXT_EXTRACTORS: readonly Extractor[] = [mailTextPageExtractor];
export const CARRIED_SITE_EXTRACTORS: readonly Extractor[] = [socialProfileExtractor, teamPageExtractor];

/**
 * The site adapters, most specific first. Each decides from the page's address
 * (or the address a saved copy declares) whether it applies; the generic team-page
 * adapter stays off the sites that have their own.
 */
export const SITE_EXTRACTORS: readonly Extractor[] = [
  linkedInProfileExtractor,
  linkedInPeopleListExtractor,
  linkedInArticleAuthorExtractor,
  salesNavigatorExtractor,
  xProfileExtractor,
  gitHubProfileExtractor,
  gmailExtractor,
  outlookExtractor,
  socialProfileExtractor,
  teamPageExtractor,
];
