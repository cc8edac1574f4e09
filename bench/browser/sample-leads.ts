import type { LeadInput } from '../../lib/model/lead';

const FIRST = ['Ada', 'Grace', 'Linus', 'Maria', 'Jonas', 'Priya', 'Tomás', 'Aiko', 'Kwame', 'Sofia', 'Mateo', 'Lena'];
const LAST = ['Lovelace', 'Hopper', 'Okafor', 'van der Berg', 'Raman', 'Ruiz', 'Tanaka', 'Mensah', 'Rossi', 'Novak'];
const TITLES = ['VP of Sales', 'Head of Data', 'CTO', 'Account Executive', 'Marketing Manager', 'Founder & CEO'];
const COMPANIES = ['Northwind', 'Contoso', 'Fabrikam', 'Initech', 'Globex', 'Umbrella', 'Hooli', 'Vandelay'];
const STATUSES = ['new', 'working', 'qualified', 'disqualified'] as const;

/** Deterministic, realistic leads for benchmarks: same n, same records. */
export function sampleLeads(n: number, start = Date.UTC(2026, 0, 1)): LeadInput[] {
  const leads: LeadInput[] = [];
  for (let i = 0; i < n; i++) {
    const first = FIRST[i % FIRST.length] ?? 'Ada';
    const last = LAST[(i * 7) % LAST.length] ?? 'Lovelace';
    const company = COMPANIES[(i * 3) % COMPANIES.length] ?? 'Northwind';
    const domain = `${company.toLowerCase()}-${i % 500}.example`;
    const email = `${first.toLowerCase()}.${last.toLowerCase().replace(/\s+/g, '')}.${i}@${domain}`;
    const t = start + i * 60_000;
    leads.push({
      id: `bench-${i.toString(36).padStart(6, '0')}`,
      fullName: `${first} ${last}`,
      firstName: first,
      lastName: last,
      title: TITLES[i % TITLES.length] ?? '',
      company,
      companyDomain: domain,
      emails: [email],
      emailKeys: [email],
      urls: [`https://www.linkedin.com/in/${first.toLowerCase()}-${i}/`],
      profileKeys: [`linkedin:${first.toLowerCase()}-${i}`],
      nameKey: `${first.toLowerCase()} ${last.toLowerCase()}|${company.toLowerCase()}`,
      status: STATUSES[i % STATUSES.length] ?? 'new',
      tags: i % 5 === 0 ? ['conf-2026', 'vip'] : ['conf-2026'],
      provenance: [
        {
          pageUrl: `https://${domain}/team`,
          pageTitle: `${company} team`,
          extractors: ['jsonld'],
          capturedAt: t,
          confidence: { fullName: 0.95, email: 0.9 },
        },
      ],
      createdAt: t,
      updatedAt: t,
    });
  }
  return leads;
}
