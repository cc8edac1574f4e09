import type { CandidateInput, FoundValue } from '../../model/candidate';
import type { Extractor } from '../extractor';
import { cleanText } from '../text';

const SOURCE = 'jsonld';
const CONFIDENCE = 0.95;

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type JsonObject = { [k: string]: Json };

function isObject(v: Json | undefined): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Sites ship JSON-LD with trailing commas, comments and raw newlines; try the usual repairs before giving up. */
export function parseLenientJson(text: string): Json | undefined {
  const attempts = [
    text,
    text
      .replace(/^\s*<!--|-->\s*$/g, '')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/(^|[^:"'])\/\/[^\n]*/g, '$1')
      .replace(/,\s*([}\]])/g, '$1')
      // Raw newlines and tabs inside strings are the most common breakage.
      .replace(/[\n\r\t]+/g, ' '),
  ];
  for (const t of attempts) {
    try {
      return JSON.parse(t) as Json;
    } catch {
      // try the next repair
    }
  }
  return undefined;
}

function types(node: JsonObject): string[] {
  const t = node['@type'];
  const list = Array.isArray(t) ? t : [t];
  return list.filter((x): x is string => typeof x === 'string').map((x) => x.replace(/^.*[/#:]/, ''));
}

function str(v: Json | undefined): string {
  if (typeof v === 'string') return cleanText(v);
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) return str(v[0]);
  if (isObject(v)) return str(v['@value'] ?? v.name);
  return '';
}

function strs(v: Json | undefined): string[] {
  const list = Array.isArray(v) ? v : v === undefined ? [] : [v];
  return list.map((x) => (isObject(x) ? str(x.url ?? x['@id'] ?? x.name) : str(x))).filter(Boolean);
}

function value(v: string): FoundValue {
  return { value: v, confidence: CONFIDENCE, source: SOURCE };
}

function organisationName(v: Json | undefined): string {
  const first = Array.isArray(v) ? v[0] : v;
  return isObject(first) ? str(first.name ?? first.legalName) : str(first);
}

function locality(v: Json | undefined): string {
  const first = Array.isArray(v) ? v[0] : v;
  if (isObject(first)) {
    const address = first.address ?? first;
    if (isObject(address)) return str(address.addressLocality ?? address.name);
    return str(address);
  }
  return str(first);
}

function personCandidate(p: JsonObject): CandidateInput | undefined {
  const given = str(p.givenName);
  const family = str(p.familyName);
  const name = str(p.name) || [given, family].filter(Boolean).join(' ');
  const emails = strs(p.email).map((e) => e.replace(/^mailto:/i, '').toLowerCase());
  const phones = strs(p.telephone).map((t) => t.replace(/^tel:/i, ''));
  const urls = [...strs(p.url), ...strs(p.sameAs)];
  if (!name && emails.length === 0) return undefined;
  const company = organisationName(p.worksFor ?? p.affiliation ?? p.memberOf);
  const title = str(p.jobTitle) || str(p.hasOccupation);
  const place = locality(p.address ?? p.homeLocation ?? p.workLocation);
  return {
    ...(name ? { fullName: value(name) } : {}),
    ...(given ? { firstName: value(given) } : {}),
    ...(family ? { lastName: value(family) } : {}),
    ...(title ? { title: value(title) } : {}),
    ...(company ? { company: value(company) } : {}),
    ...(place ? { location: value(place) } : {}),
    emails: emails.map(value),
    phones: phones.map(value),
    urls: urls.map(value),
    sources: [SOURCE],
  };
}

/** Every Person node, wherever it sits: top level, arrays, @graph, ProfilePage.mainEntity, nested values. */
function collectPeople(root: Json, out: JsonObject[], depth = 0): void {
  if (depth > 12 || root === null || typeof root !== 'object') return;
  if (Array.isArray(root)) {
    for (const item of root) collectPeople(item, out, depth + 1);
    return;
  }
  if (types(root).includes('Person')) out.push(root);
  for (const [k, v] of Object.entries(root)) {
    // A person's employer is not another person on the page.
    if (k === 'worksFor' || k === 'affiliation' || k === 'memberOf') continue;
    collectPeople(v, out, depth + 1);
  }
}

export const jsonLdExtractor: Extractor = {
  id: SOURCE,
  extract(document) {
    const people: JsonObject[] = [];
    for (const script of document.querySelectorAll('script[type="application/ld+json" i]')) {
      const data = parseLenientJson(script.textContent ?? '');
      if (data !== undefined) collectPeople(data, people);
    }
    return people.map(personCandidate).filter((c): c is CandidateInput => c !== undefined);
  },
};
