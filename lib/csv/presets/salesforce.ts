import { verifiedEmailsOf } from '../../crm/guessed-emails';
import type { Lead } from '../../model/lead';
import { SALESFORCE_LEAD_STATUS, salesforceLeadSource, salesforceRating } from '../crm-values';
import { nameParts, place, website } from './person-cells';
import { type CsvColumn, type CsvPreset, col } from './preset';

/**
 * Salesforce requires Last Name and, with it, Company on every lead. Its own
 * Web-to-Lead fills a missing company with "[not provided]"; we use the same
 * words (and for a person with a single name, that name as Last Name) so
 * such leads import and can be found in Salesforce by that marker.
 */
export const SALESFORCE_NOT_PROVIDED = '[not provided]';

/**
 * The Lead object's field labels the Data Import Wizard recognises (DESIGN
 * §5), First Name + Last Name and never Full Name. Left out are the labels
 * LeadClip never knows: Fax, Annual Revenue, No. of Employees, Street and
 * Record Owner (which must name a Salesforce user). Email Opt Out is written
 * blank: LeadClip records no opt-outs, and a 0 could undo one Salesforce has
 * when a lead is updated.
 */
const LEADS: readonly CsvColumn<Lead>[] = [
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

export const salesforcePreset: CsvPreset<'salesforce'> = {
  id: 'salesforce',
  label: 'Salesforce Data Import Wizard (Lead)',
  leads: LEADS,
};
