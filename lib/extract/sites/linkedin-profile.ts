import type { Extractor } from '../extractor';
import { leadCandidate } from './lead-candidate';
import { isLinkedInHost, memberProfileUrl, profilePageSlug } from './linkedin-links';
import { readPublicProfile } from './linkedin-profile-public';
import { readSignedInProfile } from './linkedin-profile-signed-in';
import { isSignInWall, isUnavailable } from './linkedin-walls';
import { siteAddress } from './site-address';

const SOURCE = 'linkedin-profile';

/**
 * A LinkedIn member profile (`/in/<slug>/`), signed-in or public layout: the one
 * person the profile is about. Sign-in walls, unavailable and private profiles give nobody.
 */
export const linkedInProfileExtractor: Extractor = {
  id: SOURCE,
  extract(document, url) {
    const address = siteAddress(document, url, isLinkedInHost);
    const slug = address ? profilePageSlug(address) : '';
    if (!address || !slug) return [];
    if (isSignInWall(document, address) || isUnavailable(document)) return [];
    const person = readSignedInProfile(document, slug) ?? readPublicProfile(document, slug);
    // "LinkedIn Member" is how LinkedIn names someone whose profile is private to the rep.
    const name = person?.fullName?.value ?? '';
    if (!person || !name || /^linkedin member$/i.test(name)) return [];
    return [leadCandidate(SOURCE, { ...person, urls: [{ value: memberProfileUrl(slug), confidence: 0.95 }] })];
  },
};
