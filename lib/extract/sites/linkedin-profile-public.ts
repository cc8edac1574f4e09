import { roleAtCompany } from './headline';
import { jsonLdPeople } from './json-ld-person';
import { type PersonReading, reading } from './lead-candidate';
import { memberSlug, sameMember } from './linkedin-links';
import { firstText, visibleText, withoutDecoration } from './site-text';

// LinkedIn's public (signed-out) profile: server-rendered, BEM class names, tracking attributes and JSON-LD.
// Newest layout first; `#topcard` and its hCard classes are the 2016 public profile.
const TOP_CARD = ['section.top-card-layout', '[data-section="topcard"]', '.top-card-layout', 'section#topcard'];
const NAME = ['h1.top-card-layout__title', '.top-card-layout__title', 'h1'];
const HEADLINE = ['h2.top-card-layout__headline', '.top-card-layout__headline', '[data-section="headline"]'];
const COMPANY = [
  '[data-section="currentPositionsDetails"] .org',
  '[data-section="currentPositionsDetails"] .top-card-link__description',
  'a[data-tracking-control-name="public_profile_topcard-current-company"]',
  '[data-section="currentPositionsDetails"]',
];
const LOCATION = [
  '#demographics .locality',
  '.top-card-layout__first-subline .profile-info-subheader span:first-child',
  '.top-card__subline-item',
  '.top-card-layout__first-subline span',
];
const EXPERIENCE_ITEM =
  'section[data-section="experience"] li.experience-item, section.experience li.profile-section-card, #experience li.position[data-section="currentPositionsDetails"]';

function currentExperience(document: Document): { title: string; company: string } | undefined {
  const item = document.querySelector(EXPERIENCE_ITEM);
  if (!item) return undefined;
  const dates = visibleText(item.querySelector('.date-range, time'));
  // An entry that has ended is history; the headline is then the better guess.
  if (dates && !/present/i.test(dates)) return undefined;
  const title = withoutDecoration(
    firstText(item, ['.experience-item__title', '.profile-section-card__title', '.item-title', 'h3']),
  );
  const company = withoutDecoration(
    firstText(item, ['.experience-item__subtitle', '.profile-section-card__subtitle', '.item-subtitle', 'h4']),
  );
  return title ? { title, company } : undefined;
}

/** The profile as LinkedIn shows it to someone not signed in. Undefined when this is not that layout. */
export function readPublicProfile(document: Document, slug: string): PersonReading | undefined {
  const card = TOP_CARD.map((s) => document.querySelector(s)).find((c) => c !== null);
  if (!card) return undefined;
  const name = withoutDecoration(firstText(card, NAME));
  if (!name) return undefined;
  const described = jsonLdPeople(document);
  const person = described.find((p) => sameMember(memberSlug(p.url), slug));
  // Another member's JSON-LD under this address would mean a stale or mixed-up page: take nobody.
  const other = described.find((p) => memberSlug(p.url) && !sameMember(memberSlug(p.url), slug));
  if (!person && other) return undefined;

  const headline = withoutDecoration(firstText(card, HEADLINE));
  const fromHeadline = roleAtCompany(headline);
  const experience = currentExperience(document);
  const title = experience?.title || person?.jobTitle || fromHeadline?.title || headline;
  const company =
    withoutDecoration(firstText(card, COMPANY)) || experience?.company || person?.employer || fromHeadline?.company;
  return {
    fullName: reading(name, 0.9),
    // The current Experience entry is the job; a page's hCard "title" there is only the headline.
    title: reading(title, experience ? 0.92 : person?.jobTitle ? 0.85 : 0.6),
    company: reading(company, 0.85),
    location: reading(withoutDecoration(firstText(card, LOCATION)) || person?.locality, 0.8),
  };
}
