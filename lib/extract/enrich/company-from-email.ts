import type { Candidate } from '../../model/candidate';
import { companyDomainFromEmail, foldText } from '../../person/lead-identity';
import { metaProperty } from '../dom/head-tags';
import { titleParts } from '../sites/team-page';
import { cleanText } from '../text';

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

// A firm's legal form, which its domain leaves out: "Greyhawk Labels Ltd" is greyhawklabels.example.
const LEGAL_FORM =
  /\s*,?\s+(?:inc|llc|llp|ltd|limited|gmbh|ag|sa|plc|corp|corporation|co|company|bv|nv|pty|ab|as|oy)\.?$/i;
const letters = (text: string): string => foldText(text).replace(/[^a-z0-9]/g, '');

/**
 * Names of organisations the page itself prints (its title's parts, its site name, its main headings):
 * where one spells the address's domain, it is how the firm writes its name.
 */
export function organisationSpellings(document: Document): string[] {
  const title = titleParts(cleanText(document.title));
  const site = metaProperty(document, 'og:site_name')?.getAttribute('content') ?? '';
  const headings = [...document.querySelectorAll('h1, h2')].slice(0, 20).map((h) => cleanText(h.textContent));
  return [...title, site, ...headings].map(cleanText).filter((t) => t.length >= 3 && t.length <= 80);
}

function spelledOnPage(domainName: string, spellings: readonly string[]): string | undefined {
  const want = letters(domainName);
  if (want.length < 4) return undefined;
  return spellings.find((s) => letters(s.replace(LEGAL_FORM, '')) === want);
}

/**
 * A company for a candidate that has none, from a business (not free-mail) address; low confidence.
 * The page's own spelling of that firm wins over the domain's letters ("Greyhawk Labels Ltd", not "Greyhawklabels").
 */
export function fillCompanyFromEmail(spellings: readonly string[] = []): (c: Candidate) => Candidate {
  return (c) => {
    if (c.company) return c;
    for (const e of c.emails) {
      const name = companyNameFromDomain(companyDomainFromEmail(e.value));
      if (name)
        return { ...c, company: { value: spelledOnPage(name, spellings) ?? name, confidence: 0.3, source: SOURCE } };
    }
    return c;
  };
}
