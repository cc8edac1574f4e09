import type { PersonData } from '../db/privacy-repository';
import { LAWFUL_BASIS_LABEL } from '../model/privacy';

/**
 * A subject access export: everything LeadClip holds about one person, in one
 * JSON document a rep can hand over as it is. The records are included whole
 * (provenance: where, when and by which extractor each capture happened, with
 * a confidence per field), with a plain summary first.
 */
export function subjectAccessExport(data: PersonData, now: number) {
  const people = [...data.leads, ...data.contacts];
  const uniq = (xs: string[]) => [...new Set(xs.filter(Boolean))];
  return {
    format: 'leadclip-subject-access/1',
    exportedAt: new Date(now).toISOString(),
    summary: {
      names: uniq(people.map((p) => p.fullName)),
      emails: uniq(people.flatMap((p) => p.emails)),
      phones: uniq(people.flatMap((p) => p.phones)),
      links: uniq(people.flatMap((p) => p.urls)),
      lawfulBasis: uniq(people.map((p) => LAWFUL_BASIS_LABEL[p.lawfulBasis])),
      doNotContact: people.some((p) => p.doNotContact),
      sources: data.leads.flatMap((l) =>
        l.provenance.map((p) => ({
          pageUrl: p.pageUrl,
          pageTitle: p.pageTitle,
          capturedAt: new Date(p.capturedAt).toISOString(),
          extractors: p.extractors,
        })),
      ),
      activities: data.activities.length,
    },
    leads: data.leads,
    contacts: data.contacts,
    activities: data.activities,
    accounts: data.accounts,
    deals: data.deals,
  };
}
