import { guessedEmailsOf, verifiedEmailsOf } from '../crm/guessed-emails';
import { canonicalProfileKey } from '../crm/lead-identity';
import { parseName } from '../extract/names/parse-name';
import type { Account } from '../model/account';
import type { Bant } from '../model/bant';
import type { Contact } from '../model/contact';
import type { Lead } from '../model/lead';
import { LEAD_SOURCE_LABEL } from '../model/lead-source';
import { LEAD_STATUS_LABEL } from '../model/lead-status';
import { encodeList, encodeTime, localDate } from './cell-codec';
import {
  HUBSPOT_LEAD_STATUS,
  hubspotLifecycleStage,
  SALESFORCE_LEAD_STATUS,
  salesforceLeadSource,
  salesforceRating,
} from './crm-values';
import { type LocationParts, splitLocation } from './location';
import { type CsvDelimiter, jsonCell } from './write-csv';

export type CsvEntity = 'leads' | 'contacts' | 'accounts';
export type CsvPresetId = 'leadclip' | 'hubspot' | 'salesforce' | 'plain';

export const CSV_PRESETS: Record<CsvPresetId, { label: string; entities: readonly CsvEntity[] }> = {
  leadclip: { label: 'LeadClip full (round-trips)', entities: ['leads', 'contacts', 'accounts'] },
  hubspot: { label: 'HubSpot contacts import', entities: ['leads', 'contacts'] },
  salesforce: { label: 'Salesforce Data Import Wizard (Lead)', entities: ['leads'] },
  plain: { label: 'Plain', entities: ['leads', 'contacts', 'accounts'] },
};

/** What a column may look up besides its own record: a contact's account. */
export interface CsvContext {
  account(id: string): Account | undefined;
}

export interface CsvColumn<R> {
  header: string;
  /** The cell's text before quoting and formula neutralisation (the writer does both). */
  cell(record: R, ctx: CsvContext): string;
  /** A faster way to the written cell, exactly csvCell(cell(record, ctx), delimiter): the JSON columns have one. */
  written?(record: R, ctx: CsvContext, delimiter: CsvDelimiter): string;
}

type Person = Pick<Lead, 'fullName' | 'firstName' | 'lastName'>;

/**
 * First and last name as CRMs want them apart. Captures often know only the
 * full name, which is then split by the name parser ("Maria van der Berg" →
 * Maria / van der Berg). Columns of one record ask in turn, so the last
 * answer is kept.
 */
