import { toE164 } from '../extract/phones/normalize-phones';
import { regionHintForAddress } from '../extract/region-hint';
import type { Candidate } from '../model/candidate';
import type { PersonField } from '../model/person-fields';
import type { Provenance } from '../model/provenance';
import { canonicalProfileKey, companyDomainFromEmail, normalizeEmail } from '../person/lead-identity';

/** The person fields of a lead, as a capture proposes them. */
export interface PersonDraft {
  fullName: string;
  firstName: string;
  lastName: string;
  title: string;
  company: string;
  companyDomain: string;
  location: string;
  emails: string[];
  phones: string[];
  /** The kind of each phone the page named ("mobile", "fax"), by the number as stored. */
  phoneLabels: Record<string, string>;
  urls: string[];
}

export interface CaptureContext {
  pageUrl: string;
  pageTitle: string;
  /** The country the page writes local numbers for, as the content script read it (domain, language). */
  regionHint?: string;
  now: number;
}

function uniqueBy(values: string[], key: (v: string) => string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const v of values) {
    const k = key(v);
    if (!k || seen.has(k)) continue;
    seen.add(k);
    out.push(v);
  }
  return out;
}

function joinName(first: string, last: string): string {
  return [first, last].filter(Boolean).join(' ');
}

/**
 * Phones as E.164 (+4930123456) where they parse for the page's country, so one number written two ways
 * is one number; a number that does not parse is kept as written, for the rep to read.
 */
function phonesInE164(c: Candidate, ctx: CaptureContext): { phones: string[]; phoneLabels: Record<string, string> } {
  const region = ctx.regionHint || regionHintForAddress(ctx.pageUrl);
  const read = c.phones.map((p) => ({ number: toE164(p.value, region) ?? p.value.trim(), label: p.label ?? '' }));
  const phones = uniqueBy(
    read.map((p) => p.number),
    (p) => p.replace(/[^\d+]/g, ''),
  );
  const phoneLabels: Record<string, string> = {};
  for (const p of read) if (p.label && phones.includes(p.number)) phoneLabels[p.number] ??= p.label;
  return { phones, phoneLabels };
}

/** Turn what the extractor found into lead fields plus the provenance of this capture. */
export function draftFromCandidate(c: Candidate, ctx: CaptureContext): { draft: PersonDraft; provenance: Provenance } {
  const firstName = c.firstName?.value.trim() ?? '';
  const lastName = c.lastName?.value.trim() ?? '';
  const emails = uniqueBy(
    c.emails.map((e) => e.value.trim().toLowerCase()),
    normalizeEmail,
  );
  const draft: PersonDraft = {
    fullName: c.fullName?.value.trim() || joinName(firstName, lastName),
    firstName,
    lastName,
    title: c.title?.value.trim() ?? '',
    company: c.company?.value.trim() ?? '',
    companyDomain: emails.map(companyDomainFromEmail).find(Boolean) ?? '',
    location: c.location?.value.trim() ?? '',
    emails,
    ...phonesInE164(c, ctx),
    urls: uniqueBy(
      c.urls.map((u) => u.value.trim()),
      (u) => u.replace(/\/+$/, '').toLowerCase(),
    ),
  };
  const confidence: Partial<Record<PersonField, number>> = {};
  const note = (field: PersonField, v: { confidence: number } | undefined) => {
    if (v) confidence[field] = Math.max(confidence[field] ?? 0, v.confidence);
  };
  note('fullName', c.fullName);
  note('firstName', c.firstName);
  note('lastName', c.lastName);
  note('title', c.title);
  note('company', c.company);
  note('location', c.location);
  for (const e of c.emails) note('email', e);
  for (const p of c.phones) note('phone', p);
  for (const u of c.urls) note(canonicalProfileKey(u.value) ? 'profileUrl' : 'url', u);
  return {
    draft,
    provenance: {
      pageUrl: ctx.pageUrl,
      pageTitle: ctx.pageTitle,
      extractors: c.sources,
      capturedAt: ctx.now,
      confidence,
    },
  };
}
