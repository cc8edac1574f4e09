import { contactVerifiedEmailsOf, verifiedEmailsOf } from '../../crm/guessed-emails';
import type { Account } from '../../model/account';
import type { Contact } from '../../model/contact';
import type { Lead } from '../../model/lead';
import { LEAD_SOURCE_LABEL } from '../../model/lead-source';
import { LEAD_STATUS_LABEL } from '../../model/lead-status';
import { encodeList, localDate } from '../cell-codec';
import { accountName, linkedinProfile, nameAndTitleColumns, website } from './person-cells';
import { type CsvColumn, type CsvPreset, col } from './preset';

/** For a spreadsheet: what a rep reads, in words. */
const LEADS: readonly CsvColumn<Lead>[] = [
  ...nameAndTitleColumns<Lead>('Name'),
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

const CONTACTS: readonly CsvColumn<Contact>[] = [
  ...nameAndTitleColumns<Contact>('Name'),
  col('Account', accountName),
  col('Email', (c) => encodeList(contactVerifiedEmailsOf(c), 'email')),
  col('Phone', (c) => encodeList(c.phones, 'phone')),
  col('Location', (c) => c.location),
  col('Tags', (c) => encodeList(c.tags, 'tag')),
  col('Notes', (c) => c.notes),
  col('Created', (c) => localDate(new Date(c.createdAt))),
];

const ACCOUNTS: readonly CsvColumn<Account>[] = [
  col('Name', (a) => a.name),
  col('Domain', (a) => a.domain),
  col('Industry', (a) => a.industry),
  col('Tags', (a) => encodeList(a.tags, 'tag')),
  col('Created', (a) => localDate(new Date(a.createdAt))),
];

export const plainPreset: CsvPreset<'plain'> = {
  id: 'plain',
  label: 'Plain',
  leads: LEADS,
  contacts: CONTACTS,
  accounts: ACCOUNTS,
};
