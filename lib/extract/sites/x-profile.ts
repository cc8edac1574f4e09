import { isPlausiblePlace } from '../enrich/plausible-place';
import type { Extractor } from '../extractor';
import { ventureFromBio } from '../social/bio-role';
import { socialProfileOf } from '../social/networks';
import { cleanText } from '../text';
import { roleAtCompany } from './headline';
import { namesAJob } from './job-words';
import { jsonLdPeople } from './json-ld-person';
import { leadCandidate, type Reading, reading } from './lead-candidate';
import { siteAddress } from './site-address';
import { visibleText, withoutDecoration } from './site-text';

const SOURCE = 'x-profile';

export function isXHost(host: string): boolean {
  return /^(www\.|mobile\.)?(x|twitter)\.com$/.test(host);
}

// The tabs of a profile still show its header; followers, lists and single posts do not.
const PROFILE_PATH = /^\/([A-Za-z0-9_]{1,15})(?:\/(?:with_replies|media|likes|highlights|articles|superfollows))?\/?$/;

// The social table knows X's own pages ("home", "explore", "settings"…), which are no accounts.
function handleOf(address: URL): string {
  const handle = address.pathname.match(PROFILE_PATH)?.[1] ?? '';
  return handle && socialProfileOf(address)?.network === 'x' ? handle : '';
}

/** The header's lines in order ("rob cheung", "@perceptnet", "Follows you"): the name and the handle it shows. */
function shownNameAndHandle(header: Element): { name: string; handle: string } {
  const leaves = [...header.querySelectorAll('span')]
    .filter((s) => !s.querySelector('span'))
    .map((s) => visibleText(s));
  const handle = leaves.find((l) => /^@[A-Za-z0-9_]{1,15}$/.test(l))?.slice(1) ?? '';
  const name = leaves.find((l) => l && !l.startsWith('@')) ?? '';
  return { name: withoutDecoration(name), handle };
}

// An empty tab ("hasn't posted media") is an empty state too; only these close the account to us.
const CLOSED = /account suspended|doesn[’']t exist|these posts are protected|account is temporarily unavailable/i;

function isClosedAccount(column: Element): boolean {
  return [...column.querySelectorAll('[data-testid="emptyState"]')].some((e) => CLOSED.test(visibleText(e)));
}

/** A role only when the bio states one plainly at its start: "co-founder @SubstrateLabs", "VP Sales at Acme". */
function statedRole(bio: string): { title: string; company: string } | undefined {
  const firstLine = cleanText(bio.split(/\n|[|•]|\.\s/)[0] ?? '');
  const stated = roleAtCompany(firstLine.replace(/\s+@(\w)/, ' @ $1'));
  return stated && namesAJob(stated.title) && stated.title.split(/\s+/).length <= 5 ? stated : undefined;
}

// The location field is free text, and some fill it with a joke.
const place = (text: string | undefined) => (text && isPlausiblePlace(text) ? text : '');

// X shows the site a bio links to without its scheme, and cuts long ones with "…"; the href is a t.co redirect.
function website(column: Element): string {
  const link = column.querySelector('[data-testid="UserUrl"]');
  const shown = visibleText(link);
  if (shown && !shown.endsWith('…') && /^[\w.-]+\.[a-z]{2,}(\/\S*)?$/i.test(shown)) return `https://${shown}`;
  const href = link?.getAttribute('href') ?? '';
  // Only a web address is a website: a `javascript:` or `data:` href is the page's trap.
  return /^https?:\/\//i.test(href.trim()) ? href.trim() : '';
}

/**
 * An X (Twitter) profile: name, handle, place, website, and a title or company only
 * when the bio states them plainly. The side navigation's account switcher shows the
 * signed-in viewer and is never read; a header showing another handle than the address
 * (a single-page app mid-change) gives nobody. Protected, suspended and missing accounts give nobody.
 */
export const xProfileExtractor: Extractor = {
  id: SOURCE,
  extract(document, url) {
    const address = siteAddress(document, url, isXHost);
    const handle = address ? handleOf(address) : '';
    const column = document.querySelector('[data-testid="primaryColumn"]') ?? document.querySelector('main');
    const header = column?.querySelector('[data-testid="UserName"]');
    if (!handle || !column || !header) return [];
    if (header.querySelector('[data-testid="icon-lock"]') || isClosedAccount(column)) return [];
    const shown = shownNameAndHandle(header);
    if (shown.handle && shown.handle.toLowerCase() !== handle.toLowerCase()) return [];
    const schema = jsonLdPeople(document).find((p) => p.handle.toLowerCase() === handle.toLowerCase());
    const name = shown.name || withoutDecoration(schema?.name ?? '');
    if (!name) return [];
    const bio = column.querySelector('[data-testid="UserDescription"]')?.textContent ?? '';
    const role = statedRole(bio) ?? ventureFromBio(bio);
    const site = website(column);
    const urls: Reading[] = [{ value: `https://x.com/${shown.handle || handle}`, confidence: 0.95 }];
    if (site) urls.push({ value: site, confidence: 0.7 });
    return [
      leadCandidate(SOURCE, {
        // As sure as the page's own JSON-LD, which carries the same name with its emoji.
        fullName: reading(name, 0.95),
        title: reading(role?.title, 0.5),
        company: reading(role?.company, 0.5),
        location: reading(
          place(visibleText(column.querySelector('[data-testid="UserLocation"]')) || schema?.locality),
          0.7,
        ),
        urls,
      }),
    ];
  },
};
