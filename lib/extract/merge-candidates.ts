import { canonicalProfileKey, normalizeEmail } from '../crm/lead-identity';
import { type Candidate, type CandidateInput, CandidateSchema, type FoundValue } from '../model/candidate';

type ScalarKey = 'fullName' | 'firstName' | 'lastName' | 'title' | 'company' | 'location';
const SCALARS: readonly ScalarKey[] = ['fullName', 'firstName', 'lastName', 'title', 'company', 'location'];

function fold(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

function keysOf(c: Candidate): string[] {
  const keys = [
    ...c.emails.map((e) => `e:${normalizeEmail(e.value)}`),
    ...c.urls
      .map((u) => canonicalProfileKey(u.value))
      .filter(Boolean)
      .map((k) => `p:${k}`),
  ];
  if (c.fullName) keys.push(`n:${fold(c.fullName.value)}`);
  return keys;
}

function better(a: FoundValue | undefined, b: FoundValue | undefined): FoundValue | undefined {
  if (!a) return b;
  if (!b) return a;
  return b.confidence > a.confidence ? b : a;
}

function unionValues(a: FoundValue[], b: FoundValue[], key: (v: string) => string): FoundValue[] {
  const byKey = new Map<string, FoundValue>();
  for (const v of [...a, ...b]) {
    const k = key(v.value);
    const seen = byKey.get(k);
    if (!seen || v.confidence > seen.confidence) byKey.set(k, v);
  }
  return [...byKey.values()];
}

function mergeTwo(a: Candidate, b: Candidate): Candidate {
  const out: Candidate = {
    emails: unionValues(a.emails, b.emails, normalizeEmail),
    phones: unionValues(a.phones, b.phones, (p) => p.replace(/[^\d+]/g, '')),
    urls: unionValues(a.urls, b.urls, (u) => u.replace(/\/+$/, '').toLowerCase()),
    sources: [...new Set([...a.sources, ...b.sources])],
  };
  for (const k of SCALARS) {
    const v = better(a[k], b[k]);
    if (v) out[k] = v;
  }
  return out;
}

/**
 * One real person is one candidate: candidates from several sources that share
 * an email, a profile URL or the same full name are merged, keeping the most
 * confident value of each field. Order of first appearance is kept.
 */
export function mergeCandidates(inputs: readonly CandidateInput[]): Candidate[] {
  const merged: Candidate[] = [];
  const owner = new Map<string, number>();
  for (const input of inputs) {
    const parsed = CandidateSchema.safeParse(input);
    if (!parsed.success) continue;
    let c = parsed.data;
    const keys = keysOf(c);
    const hits = [...new Set(keys.map((k) => owner.get(k)).filter((i): i is number => i !== undefined))].sort(
      (x, y) => x - y,
    );
    const target = hits[0];
    if (target === undefined) {
      merged.push(c);
      for (const k of keys) owner.set(k, merged.length - 1);
      continue;
    }
    for (const other of hits.slice(1)) {
      const o = merged[other];
      if (o) c = mergeTwo(c, o);
    }
    const into = merged[target];
    if (!into) continue;
    const result = mergeTwo(into, c);
    merged[target] = result;
    for (const other of hits.slice(1)) merged[other] = { emails: [], phones: [], urls: [], sources: [] };
    for (const k of keysOf(result)) owner.set(k, target);
  }
  return merged.filter((c) => c.sources.length > 0);
}
