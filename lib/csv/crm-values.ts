import type { Lead } from '../model/lead';
import { LEAD_SOURCE_LABEL, type LeadSource, LeadSourceSchema } from '../model/lead-source';
import { LEAD_STATUS_LABEL, type LeadStatus, LeadStatusSchema } from '../model/lead-status';

/**
 * Our lead statuses in HubSpot's and Salesforce's vocabulary (DESIGN §5), and
 * every vocabulary we know read back into ours.
 *
 * Export:
 *   new          → SF Open - Not Contacted       · HubSpot Lead Status NEW, Lifecycle Stage lead
 *   working      → SF Working - Contacted        · IN_PROGRESS, lead
 *   qualified    → SF Working - Contacted + Hot  · IN_PROGRESS, salesqualifiedlead
 *   disqualified → SF Closed - Not Converted     · UNQUALIFIED, lead
 *   converted    → SF Closed - Converted         · (no lead status) customer, or opportunity when a deal was made
 */

export const SALESFORCE_LEAD_STATUS: Record<LeadStatus, string> = {
  new: 'Open - Not Contacted',
  working: 'Working - Contacted',
  qualified: 'Working - Contacted',
  converted: 'Closed - Converted',
  disqualified: 'Closed - Not Converted',
};

/** Salesforce marks a prospect by its rating; other leads are left unrated rather than guessed. */
export function salesforceRating(lead: Pick<Lead, 'status'>): string {
  return lead.status === 'qualified' ? 'Hot' : '';
}

export const HUBSPOT_LEAD_STATUS: Record<LeadStatus, string> = {
  new: 'NEW',
  working: 'IN_PROGRESS',
  qualified: 'IN_PROGRESS',
  // HubSpot's lead status describes sales work on a lead; a customer has none. Blank cells do not overwrite.
  converted: '',
  disqualified: 'UNQUALIFIED',
};

export function hubspotLifecycleStage(lead: Pick<Lead, 'status' | 'convertedTo'>): string {
  switch (lead.status) {
    case 'qualified':
      return 'salesqualifiedlead';
    case 'converted':
      return lead.convertedTo?.dealId ? 'opportunity' : 'customer';
    default:
      return 'lead';
  }
}

/**
 * Salesforce's default Lead Source picklist has "Web"; the rest of our sources
 * have no standard value there, so they go out as our labels, which an
 * unrestricted picklist accepts as they are.
 */
export function salesforceLeadSource(source: LeadSource): string {
  return source === 'web' ? 'Web' : LEAD_SOURCE_LABEL[source];
}

const KEY_CACHE = new Map<string, string>();

/** Case, spaces and punctuation do not matter: "IN_PROGRESS", "In progress" and "in-progress" are one value. */
export function valueKey(s: string): string {
  // A column holds a handful of values over and over: each is folded once.
  const cached = KEY_CACHE.get(s);
  if (cached !== undefined) return cached;
  const key = s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
  if (KEY_CACHE.size >= 1000) KEY_CACHE.clear();
  KEY_CACHE.set(s, key);
  return key;
}

export interface StatusReading {
  status: LeadStatus;
  /** A status another system gave that we can only approximate, said in words for the disqualify reason. */
  reason?: string;
  /** HubSpot's customer and evangelist stages: the person is a customer (a relationship tag). */
  customer?: boolean;
}

const STATUS_VALUES = new Map<string, StatusReading>();
function statusValue(words: readonly string[], reading: StatusReading) {
  for (const w of words) STATUS_VALUES.set(valueKey(w), reading);
}
// Ours first: the enum values (the LeadClip preset) and the labels (the plain preset).
for (const s of LeadStatusSchema.options) statusValue([s, LEAD_STATUS_LABEL[s]], { status: s });
// Salesforce's default lead statuses. A lead converted in Salesforce is a prospect here: a converted
// lead in LeadClip links to the contact and account it became, which a CSV cannot bring.
statusValue(['Open - Not Contacted', 'Open'], { status: 'new' });
statusValue(['Working - Contacted', 'Working'], { status: 'working' });
statusValue(['Closed - Converted'], { status: 'qualified' });
statusValue(['Closed - Not Converted'], { status: 'disqualified', reason: 'Closed - Not Converted' });
// HubSpot's lead statuses, as internal values and as labels.
statusValue(['NEW'], { status: 'new' });
statusValue(['IN_PROGRESS', 'ATTEMPTED_TO_CONTACT', 'CONNECTED'], { status: 'working' });
statusValue(['OPEN_DEAL'], { status: 'qualified' });
statusValue(['UNQUALIFIED'], { status: 'disqualified', reason: 'Unqualified' });
statusValue(['BAD_TIMING'], { status: 'disqualified', reason: 'Bad timing' });

