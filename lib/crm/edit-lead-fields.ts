import type { Lead } from '../model/lead';
import type { LeadFieldPatch } from '../model/lead-edit';
import type { PersonField } from '../model/person-fields';
import { companyDomainFromEmail, normalizeEmail } from '../person/lead-identity';
import { parseName } from '../person/parse-name';
import { identityKeys } from './lead-keys';

type EditKey = keyof LeadFieldPatch;

/** Which person fields an edit pins, so a later capture leaves them alone. Notes are the rep's own and never captured. */
const PINS: Record<EditKey, PersonField[]> = {
  fullName: ['fullName', 'firstName', 'lastName'],
  title: ['title'],
  company: ['company'],
  location: ['location'],
  emails: ['email'],
  phones: ['phone'],
  notes: [],
};

function uniqueBy(values: readonly string[], key: (v: string) => string): string[] {
  const seen = new Set<string>();
  return values.filter((v) => {
    const k = key(v);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((v, i) => v === b[i]);

/**
 * The lead with the rep's corrections applied: only fields whose value really
 * changes count, those are pinned in `editedFields`, and everything derived
 * from them (first/last name, company domain, identity keys) follows.
 */
export function applyLeadFieldEdits(lead: Lead, edit: LeadFieldPatch, now: number): { lead: Lead; changed: EditKey[] } {
  const next: Lead = { ...lead };
  const changed: EditKey[] = [];
  for (const key of ['fullName', 'title', 'company', 'location', 'notes'] as const) {
    const value = edit[key];
    if (value !== undefined && value !== lead[key]) {
      next[key] = value;
      changed.push(key);
    }
  }
  if (edit.emails) {
    const emails = uniqueBy(edit.emails, normalizeEmail);
    if (!sameList(emails, lead.emails)) {
      next.emails = emails;
      // The company domain is only ever learnt from a business email, so it follows the emails.
      next.companyDomain = emails.map(companyDomainFromEmail).find(Boolean) ?? '';
      changed.push('emails');
    }
  }
  if (edit.phones) {
    const phones = uniqueBy(edit.phones, (p) => p.replace(/[^\d+]/g, '') || p);
    if (!sameList(phones, lead.phones)) {
      next.phones = phones;
      changed.push('phones');
    }
  }
  if (changed.length === 0) return { lead, changed };
  if (changed.includes('fullName')) {
    const parsed = parseName(next.fullName);
    next.firstName = parsed.first;
    next.lastName = parsed.last;
  }
  const pinned = new Set([...lead.editedFields, ...changed.flatMap((k) => PINS[k])]);
  next.editedFields = [...pinned];
  next.updatedAt = now;
  return { lead: { ...next, ...identityKeys(next) }, changed };
}
