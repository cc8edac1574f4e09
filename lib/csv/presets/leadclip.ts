import {
  contactGuessedEmailsOf,
  contactVerifiedEmailsOf,
  guessedEmailsOf,
  verifiedEmailsOf,
} from '../../crm/guessed-emails';
import type { Account } from '../../model/account';
import type { Bant } from '../../model/bant';
import type { Contact } from '../../model/contact';
import type { Lead } from '../../model/lead';
import { encodeList, encodeTime } from '../cell-codec';
import { accountName, nameAndTitleColumns } from './person-cells';
import { type CsvColumn, type CsvPreset, col, jsonCol } from './preset';

const isEmptyBant = (b: Bant) =>
  b.budget.answer === 'unknown' &&
  b.budget.note === '' &&
  b.authority.answer === 'unknown' &&
  b.authority.note === '' &&
  b.need.answer === 'unknown' &&
  b.need.note === '' &&
  b.timeline.answer === 'unknown' &&
  b.timeline.note === '';

/**
 * LeadClip full: every field of a lead. Lists are "; "-joined where that is
 * lossless, JSON arrays otherwise (see cell-codec); objects are JSON; an
 * empty BANT, provenance or conversion link is a blank cell; times are ISO
 * 8601 UTC. The identity keys (emailKeys, profileKeys, nameKey) are not
 * written: they are derived from the person fields and recomputed on import.
 * The score is written for the reader and recomputed on import, since it
 * depends on activities and rules a lead export does not carry.
 */
const LEADS: readonly CsvColumn<Lead>[] = [
  col('ID', (l) => l.id),
  ...nameAndTitleColumns<Lead>('Full Name'),
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

const CONTACTS: readonly CsvColumn<Contact>[] = [
  col('ID', (c) => c.id),
  col('Account ID', (c) => c.accountId),
  col('Account Name', accountName),
  col('Lead ID', (c) => c.leadId ?? ''),
  ...nameAndTitleColumns<Contact>('Full Name'),
  col('Location', (c) => c.location),
  col('Emails', (c) => encodeList(contactVerifiedEmailsOf(c), 'email')),
  col('Email (guessed)', (c) => encodeList(contactGuessedEmailsOf(c), 'email')),
  col('Phones', (c) => encodeList(c.phones, 'phone')),
  col('URLs', (c) => encodeList(c.urls, 'url')),
  col('Tags', (c) => encodeList(c.tags, 'tag')),
  col('Notes', (c) => c.notes),
  col('Lawful Basis', (c) => c.lawfulBasis),
  col('Do Not Contact', (c) => (c.doNotContact ? 'yes' : 'no')),
  col('Created At', (c) => encodeTime(c.createdAt)),
  col('Updated At', (c) => encodeTime(c.updatedAt)),
];

const ACCOUNTS: readonly CsvColumn<Account>[] = [
  col('ID', (a) => a.id),
  col('Name', (a) => a.name),
  col('Domain', (a) => a.domain),
  col('Industry', (a) => a.industry),
  col('Tags', (a) => encodeList(a.tags, 'tag')),
  col('Created At', (a) => encodeTime(a.createdAt)),
  col('Updated At', (a) => encodeTime(a.updatedAt)),
];

export const leadClipPreset: CsvPreset<'leadclip'> = {
  id: 'leadclip',
  label: 'LeadClip full (round-trips)',
  leads: LEADS,
  contacts: CONTACTS,
  accounts: ACCOUNTS,
};
