import { memberSlug } from './linkedin-links';
import { firstText, visibleText, withoutDecoration } from './site-text';

/** One person as a LinkedIn list shows them: the words on the card, before any reading of them. */
export interface ListedMember {
  slug: string;
  name: string;
  headline: string;
  location: string;
  /** "Current: Account Executive at Acme" — search shows it when the headline does not say. */
  current: string;
}

// Badges and screen-reader lines that sit between a name and a headline.
const NOISE =
  /^(•\s*)?(1st|2nd|3rd\+?)$|degree connection|^status is|^verified|^premium|^·|^view .+ profile$|^connect$|^message$|^follow$/i;
// Mutual-connection and "works here" lines link to other members: never the card's person.
const INSIGHT =
  '.entity-result__insights, [class*="simple-insight"], .org-view-insight, .member-insights, .artdeco-entity-lockup__caption';

function ownLinks(card: Element): Element[] {
  return [...card.querySelectorAll('a[href*="/in/"]')].filter((a) => !a.closest(INSIGHT) && !a.querySelector('strong'));
}

/** The lines a card shows after its name link, nearest level first: headline, then place. */
function linesAfter(link: Element, card: Element): string[] {
  for (let node: Element | null = link; node && node !== card; node = node.parentElement) {
    const lines: string[] = [];
    for (let next = node.nextElementSibling; next; next = next.nextElementSibling) {
      if (next.closest(INSIGHT) || next.querySelector(INSIGHT) || next.querySelector('button, a')) continue;
      const text = visibleText(next);
      if (text && !NOISE.test(text)) lines.push(text);
    }
    if (lines.length > 0) return lines;
  }
  return [];
}

function nameOf(link: Element, card: Element): string {
  const shown = visibleText(link.querySelector('span[aria-hidden="true"]')) || visibleText(link);
  const alt = card.querySelector('img[alt]')?.getAttribute('alt') ?? '';
  return withoutDecoration(shown || alt);
}

/** A result of LinkedIn people search (including "connections of" searches). */
export function readSearchResult(card: Element): ListedMember | undefined {
  const link =
    card.querySelector('.entity-result__title-text a[href*="/in/"]') ??
    ownLinks(card).find((a) => visibleText(a)) ??
    ownLinks(card)[0];
  const slug = memberSlug(link?.getAttribute('href'));
  if (!link || !slug) return undefined;
  const after = linesAfter(link, card);
  const headline = firstText(card, ['.entity-result__primary-subtitle']) || after[0] || '';
  const location = firstText(card, ['.entity-result__secondary-subtitle']) || after[1] || '';
  const summary = firstText(card, ['[class*="entity-result__summary"]']);
  return {
    slug,
    name: nameOf(link, card),
    headline,
    location,
    current: /^current:/i.test(summary) ? summary.replace(/^current:\s*/i, '') : '',
  };
}

/** A person "lockup" (photo, name, headline): company People tab, "Connections that work here", suggestions. */
export function readLockup(lockup: Element): ListedMember | undefined {
  const title = lockup.querySelector('.artdeco-entity-lockup__title');
  const link = title?.closest('a[href]') ?? title?.querySelector('a[href]');
  const slug = memberSlug(link?.getAttribute('href'));
  if (!title || !slug) return undefined;
  return {
    slug,
    name: withoutDecoration(visibleText(title)),
    headline: firstText(lockup, ['.artdeco-entity-lockup__subtitle']),
    location: '',
    current: '',
  };
}

/** The rep's own connections list (My Network → Connections). */
export function readConnectionCard(card: Element): ListedMember | undefined {
  const link =
    card.querySelector('a.mn-connection-card__link, a[data-view-name="connections-profile"]') ?? ownLinks(card)[0];
  const slug = memberSlug(link?.getAttribute('href'));
  if (!link || !slug) return undefined;
  const name = firstText(card, ['.mn-connection-card__name', '[data-anonymize="person-name"]']) || nameOf(link, card);
  return {
    slug,
    name: withoutDecoration(name),
    headline: firstText(card, ['.mn-connection-card__occupation', '[data-anonymize="headline"]']),
    location: '',
    current: '',
  };
}

/** A member card of LinkedIn's signed-out pages (a company's "Employees at" list): a link around name and headline. */
export function readGuestCard(card: Element): ListedMember | undefined {
  const link = card.querySelector('a[href*="/in/"]');
  const slug = memberSlug(link?.getAttribute('href'));
  if (!link || !slug) return undefined;
  return {
    slug,
    name: withoutDecoration(firstText(card, ['.base-main-card__title', 'h3']) || nameOf(link, card)),
    headline: firstText(card, ['.base-main-card__subtitle', 'h4']),
    location: '',
    current: '',
  };
}