let partsFor: Person | undefined;
let partsOut = { first: '', last: '' };
function nameParts(p: Person): { first: string; last: string } {
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

let placeFor: { location: string } | undefined;
let placeOut: LocationParts = splitLocation('');
function place(p: { location: string }): LocationParts {
  if (p === placeFor) return placeOut;
  placeFor = p;
  placeOut = splitLocation(p.location);
  return placeOut;
}

const isWebLink = (u: string) => /^https?:\/\//i.test(u);

/** The company's website: its domain when known, else the first link that is not somebody's profile. */
function website(lead: Pick<Lead, 'companyDomain' | 'urls'>): string {
  if (lead.companyDomain) return `https://${lead.companyDomain}`;
  return lead.urls.find((u) => isWebLink(u) && !canonicalProfileKey(u)) ?? '';
}

function linkedinProfile(urls: readonly string[]): string {
  return urls.find((u) => canonicalProfileKey(u).startsWith('linkedin:')) ?? '';
}

const isEmptyBant = (b: Bant) =>
  b.budget.answer === 'unknown' &&
  b.budget.note === '' &&
  b.authority.answer === 'unknown' &&
  b.authority.note === '' &&
  b.need.answer === 'unknown' &&
  b.need.note === '' &&
  b.timeline.answer === 'unknown' &&
  b.timeline.note === '';

function col<R>(header: string, cell: (r: R, ctx: CsvContext) => string): CsvColumn<R> {
  return { header, cell };
}

/** A column holding a JSON value, blank when there is none. */
function jsonCol<R>(header: string, value: (r: R) => unknown): CsvColumn<R> {
  return {
    header,
    cell: (r) => {
      const v = value(r);
      return v === undefined ? '' : JSON.stringify(v);
    },
    written: (r, _ctx, d) => {
      const v = value(r);
      return v === undefined ? '' : jsonCell(v, d);
    },
  };
}

/**
 * Salesforce requires Last Name and, with it, Company on every lead. Its own
 * Web-to-Lead fills a missing company with "[not provided]"; we use the same
 * words (and for a person with a single name, that name as Last Name) so
 * such leads import and can be found in Salesforce by that marker.
 */
export const SALESFORCE_NOT_PROVIDED = '[not provided]';

/**
 * LeadClip full: every field of a lead. Lists are "; "-joined where that is
 * lossless, JSON arrays otherwise (see cell-codec); objects are JSON; an
 * empty BANT, provenance or conversion link is a blank cell; times are ISO
 * 8601 UTC. The identity keys (emailKeys, profileKeys, nameKey) are not
 * written: they are derived from the person fields and recomputed on import.
 * The score is written for the reader and recomputed on import, since it
 * depends on activities and rules a lead export does not carry.
 */
const LEADCLIP_LEADS: readonly CsvColumn<Lead>[] = [
  col('ID', (l) => l.id),
  col('Full Name', (l) => l.fullName),
  col('First Name', (l) => l.firstName),
  col('Last Name', (l) => l.lastName),
  col('Title', (l) => l.title),
  col('Company', (l) => l.company),
  col('Company Domain', (l) => l.companyDomain),
  col('Location', (l) => l.location),
  // An address guessed from the company's pattern and accepted by the rep is never exported as a known one.
  col('Emails', (l) => encodeList(verifiedEmailsOf(l), 'email')),
  col('Email (guessed)', (l) => encodeList(guessedEmailsOf(l), 'email')),
  col('Phones', (l) => encodeList(l.phones, 'phone')),
  jsonCol('Phone Labels', (l) => (Object.keys(l.phoneLabels).length === 0 ? undefined : l.phoneLabels)),
  col('URLs', (l) => encodeList(l.urls, 'url')),
  col('Status', (l) => l.status),
  col('Disqualify Reason', (l) => l.disqualifyReason),
  col('Source', (l) => l.source),
  col('Tags', (l) => encodeList(l.tags, 'tag')),
  jsonCol('Score', (l) => l.score),
  jsonCol('BANT', (l) => (isEmptyBant(l.bant) ? undefined : l.bant)),
  jsonCol('Provenance', (l) => (l.provenance.length === 0 ? undefined : l.provenance)),
  col('Edited Fields', (l) => encodeList(l.editedFields, 'word')),
  col('Notes', (l) => l.notes),
  col('Lawful Basis', (l) => l.lawfulBasis),
  col('Do Not Contact', (l) => (l.doNotContact ? 'yes' : 'no')),
  jsonCol('Converted To', (l) => l.convertedTo),
  col('Created At', (l) => encodeTime(l.createdAt)),
  col('Updated At', (l) => encodeTime(l.updatedAt)),
];

/**
 * HubSpot's contacts import, its default property labels (DESIGN §5). Email
 * is HubSpot's unique key, so only the first email goes; LeadClip does not
 * tell mobiles from landlines, so the second number we know goes in the
 * mobile column rather than be dropped.
 */
const HUBSPOT_LEADS: readonly CsvColumn<Lead>[] = [
  col('First Name', (l) => nameParts(l).first),
  col('Last Name', (l) => nameParts(l).last),
  col('Email', (l) => verifiedEmailsOf(l)[0] ?? ''),
  col('Phone Number', (l) => l.phones[0] ?? ''),
  col('Mobile Phone Number', (l) => l.phones[1] ?? ''),
  col('Job Title', (l) => l.title),
  col('Company Name', (l) => l.company),
  col('Website URL', (l) => website(l)),
  col('City', (l) => place(l).city),
  col('State/Region', (l) => place(l).region),
  col('Country/Region', (l) => place(l).country),
  col('Postal Code', (l) => place(l).postalCode),
  col('Lifecycle Stage', (l) => hubspotLifecycleStage(l)),
  col('Lead Status', (l) => HUBSPOT_LEAD_STATUS[l.status]),
];

/**
 * The Lead object's field labels the Data Import Wizard recognises (DESIGN
 * §5), First Name + Last Name and never Full Name. Left out are the labels
 * LeadClip never knows: Fax, Annual Revenue, No. of Employees, Street and
 * Record Owner (which must name a Salesforce user). Email Opt Out is written
 * blank: LeadClip records no opt-outs, and a 0 could undo one Salesforce has
 * when a lead is updated.
 */
const SALESFORCE_LEADS: readonly CsvColumn<Lead>[] = [
  col('First Name', (l) => {
    const n = nameParts(l);
    return n.last ? n.first : '';
  }),
  col('Last Name', (l) => {
    const n = nameParts(l);
    return n.last || n.first || SALESFORCE_NOT_PROVIDED;
  }),
  col('Company', (l) => l.company || SALESFORCE_NOT_PROVIDED),
  col('Title', (l) => l.title),
  col('Email', (l) => verifiedEmailsOf(l)[0] ?? ''),
  col('Phone', (l) => l.phones[0] ?? ''),
  col('Mobile Phone', (l) => l.phones[1] ?? ''),
  col('Website', (l) => website(l)),
  col('Lead Source', (l) => salesforceLeadSource(l.source)),
  col('Lead Status', (l) => SALESFORCE_LEAD_STATUS[l.status]),
  col('Rating', (l) => salesforceRating(l)),
  col('Industry', () => ''),
  col('City', (l) => place(l).city),
  col('State/Province', (l) => place(l).region),
  col('Zip/Postal Code', (l) => place(l).postalCode),
  col('Country', (l) => place(l).country),
  col('Description', (l) => l.notes),
  col('Email Opt Out', () => ''),
];

/** For a spreadsheet: what a rep reads, in words. */
const PLAIN_LEADS: readonly CsvColumn<Lead>[] = [
  col('Name', (l) => l.fullName),
  col('First Name', (l) => l.firstName),
  col('Last Name', (l) => l.lastName),
  col('Title', (l) => l.title),
  col('Company', (l) => l.company),
  col('Email', (l) => encodeList(verifiedEmailsOf(l), 'email')),
  col('Phone', (l) => encodeList(l.phones, 'phone')),
  col('LinkedIn', (l) => linkedinProfile(l.urls)),
  col('Website', (l) => website(l)),
  col('Location', (l) => l.location),
  col('Status', (l) => LEAD_STATUS_LABEL[l.status]),
  col('Source', (l) => LEAD_SOURCE_LABEL[l.source]),
  col('Tags', (l) => encodeList(l.tags, 'tag')),
  col('Score', (l) => String(l.score.total)),
  col('Grade', (l) => l.score.grade),
  col('Notes', (l) => l.notes),
  col('Created', (l) => localDate(new Date(l.createdAt))),
];

const accountName = (c: Contact, ctx: CsvContext) => ctx.account(c.accountId)?.name ?? '';
const accountSite = (c: Contact, ctx: CsvContext) => {
  const domain = ctx.account(c.accountId)?.domain;
  return domain ? `https://${domain}` : '';
};

const LEADCLIP_CONTACTS: readonly CsvColumn<Contact>[] = [
  col('ID', (c) => c.id),
  col('Account ID', (c) => c.accountId),
  col('Account Name', accountName),
  col('Lead ID', (c) => c.leadId ?? ''),
  col('Full Name', (c) => c.fullName),
  col('First Name', (c) => c.firstName),
  col('Last Name', (c) => c.lastName),
  col('Title', (c) => c.title),
  col('Location', (c) => c.location),
  col('Emails', (c) => encodeList(c.emails, 'email')),
  col('Phones', (c) => encodeList(c.phones, 'phone')),
  col('URLs', (c) => encodeList(c.urls, 'url')),
  col('Tags', (c) => encodeList(c.tags, 'tag')),
  col('Notes', (c) => c.notes),
  col('Lawful Basis', (c) => c.lawfulBasis),
  col('Do Not Contact', (c) => (c.doNotContact ? 'yes' : 'no')),
  col('Created At', (c) => encodeTime(c.createdAt)),
  col('Updated At', (c) => encodeTime(c.updatedAt)),
];

/** A contact is someone we do business with: HubSpot's customer stage, and no lead status. */
const HUBSPOT_CONTACTS: readonly CsvColumn<Contact>[] = [
  col('First Name', (c) => nameParts(c).first),
  col('Last Name', (c) => nameParts(c).last),
  col('Email', (c) => c.emails[0] ?? ''),
  col('Phone Number', (c) => c.phones[0] ?? ''),
  col('Mobile Phone Number', (c) => c.phones[1] ?? ''),
  col('Job Title', (c) => c.title),
  col('Company Name', accountName),
  col('Website URL', accountSite),
  col('City', (c) => place(c).city),
  col('State/Region', (c) => place(c).region),
  col('Country/Region', (c) => place(c).country),
  col('Postal Code', (c) => place(c).postalCode),
  col('Lifecycle Stage', () => 'customer'),
  col('Lead Status', () => ''),
];

const PLAIN_CONTACTS: readonly CsvColumn<Contact>[] = [
  col('Name', (c) => c.fullName),
  col('First Name', (c) => c.firstName),
  col('Last Name', (c) => c.lastName),
  col('Title', (c) => c.title),
  col('Account', accountName),
  col('Email', (c) => encodeList(c.emails, 'email')),
  col('Phone', (c) => encodeList(c.phones, 'phone')),
  col('Location', (c) => c.location),
  col('Tags', (c) => encodeList(c.tags, 'tag')),
  col('Notes', (c) => c.notes),
  col('Created', (c) => localDate(new Date(c.createdAt))),
];

const LEADCLIP_ACCOUNTS: readonly CsvColumn<Account>[] = [
  col('ID', (a) => a.id),
  col('Name', (a) => a.name),
  col('Domain', (a) => a.domain),
  col('Industry', (a) => a.industry),
  col('Tags', (a) => encodeList(a.tags, 'tag')),
  col('Created At', (a) => encodeTime(a.createdAt)),
  col('Updated At', (a) => encodeTime(a.updatedAt)),
];

const PLAIN_ACCOUNTS: readonly CsvColumn<Account>[] = [
  col('Name', (a) => a.name),
  col('Domain', (a) => a.domain),
  col('Industry', (a) => a.industry),
  col('Tags', (a) => encodeList(a.tags, 'tag')),
  col('Created', (a) => localDate(new Date(a.createdAt))),
];

export const LEAD_COLUMNS: Record<CsvPresetId, readonly CsvColumn<Lead>[]> = {
  leadclip: LEADCLIP_LEADS,
  hubspot: HUBSPOT_LEADS,
  salesforce: SALESFORCE_LEADS,
  plain: PLAIN_LEADS,
};

export const CONTACT_COLUMNS: Partial<Record<CsvPresetId, readonly CsvColumn<Contact>[]>> = {
  leadclip: LEADCLIP_CONTACTS,
  hubspot: HUBSPOT_CONTACTS,
  plain: PLAIN_CONTACTS,
};

export const ACCOUNT_COLUMNS: Partial<Record<CsvPresetId, readonly CsvColumn<Account>[]>> = {
  leadclip: LEADCLIP_ACCOUNTS,
  plain: PLAIN_ACCOUNTS,
};

function unsupported(preset: CsvPresetId, entity: CsvEntity): Error {
  return new Error(`The ${CSV_PRESETS[preset].label} format has no ${entity} export`);
}

export function contactColumns(preset: CsvPresetId): readonly CsvColumn<Contact>[] {
  const cols = CONTACT_COLUMNS[preset];
  if (!cols) throw unsupported(preset, 'contacts');
  return cols;
}

export function accountColumns(preset: CsvPresetId): readonly CsvColumn<Account>[] {
  const cols = ACCOUNT_COLUMNS[preset];
  if (!cols) throw unsupported(preset, 'accounts');
  return cols;
}

/** The header row a preset writes for an entity. */
export function presetHeaders(preset: CsvPresetId, entity: CsvEntity): string[] {
  const cols =
    entity === 'leads' ? LEAD_COLUMNS[preset] : entity === 'contacts' ? contactColumns(preset) : accountColumns(preset);
  return cols.map((c) => c.header);
}
