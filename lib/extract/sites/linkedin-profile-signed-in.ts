import { roleAtCompany } from './headline';
import { type PersonReading, reading } from './lead-candidate';
import { embeddedMember } from './linkedin-embedded-json';
import { currentPosition } from './linkedin-experience';
import { memberSlug, sameMember } from './linkedin-links';
import { firstText, visibleText, withoutDecoration } from './site-text';

// The top card of a member's profile, as LinkedIn has rendered it for a signed-in rep (newest first).
const TOP_CARD = [
  'section[data-member-id]',
  '.pv-top-card',
  '[data-view-name="profile-top-card"]',
  // 2018 (Ember): the name, headline and place sit in the top card's info column.
  '.pv-top-card-v2-section__info',
  '.pv-top-card-section',
];
const HEADLINE = [
  '[data-generated-suggestion-target]',
  '.pv-top-card-section__headline',
  '.pv-text-details__left-panel .text-body-medium',
  '.text-body-medium.break-words',
];
const LOCATION_FALLBACK = [
  '.pv-top-card-section__location',
  '.pv-text-details__left-panel .text-body-small.inline',
  'span.text-body-small.inline.t-black--light.break-words',
];

function topCard(main: ParentNode, slug: string): Element | undefined {
  for (const selector of TOP_CARD) {
    const card = main.querySelector(selector);
    if (card?.querySelector('h1')) return card;
  }
  // A layout we do not know yet: the section around the first heading, if it links this member's own sub-pages.
  const section = main.querySelector('h1')?.closest('section');
  return section && slugsShownBy(section).some((s) => sameMember(s, slug)) ? section : undefined;
}

// The card links to the member's own sub-pages (contact info, "about this profile"): they say whose card it is.
function slugsShownBy(card: Element): string[] {
  return [...card.querySelectorAll('a[href*="/in/"]')]
    .filter((a) => /\/in\/[^/]+\/(overlay|details|recent-activity)\//.test(a.getAttribute('href') ?? ''))
    .map((a) => memberSlug(a.getAttribute('href')))
    .filter(Boolean);
}

function currentCompanyButton(card: Element): string {
  const label = card.querySelector('[aria-label^="Current company" i]')?.getAttribute('aria-label') ?? '';
  // "Current company: ꩜Substrate. Click to skip to experience card"
  const m = label.match(/^Current company:\s*(.+?)(?:\.\s*Click to skip.*)?$/i);
  return withoutDecoration(m?.[1] ?? '');
}

function location(card: Element): string {
  const contact = card.querySelector('#top-card-text-details-contact-info, a[href*="/overlay/contact-info"]');
  const beside = contact?.closest('span')?.previousElementSibling;
  return visibleText(beside) || firstText(card, LOCATION_FALLBACK);
}

/**
 * The profile as a signed-in rep sees it. Reads only the profile's own top card and
 * Experience section inside `main`: the navigation ("Me" menu, nav photo) and the
 * sidebars ("People also viewed") name other people. Undefined when the card on
 * screen belongs to another member than the address (a single-page app mid-change).
 */
export function readSignedInProfile(document: Document, slug: string): PersonReading | undefined {
  // A profile saved as its own wrapper (no `main` around it) is still the profile's column.
  const main = document.querySelector('main') ?? document.querySelector('#profile-wrapper, .pv-profile-wrapper');
  const card = main ? topCard(main, slug) : undefined;
  if (!main || !card) return undefined;
  const shown = slugsShownBy(card);
  if (shown.length > 0 && !shown.some((s) => sameMember(s, slug))) return undefined;

  const shownName = withoutDecoration(visibleText(card.querySelector('h1')));
  const member = embeddedMember(document, slug);
  const jsonName = member ? withoutDecoration(`${member.firstName} ${member.lastName}`) : '';
  // A page-load record for this slug while the card shows someone else: the card is stale.
  if (jsonName && shownName && jsonName.toLowerCase() !== shownName.toLowerCase()) return undefined;

  const headline = member?.headline || firstText(card, HEADLINE);
  const position = currentPosition(main);
  const fromHeadline = roleAtCompany(headline);
  const company = currentCompanyButton(card) || position?.company || fromHeadline?.company;
  return {
    fullName: jsonName ? reading(jsonName, 0.95) : reading(shownName, 0.9),
    firstName: member ? reading(withoutDecoration(member.firstName), 0.95) : undefined,
    lastName: member ? reading(withoutDecoration(member.lastName), 0.95) : undefined,
    title: position
      ? reading(position.title, 0.9)
      : reading(fromHeadline?.title ?? withoutDecoration(headline), fromHeadline ? 0.7 : 0.6),
    company: reading(company, 0.85),
    location: reading(member?.location || location(card), 0.85),
  };
}
