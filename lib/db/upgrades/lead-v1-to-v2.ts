import { identityKeys } from '../../crm/lead-keys';
import { type Lead, LeadSchema } from '../../model/lead';
import { isWebUrl } from '../../model/web-url';
import { companyDomainFromEmail } from '../../person/lead-identity';
import { LeadV1Schema } from '../legacy/lead-v1';

/**
 * v1 kept a single `name`, `email` and `url`. v2 splits the name, keeps lists,
 * and adds the derived identity keys, score, BANT and provenance.
 * Returns an error message instead of throwing: one bad row must not stop the
 * database from opening.
 */
export function upgradeLeadV1(raw: unknown): { lead: Lead } | { error: string } {
  const v1 = LeadV1Schema.safeParse(raw);
  if (!v1.success) return { error: v1.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') };
  const old = v1.data;
  const at = Date.parse(old.capturedAt);
  const parts = old.name.trim().split(/\s+/).filter(Boolean);
  const emails = old.email ? [old.email.toLowerCase()] : [];
  // v1 stored any address a page gave; only web addresses stay links (the page address is kept as provenance).
  const urls = old.url && isWebUrl(old.url) ? [old.url] : [];
  const lead = LeadSchema.safeParse({
    id: old.id,
    fullName: old.name,
    firstName: parts.length > 1 ? parts.slice(0, -1).join(' ') : (parts[0] ?? ''),
    lastName: parts.length > 1 ? (parts.at(-1) ?? '') : '',
    title: old.title,
    company: old.company,
    companyDomain: emails.map(companyDomainFromEmail).find(Boolean) ?? '',
    emails,
    urls,
    status: old.status,
    tags: old.tags,
    provenance: old.url
      ? [{ pageUrl: old.url, pageTitle: '', extractors: ['v1'], capturedAt: at, confidence: {} }]
      : [],
    ...identityKeys({ emails, urls, fullName: old.name, company: old.company }),
    createdAt: at,
    updatedAt: at,
  });
  if (!lead.success) return { error: lead.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') };
  return { lead: lead.data };
}
