import { parseLenientJson } from '../sources/jsonld';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type JsonObject = { [k: string]: Json };

/** The few facts a site adapter checks against a page's own JSON-LD Person. */
export interface LinkedPerson {
  name: string;
  url: string;
  jobTitle: string;
  employer: string;
  locality: string;
  handle: string;
  /** The person's own words about themselves (a profile's bio). */
  description: string;
}

function isObject(v: Json | undefined): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function first(v: Json | undefined): Json | undefined {
  return Array.isArray(v) ? v[0] : v;
}

function str(v: Json | undefined): string {
  const x = first(v);
  if (typeof x === 'string') return x.replace(/\s+/g, ' ').trim();
  if (isObject(x)) return str(x.name);
  return '';
}

function isPerson(node: JsonObject): boolean {
  const t = node['@type'];
  const list = Array.isArray(t) ? t : [t];
  return list.some((x) => typeof x === 'string' && /(^|[/#:])Person$/.test(x));
}

function people(root: Json | undefined, out: JsonObject[], depth = 0): void {
  if (depth > 8 || root === null || root === undefined || typeof root !== 'object') return;
  if (Array.isArray(root)) {
    for (const item of root) people(item, out, depth + 1);
    return;
  }
  if (isPerson(root)) {
    out.push(root);
    return;
  }
  for (const key of ['@graph', 'mainEntity', 'about']) people(root[key], out, depth + 1);
}

// A role that has ended (an `endDate` on its OrganizationRole) is history, not the employer.
function currentEmployer(v: Json | undefined): string {
  const list = Array.isArray(v) ? v : v === undefined ? [] : [v];
  for (const org of list) {
    if (!isObject(org)) continue;
    const role = org.member;
    if (isObject(role) && str(role.endDate)) continue;
    const name = str(org.name);
    if (name) return name;
  }
  return '';
}

function locality(v: Json | undefined): string {
  const x = first(v);
  if (!isObject(x)) return str(x);
  return (
    [str(x.addressLocality), str(x.addressRegion), str(x.addressCountry)].filter(Boolean).join(', ') || str(x.name)
  );
}

/** Every Person a page's JSON-LD describes at its top level, @graph or ProfilePage.mainEntity. */
export function jsonLdPeople(document: Document): LinkedPerson[] {
  const nodes: JsonObject[] = [];
  for (const script of document.querySelectorAll('script[type="application/ld+json" i]')) {
    people(parseLenientJson(script.textContent ?? ''), nodes);
  }
  return nodes.map((p) => ({
    name: str(p.name) || [str(p.givenName), str(p.familyName)].filter(Boolean).join(' '),
    url: str(p.url),
    jobTitle: str(p.jobTitle),
    employer: currentEmployer(p.worksFor),
    locality: locality(p.address ?? p.homeLocation),
    handle: str(p.additionalName),
    description: typeof p.description === 'string' ? p.description.trim() : '',
  }));
}
