import { profileUrlFrom } from '../extract/contacts/social';
import { companyDomainFromEmail, isFreeMailDomain, normalizeCompanyName } from '../person/lead-identity';
import { type EmailGuess, guessBasis, type KnownPerson, learnEmailPatterns, suggestEmail } from './email-patterns';

/** A person who might get a guessed address: a name, and something that names their company. */
export interface GuessablePerson {
  fullName?: string;
  firstName?: string;
  lastName?: string;
  company?: string;
  companyDomain?: string;
  emails?: readonly string[];
  urls?: readonly string[];
}

/** One of the rep's own people (lead or contact) that the patterns are learned from. */
export interface HeldPerson extends KnownPerson {
  company?: string;
  companyDomain?: string;
}

export interface EmailGuessView extends EmailGuess {
  /** "likely — based on 4 of 5 people at acme.com" */
  basis: string;
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return '';
  }
}

/**
 * The company's mail domain: the one recorded, else the person's company website, else the domain
 * the rep's other people at a company of the same name write from.
 */
export function companyDomainFor(person: GuessablePerson, held: readonly HeldPerson[]): string {
  if (person.companyDomain) return person.companyDomain.toLowerCase();
  const site = (person.urls ?? []).find((u) => /^https?:/i.test(u) && !profileUrlFrom(u));
  const host = site ? hostOf(site) : '';
  if (host && !isFreeMailDomain(host)) return host;
  const company = normalizeCompanyName(person.company ?? '');
  if (!company) return '';
  for (const other of held) {
    if (normalizeCompanyName(other.company ?? '') !== company) continue;
    const domain = other.companyDomain || other.emails.map(companyDomainFromEmail).find(Boolean);
    if (domain) return domain;
  }
  return '';
}

/**
 * The likely address of a person who has none, learned from the rep's own people at the same
 * company. Undefined when they have an address, no name, no known company domain, or the rep
 * holds nobody there. Nothing leaves the browser.
 */
export function emailGuessFor(person: GuessablePerson, held: readonly HeldPerson[]): EmailGuessView | undefined {
  if ((person.emails ?? []).length > 0) return undefined;
  const domain = companyDomainFor(person, held);
  if (!domain) return undefined;
  const guess = suggestEmail(person, domain, learnEmailPatterns(held));
  return guess ? { ...guess, basis: guessBasis(guess) } : undefined;
}
