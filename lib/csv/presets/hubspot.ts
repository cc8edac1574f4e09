import { contactVerifiedEmailsOf, verifiedEmailsOf } from '../../crm/guessed-emails';
import type { Contact } from '../../model/contact';
import type { Lead } from '../../model/lead';
import { HUBSPOT_LEAD_STATUS, hubspotLifecycleStage } from '../crm-values';
import { accountName, accountSite, nameParts, place, website } from './person-cells';
import { type CsvColumn, type CsvPreset, col } from './preset';

/**
 * HubSpot's contacts import, its default property labels (DESIGN §5). Email
 * is HubSpot's unique key, so only the first email goes; LeadClip does not
 * tell mobiles from landlines, so the second number we know goes in the
 * mobile column rather than be dropped.
 */
const LEADS: readonly CsvColumn<Lead>[] = [
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

/** A contact is someone we do business with: HubSpot's customer stage, and no lead status. */
const CONTACTS: readonly CsvColumn<Contact>[] = [
  col('First Name', (c) => nameParts(c).first),
  col('Last Name', (c) => nameParts(c).last),
  col('Email', (c) => contactVerifiedEmailsOf(c)[0] ?? ''),
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

export const hubSpotPreset: CsvPreset<'hubspot'> = {
  id: 'hubspot',
  label: 'HubSpot contacts import',
  leads: LEADS,
  contacts: CONTACTS,
};
