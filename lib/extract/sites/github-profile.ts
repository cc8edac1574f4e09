import type { Extractor } from '../extractor';
import { roleFromBio } from '../social/bio-role';
import { socialProfileOf } from '../social/networks';
import { leadCandidate, type Reading, reading } from './lead-candidate';
import { siteAddress } from './site-address';
import { firstText, visibleText, withoutDecoration } from './site-text';

const SOURCE = 'github-profile';

export function isGitHubHost(host: string): boolean {
  return host === 'github.com' || host === 'www.github.com';
}

// The social table knows GitHub's own pages ("features", "settings"…) and repositories, which are no users.
function loginOf(address: URL): string {
  const profile = socialProfileOf(address);
  return profile?.network === 'github' ? profile.handle : '';
}

/** GitHub's own link to a social account, in the `itemprop="social"` list under the profile. */
function socialLinks(person: Element): Reading[] {
  return [...person.querySelectorAll('[itemprop="social"] a[href]')]
    .map((a) => a.getAttribute('href') ?? '')
    .filter((href) => /^https?:\/\//.test(href))
    .map((href) => ({ value: href, confidence: 0.85 }));
}

/**
 * The job a bio states ("CTO at Acme"), or a short one-line bio as the headline it is
 * ("Backend Engineering | APIs | Automation"), as LinkedIn's headline stands for a title.
 */
function bioRole(document: Document): { title: string; company: string } {
  const bio = visibleText(document.querySelector('.p-note.user-profile-bio, [data-bio-text], .p-note'));
  const stated = roleFromBio(bio);
  if (stated) return stated;
  const headline = bio.length <= 80 && !/[.!?]\s|https?:/i.test(bio) && !/[.!?]$/.test(bio);
  return { title: headline ? withoutDecoration(bio) : '', company: '' };
}

/**
 * A GitHub user profile, read from the microdata GitHub renders in the profile's
 * sidebar (`itemtype=…/Person`, `itemprop=name|additionalName|worksFor|homeLocation|email|url`).
 * The header's avatar menu shows the signed-in viewer and lies outside that scope.
 * Organisation pages carry no Person scope and give nobody.
 */
export const gitHubProfileExtractor: Extractor = {
  id: SOURCE,
  extract(document, url) {
    const address = siteAddress(document, url, isGitHubHost);
    const login = address ? loginOf(address) : '';
    const person = document.querySelector('[itemscope][itemtype$="schema.org/Person"]');
    if (!login || !person) return [];
    const shownLogin = visibleText(person.querySelector('[itemprop="additionalName"]'));
    // Turbo swaps pages without a reload: a sidebar naming another login is the previous user.
    if (shownLogin && shownLogin.toLowerCase() !== login.toLowerCase()) return [];
    const email = (person.querySelector('[itemprop="email"] a[href^="mailto:" i]')?.getAttribute('href') ?? '')
      .replace(/^mailto:/i, '')
      .trim()
      .toLowerCase();
    const website = person.querySelector('[itemprop="url"] a[href]')?.getAttribute('href') ?? '';
    const urls: Reading[] = [{ value: `https://github.com/${shownLogin || login}`, confidence: 0.95 }];
    if (/^https?:\/\//.test(website)) urls.push({ value: website, confidence: 0.85 });
    urls.push(...socialLinks(person));
    // "@acme-corp" links the employer's organisation; the rep wants its name.
    const company = withoutDecoration(
      firstText(person, ['[itemprop="worksFor"] .p-org', '[itemprop="worksFor"]']),
    ).replace(/^@/, '');
    const role = bioRole(document);
    return [
      leadCandidate(SOURCE, {
        fullName: reading(withoutDecoration(visibleText(person.querySelector('[itemprop="name"]'))), 0.9),
        title: reading(role.title, 0.5),
        company: reading(company || role.company, company ? 0.8 : 0.5),
        location: reading(firstText(person, ['[itemprop="homeLocation"] .p-label', '[itemprop="homeLocation"]']), 0.8),
        emails: email ? [{ value: email, confidence: 0.9 }] : [],
        urls,
      }),
    ];
  },
};
