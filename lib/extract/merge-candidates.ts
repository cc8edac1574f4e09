import type { Candidate, CandidateInput, FoundValue } from '../model/candidate';
import { isWebUrl } from '../model/web-url';
import { canonicalProfileKey, normalizeEmail } from '../person/lead-identity';
import { parseCandidate } from './candidate-check';

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

/** A key function remembered for one merge: a person's values come back at every merge into them. */
function remembered(key: (v: string) => string): (v: string) => string {
  const seen = new Map<string, string>();
  return (v) => {
    let k = seen.get(v);
    if (k === undefined) {
      k = key(v);
      seen.set(v, k);
    }
    return k;
  };
}

interface MergeKeys {
  email: (v: string) => string;
  phone: (v: string) => string;
  url: (v: string) => string;
  profile: (v: string) => string;
  name: (v: string) => string;
}

function mergeKeys(): MergeKeys {
  return {
    email: remembered(normalizeEmail),
    phone: remembered((p) => p.replace(/[^\d+]/g, '')),
    // One profile written two ways (twitter.com and x.com, http and https, with or without "www.") is one link.
    url: remembered((u) => canonicalProfileKey(u) || u.replace(/\/+$/, '').toLowerCase()),
    // Parsing a URL is the dearest of these, and a merged person's URLs are keyed again after every merge.
    profile: remembered(canonicalProfileKey),
    name: remembered(fold),
  };
}

function keysOf(c: Candidate, keys: MergeKeys): string[] {
  const out = [
    ...c.emails.map((e) => `e:${keys.email(e.value)}`),
    ...c.urls
      .map((u) => keys.profile(u.value))
      .filter(Boolean)
      .map((k) => `p:${k}`),
  ];
  if (c.fullName) out.push(`n:${keys.name(c.fullName.value)}`);
  return out;
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

function mergeTwo(a: Candidate, b: Candidate, keys: MergeKeys): Candidate {
  const out: Candidate = {
    emails: unionValues(a.emails, b.emails, keys.email),
    phones: unionValues(a.phones, b.phones, keys.phone),
    urls: unionValues(a.urls, b.urls, keys.url),
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
  const keyFns = mergeKeys();
  // Sources find the same links: each address is checked once a merge.
  const checked = new Map<string, boolean>();
  const webUrl = (u: string): boolean => {
    let ok = checked.get(u);
    if (ok === undefined) {
      ok = isWebUrl(u);
      checked.set(u, ok);
    }
    return ok;
  };
  for (const input of inputs) {
    const parsed = parseCandidate(input, webUrl);
    if (!parsed) continue;
    let c = parsed;
    const keys = keysOf(c, keyFns);
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
      if (o) c = mergeTwo(c, o, keyFns);
    }
    const into = merged[target];
    if (!into) continue;
    const result = mergeTwo(into, c, keyFns);
    merged[target] = result;
    for (const other of hits.slice(1)) merged[other] = { emails: [], phones: [], urls: [], sources: [] };
    for (const k of keysOf(result, keyFns)) owner.set(k, target);
  }
  return merged.filter((c) => c.sources.length > 0);
}
