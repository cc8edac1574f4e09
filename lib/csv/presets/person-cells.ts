import type { Contact } from '../../model/contact';
import type { Lead } from '../../model/lead';
import { canonicalProfileKey } from '../../person/lead-identity';
import { parseName } from '../../person/parse-name';
import { type LocationParts, splitLocation } from '../location';
import { type CsvColumn, type CsvContext, col } from './preset';

type Person = Pick<Lead, 'fullName' | 'firstName' | 'lastName'>;

/**
 * First and last name as CRMs want them apart. Captures often know only the
 * full name, which is then split by the name parser ("Maria van der Berg" →
 * Maria / van der Berg). Columns of one record ask in turn, so the last
 * answer is kept.
 */
let partsFor: Person | undefined;
let partsOut = { first: '', last: '' };
export function nameParts(p: Person): { first: string; last: string } {
  if (p === partsFor) return partsOut;
  partsFor = p;
  if (p.firstName || p.lastName) {
    partsOut = { first: p.firstName, last: p.lastName };
  } else if (p.fullName) {
    const n = parseName(p.fullName);
    const first = [n.first, n.middle].filter(Boolean).join(' ');
    partsOut = n.last || first ? { first, last: n.last } : { first: '', last: p.fullName };
  } else {
    partsOut = { first: '', last: '' };
  }
  return partsOut;
}

// City, region, postal code and country are four columns of one record in turn: the location is split once.
let placeFor: { location: string } | undefined;
let placeOut: LocationParts = splitLocation('');
export function place(p: { location: string }): LocationParts {
  if (p === placeFor) return placeOut;
  placeFor = p;
  placeOut = splitLocation(p.location);
  return placeOut;
}

const isWebLink = (u: string) => /^https?:\/\//i.test(u);

/** The company's website: its domain when known, else the first link that is not somebody's profile. */
export function website(lead: Pick<Lead, 'companyDomain' | 'urls'>): string {
  if (lead.companyDomain) return `https://${lead.companyDomain}`;
  return lead.urls.find((u) => isWebLink(u) && !canonicalProfileKey(u)) ?? '';
}

export function linkedinProfile(urls: readonly string[]): string {
  return urls.find((u) => canonicalProfileKey(u).startsWith('linkedin:')) ?? '';
}

export const accountName = (c: Contact, ctx: CsvContext) => ctx.account(c.accountId)?.name ?? '';

export const accountSite = (c: Contact, ctx: CsvContext) => {
  const domain = ctx.account(c.accountId)?.domain;
  return domain ? `https://${domain}` : '';
};

/** The name and title columns every person export starts with, the full name under the preset's own header. */
export function nameAndTitleColumns<R extends Person & { title: string }>(fullNameHeader: string): CsvColumn<R>[] {
  return [
    col(fullNameHeader, (p) => p.fullName),
    col('First Name', (p) => p.firstName),
    col('Last Name', (p) => p.lastName),
    col('Title', (p) => p.title),
  ];
}