const LIFECYCLE_VALUES = new Map<string, StatusReading>();
function lifecycleValue(words: readonly string[], reading: StatusReading) {
  for (const w of words) LIFECYCLE_VALUES.set(valueKey(w), reading);
}
lifecycleValue(['subscriber', 'lead', 'other', 'marketingqualifiedlead', 'MQL'], { status: 'new' });
lifecycleValue(['salesqualifiedlead', 'SQL', 'opportunity'], { status: 'qualified' });
lifecycleValue(['customer', 'evangelist'], { status: 'qualified', customer: true });

export type ReadResult<T> = { ok: true; value: T | undefined } | { ok: false; error: string };

const ACCEPTED_STATUSES =
  'New, Working, Prospect, Converted, Disqualified, or a Salesforce or HubSpot lead status such as "Working - Contacted" or "IN_PROGRESS"';

export function readStatus(cell: string): ReadResult<StatusReading> {
  if (cell.trim() === '') return { ok: true, value: undefined };
  const hit = STATUS_VALUES.get(valueKey(cell));
  return hit
    ? { ok: true, value: hit }
    : { ok: false, error: `"${cell.trim()}" is not a lead status LeadClip knows (use ${ACCEPTED_STATUSES})` };
}

export function readLifecycleStage(cell: string): ReadResult<StatusReading> {
  if (cell.trim() === '') return { ok: true, value: undefined };
  const hit = LIFECYCLE_VALUES.get(valueKey(cell));
  return hit
    ? { ok: true, value: hit }
    : {
        ok: false,
        error: `"${cell.trim()}" is not a HubSpot lifecycle stage (subscriber, lead, marketingqualifiedlead, salesqualifiedlead, opportunity, customer, evangelist, other)`,
      };
}

export function readRating(cell: string): ReadResult<'hot' | 'warm' | 'cold'> {
  const k = valueKey(cell);
  if (k === '') return { ok: true, value: undefined };
  return k === 'hot' || k === 'warm' || k === 'cold'
    ? { ok: true, value: k }
    : { ok: false, error: `"${cell.trim()}" is not a rating (Hot, Warm or Cold)` };
}

const RANK: Record<LeadStatus, number> = { new: 0, working: 1, qualified: 2, converted: 3, disqualified: -1 };

/**
 * One status from the status, lifecycle stage and rating columns: a
 * disqualifying lead status wins; otherwise the furthest along of the two;
 * Salesforce's "Working - Contacted" rated Hot is a prospect (the export's
 * mapping read back).
 */
export function combineStatus(
  status: StatusReading | undefined,
  lifecycle: StatusReading | undefined,
  rating: 'hot' | 'warm' | 'cold' | undefined,
): StatusReading | undefined {
  let out: StatusReading | undefined;
  if (status?.status === 'disqualified') out = status;
  else if (status && lifecycle) out = RANK[lifecycle.status] > RANK[status.status] ? lifecycle : status;
  else out = status ?? lifecycle;
  if (out?.status === 'working' && rating === 'hot') out = { ...out, status: 'qualified' };
  const customer = status?.customer || lifecycle?.customer;
  return out && customer && !out.customer ? { ...out, customer } : out;
}

const SOURCE_VALUES = new Map<string, LeadSource>();
function sourceValue(words: readonly string[], source: LeadSource) {
  for (const w of words) SOURCE_VALUES.set(valueKey(w), source);
}
for (const s of LeadSourceSchema.options) sourceValue([s, LEAD_SOURCE_LABEL[s]], s);
// Salesforce's and HubSpot's usual lead and original source values.
sourceValue(
  ['Web', 'Website', 'Organic search', 'ORGANIC_SEARCH', 'DIRECT_TRAFFIC', 'Direct traffic', 'Inbound'],
  'web',
);
sourceValue(['Social', 'Social media', 'SOCIAL_MEDIA', 'LinkedIn', 'Twitter', 'X', 'Facebook'], 'social');
sourceValue(['Trade show', 'Tradeshow', 'Event', 'Conference', 'Expo'], 'trade-show');
sourceValue(['Seminar - Internal', 'Seminar - Partner', 'Webinar', 'Workshop'], 'seminar');
sourceValue(['Ad', 'Ads', 'Paid search', 'PAID_SEARCH', 'Paid social', 'PAID_SOCIAL', 'Advertising'], 'advertisement');
sourceValue(
  ['Email', 'Email marketing', 'EMAIL_MARKETING', 'Newsletter', 'Campaign', 'OTHER_CAMPAIGNS'],
  'email-campaign',
);
sourceValue(
  ['Employee Referral', 'External Referral', 'Partner Referral', 'Partner', 'Word of mouth', 'REFERRALS', 'Referrals'],
  'referral',
);
sourceValue(['Purchased List', 'List', 'CSV', 'Imported', 'OFFLINE', 'Offline sources'], 'import');
sourceValue(['Phone Inquiry', 'Walk-in', 'In person'], 'manual');

/** A source cell in any of those vocabularies; undefined (use the rep's choice) when blank or unknown. */
export function readSource(cell: string): LeadSource | undefined {
  return SOURCE_VALUES.get(valueKey(cell));
}
