import type { Candidate } from '../../model/candidate';
import { companyDomainFromEmail } from '../../person/lead-identity';

// Second-level labels under which a country's companies register ("acme.co.uk", "acme.com.au").
const REGISTRY_LABELS = new Set(['co', 'com', 'org', 'net', 'ac', 'gov', 'edu', 'ne', 'or', 'gv', 'ltd', 'plc']);
const SOURCE = 'email-domain';

/** "mail.acme-corp.co.uk" → "Acme Corp": the name a company's domain spells, for want of a better one. */
export function companyNameFromDomain(domain: string): string {
  const labels = domain.toLowerCase().split('.').filter(Boolean);
  if (labels.length < 2) return '';
  const secondLevel = labels.at(-2) ?? '';
  const index = labels.length > 2 && REGISTRY_LABELS.has(secondLevel) && (labels.at(-1) ?? '').length === 2 ? -3 : -2;
  const label = labels.at(index) ?? '';
  return label
    .split(/[-_]+/)
    .filter(Boolean)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');
}

/** A company for a candidate that has none, from a business (not free-mail) address; low confidence. */
export function fillCompanyFromEmail(c: Candidate): Candidate {
  if (c.company) return c;
  for (const e of c.emails) {
    const name = companyNameFromDomain(companyDomainFromEmail(e.value));
    if (name) return { ...c, company: { value: name, confidence: 0.3, source: SOURCE } };
  }
  return c;
}
