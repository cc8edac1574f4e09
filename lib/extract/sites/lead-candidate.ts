import type { CandidateInput, FoundValue } from '../../model/candidate';

/** A value an adapter read, and how far it trusts where it read it from. */
export interface Reading {
  value: string;
  confidence: number;
}

/** One person as an adapter reads them; empty readings are dropped when it becomes a candidate. */
export interface PersonReading {
  fullName?: Reading | undefined;
  firstName?: Reading | undefined;
  lastName?: Reading | undefined;
  title?: Reading | undefined;
  company?: Reading | undefined;
  location?: Reading | undefined;
  emails?: Reading[];
  urls?: Reading[];
}

export function reading(value: string | undefined, confidence: number): Reading | undefined {
  const v = (value ?? '').trim();
  return v ? { value: v.slice(0, 2048), confidence } : undefined;
}

function found(r: Reading | undefined, source: string): FoundValue | undefined {
  return r?.value ? { value: r.value, confidence: r.confidence, source } : undefined;
}

function foundList(list: Reading[] | undefined, source: string): FoundValue[] {
  const seen = new Set<string>();
  const out: FoundValue[] = [];
  for (const r of list ?? []) {
    const key = r.value.toLowerCase();
    if (!r.value || seen.has(key)) continue;
    seen.add(key);
    out.push({ value: r.value.slice(0, 2048), confidence: r.confidence, source });
  }
  return out.slice(0, 30);
}

/** The candidate the extraction core expects, every value stamped with the adapter that found it. */
export function leadCandidate(source: string, person: PersonReading): CandidateInput {
  const candidate: CandidateInput = {
    emails: foundList(person.emails, source),
    urls: foundList(person.urls, source),
    sources: [source],
  };
  const scalars = ['fullName', 'firstName', 'lastName', 'title', 'company', 'location'] as const;
  for (const key of scalars) {
    const value = found(person[key], source);
    if (value) candidate[key] = value;
  }
  return candidate;
}

/** A reading that names nobody and gives no way to reach anybody is not a lead. */
export function namesSomebody(person: PersonReading): boolean {
  return Boolean(person.fullName?.value || person.emails?.length || person.urls?.length);
}
