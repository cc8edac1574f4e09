import fc from 'fast-check';
import { identityKeys } from '../../../lib/crm/lead-keys';
import { withScore } from '../../../lib/crm/score-lead';
import { BantAnswerSchema } from '../../../lib/model/bant';
import { EmailSchema, TagSchema } from '../../../lib/model/common';
import { type Lead, LeadSchema } from '../../../lib/model/lead';
import { LeadSourceSchema } from '../../../lib/model/lead-source';
import { LeadStatusSchema } from '../../../lib/model/lead-status';
import { PersonFieldSchema } from '../../../lib/model/person-fields';
import { DEFAULT_SETTINGS } from '../../../lib/model/settings';
import { normalizeEmail } from '../../../lib/person/lead-identity';

/** What breaks CSV writers and spreadsheets: quotes, both separators, line breaks, formula starters, JSON brackets. */
const TRICKY = [
  '"',
  ',',
  ';',
  '\r',
  '\n',
  '\r\n',
  '=',
  '+',
  '-',
  '@',
  '\t',
  "'",
  ' ',
  '[',
  ']',
  '{',
  '}',
  '\\',
  'é',
  '中',
  '😀',
  '\u00a0',
];

/** Random Unicode text, heavy on the tricky characters. */
export const trickyText = (maxLength: number) =>
  fc.string({
    unit: fc.oneof(
      { weight: 2, arbitrary: fc.constantFrom(...TRICKY) },
      { weight: 3, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
    ),
    maxLength,
  });

/** A text that starts like a formula now and then, so neutralisation and its undoing are exercised. */
const cellText = (maxLength: number) =>
  fc.oneof(
    trickyText(maxLength),
    fc
      .tuple(fc.constantFrom('=', '+', '-', '@', "'=", "''+", '+1 555 ', '-5'), trickyText(maxLength - 3))
      .map(([a, b]) => a + b),
  );

const email = fc
  .emailAddress({ size: 'small' })
  .map((e) => EmailSchema.safeParse(e))
  .filter((r) => r.success)
  .map((r) => r.data ?? '');

const tag = trickyText(12)
  .map((t) => TagSchema.safeParse(t))
  .filter((r) => r.success)
  .map((r) => r.data ?? '');

const url = fc.oneof(
  fc.webUrl(),
  fc.stringMatching(/^[a-z0-9-]{1,20}$/).map((s) => `https://www.linkedin.com/in/${s}/`),
  // Only web addresses are links (lib/model/web-url.ts): tricky text rides in the path.
  trickyText(30).map((t) => `https://example.com/${encodeURIComponent(t)}`),
);

const bantItem = fc.record({ answer: fc.constantFrom(...BantAnswerSchema.options), note: cellText(40) });

const provenance = fc.record({
  pageUrl: cellText(60),
  pageTitle: cellText(40),
  extractors: fc.array(trickyText(12), { maxLength: 3 }),
  capturedAt: fc.date({ min: new Date(0), max: new Date('2100-01-01'), noInvalidDate: true }).map((d) => d.getTime()),
  confidence: fc.dictionary(fc.constantFrom(...PersonFieldSchema.options), fc.double({ min: 0, max: 1, noNaN: true })),
});

const id = fc.oneof(fc.uuid(), fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/));
const time = fc.date({ min: new Date(0), max: new Date('2100-01-01'), noInvalidDate: true }).map((d) => d.getTime());

function uniqueBy<T>(values: readonly T[], key: (v: T) => string): T[] {
  const seen = new Set<string>();
  return values.filter((v) => {
    const k = key(v);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

const raw = fc.record({
  id,
  fullName: cellText(60),
  firstName: cellText(30),
  lastName: cellText(30),
  title: cellText(60),
  company: cellText(40),
  companyDomain: cellText(30),
  location: cellText(40),
  emails: fc.array(email, { maxLength: 3 }),
  phones: fc.array(
    cellText(20).filter((p) => p.length <= 40),
    { maxLength: 3 },
  ),
  urls: fc.array(url, { maxLength: 3 }),
  status: fc.constantFrom(...LeadStatusSchema.options),
  disqualifyReason: cellText(40),
  source: fc.constantFrom(...LeadSourceSchema.options),
  tags: fc.array(tag, { maxLength: 4 }),
  bant: fc.record({ budget: bantItem, authority: bantItem, need: bantItem, timeline: bantItem }),
  provenance: fc.array(provenance, { maxLength: 2 }),
  editedFields: fc.subarray([...PersonFieldSchema.options]),
  notes: cellText(200),
  convertedTo: fc.option(
    fc.record({ contactId: id, accountId: id, dealId: id }, { requiredKeys: ['contactId', 'accountId'] }),
    {
      nil: undefined,
    },
  ),
  createdAt: time,
  updatedAt: time,
});

/**
 * A lead as the store holds it: parsed by LeadSchema (so trimmed), no name
 * parts without a full name and never neither a name nor an email (capture
 * and edits keep both so), lists without repeats by the capture rules,
 * identity keys derived and the score the store computes without activities.
 */
export function storedLead(now: number) {
  return raw
    .map((r) => {
      const lead = LeadSchema.parse({
        ...r,
        emails: uniqueBy(r.emails, normalizeEmail),
        phones: uniqueBy(r.phones, (p) => p.replace(/[^\d+]/g, '') || p),
        urls: uniqueBy(r.urls, (u) => u.replace(/\/+$/, '').toLowerCase()),
        tags: [...new Set(r.tags)],
      });
      const named = lead.fullName ? lead : { ...lead, firstName: '', lastName: '' };
      const keyed: Lead = { ...named, ...identityKeys(named) };
      return withScore(keyed, [], DEFAULT_SETTINGS.scoring, now);
    })
    .filter((l) => l.fullName !== '' || l.emails.length > 0);
}

/** Leads no two of which are the same person by the capture rules (a store never holds such a pair: capture merges them). */
export function storedLeads(now: number, maxLength = 6) {
  return fc.array(storedLead(now), { minLength: 1, maxLength }).map((leads) => {
    const seen = new Set<string>();
    return leads.filter((l) => {
      const keys = [`id:${l.id}`, ...l.emailKeys.map((k) => `e:${k}`), ...l.profileKeys.map((k) => `p:${k}`)];
      if (l.nameKey) keys.push(`n:${l.nameKey}`);
      if (keys.some((k) => seen.has(k))) return false;
      for (const k of keys) seen.add(k);
      return true;
    });
  });
}
