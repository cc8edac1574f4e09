import type { CandidateInput, FoundValue } from '../model/candidate';
import { cleanText } from './text';

/**
 * schema.org people, whichever syntax carried them: JSON-LD is read as is,
 * microdata and RDFa are first turned into the same JSON-like node tree, so the
 * three agree on what a Person is and what its fields mean.
 */

export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
export type JsonObject = { [k: string]: Json };

export function isObject(v: Json | undefined): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function list(v: Json | undefined): Json[] {
  if (v === undefined || v === null) return [];
  return Array.isArray(v) ? v : [v];
}

/** Local type names: `http://schema.org/Person`, `schema:Person` and `Person` are one type. */
export function types(node: JsonObject): string[] {
  return list(node['@type'])
    .filter((x): x is string => typeof x === 'string')
    .flatMap((x) => x.split(/\s+/))
    .filter(Boolean)
    .map((x) => x.replace(/^.*[/#:]/, ''));
}

// Where a person's employer or school is described, not another person on the page.
const NOT_PEOPLE_OF_THE_PAGE = new Set(['worksFor', 'affiliation', 'memberOf', 'alumniOf', 'parentOrganization']);
// Where an organisation lists the people who work for it.
const STAFF = new Set(['employee', 'employees', 'founder', 'founders', 'member', 'members']);
const MAX_DEPTH = 16;

interface Found {
  person: JsonObject;
  employer: JsonObject | undefined;
}

/** Nodes by `@id`, so `{"@id": "#org"}` and `"author": "#author"` reach the node they name. */
export class NodeIndex {
  private readonly byId = new Map<string, JsonObject>();

  constructor(roots: readonly Json[]) {
    const stack: Array<{ v: Json; depth: number }> = roots.map((v) => ({ v, depth: 0 }));
    for (let item = stack.pop(); item; item = stack.pop()) {
      const { v, depth } = item;
      if (depth > MAX_DEPTH || v === null || typeof v !== 'object') continue;
      if (Array.isArray(v)) {
        for (const x of v) stack.push({ v: x, depth: depth + 1 });
        continue;
      }
      const id = v['@id'];
      // A bare reference names a node; only a node with content defines it.
      if (typeof id === 'string' && Object.keys(v).some((k) => k !== '@id' && k !== '@type')) {
        const seen = this.byId.get(id);
        this.byId.set(id, seen ? { ...v, ...seen } : v);
      }
      for (const x of Object.values(v)) stack.push({ v: x, depth: depth + 1 });
    }
  }

  /** A node reference to its node; `strings` too where a node is expected (`"author": "#author"`). */
  resolve(v: Json | undefined, strings = false): Json | undefined {
    if (typeof v === 'string') return strings ? (this.byId.get(v) ?? v) : v;
    if (isObject(v) && typeof v['@id'] === 'string' && Object.keys(v).every((k) => k === '@id' || k === '@type')) {
      return this.byId.get(v['@id']) ?? v;
    }
    return v;
  }
}

function collect(roots: readonly Json[], index: NodeIndex): Found[] {
  const found = new Map<JsonObject, Found>();
  const walked = new Set<JsonObject>();
  const walk = (raw: Json | undefined, employer: JsonObject | undefined, depth: number): void => {
    if (depth > MAX_DEPTH) return;
    const v = raw === undefined ? undefined : index.resolve(raw, true);
    if (Array.isArray(v)) {
      for (const x of v) walk(x, employer, depth + 1);
      return;
    }
    if (!isObject(v)) return;
    const t = types(v);
    const person = t.includes('Person');
    if (person) {
      const seen = found.get(v);
      if (!seen) found.set(v, { person: v, employer });
      else if (!seen.employer && employer) seen.employer = employer;
    }
    if (walked.has(v)) return;
    walked.add(v);
    // A Role (OrganizationRole, EmployeeRole…) sits between an organisation and its member.
    const role = t.some((x) => x.endsWith('Role'));
    for (const [k, x] of Object.entries(v)) {
      if (person && NOT_PEOPLE_OF_THE_PAGE.has(k)) continue;
      const staff = STAFF.has(k) && !person;
      walk(x, staff ? (role ? employer : v) : undefined, depth + 1);
    }
  };
  for (const root of roots) walk(root, undefined, 0);
  return [...found.values()];
}

function text(v: Json | undefined, index: NodeIndex): string {
  const r = index.resolve(v);
  if (typeof r === 'string') return cleanText(r);
  if (typeof r === 'number') return String(r);
  if (Array.isArray(r)) {
    for (const x of r) {
      const s = text(x, index);
      if (s) return s;
    }
    return '';
  }
  if (isObject(r)) return text(r['@value'] ?? r.name ?? r.legalName ?? r.alternateName, index);
  return '';
}

function texts(v: Json | undefined, index: NodeIndex): string[] {
  return list(v)
    .map((x) => {
      const r = index.resolve(x);
      return isObject(r) ? text(r['@id'] ?? r.url ?? r['@value'], index) : text(r, index);
    })
    .filter(Boolean);
}

function firstOf(v: Json | undefined, index: NodeIndex): Json | undefined {
  return list(v)
    .map((x) => index.resolve(x, true))
    .find((x) => x !== undefined && x !== null && x !== '');
}

function organisationName(v: Json | undefined, index: NodeIndex): string {
  for (const x of list(v)) {
    const org = index.resolve(x, true);
    // A string that names no node is the organisation's name itself.
    const name = isObject(org) ? text(org.name ?? org.legalName ?? org.alternateName, index) : text(org, index);
    if (name) return name;
  }
  return '';
}

function occupation(v: Json | undefined, index: NodeIndex): string {
  const all = list(v).map((x) => index.resolve(x, true));
  // An Occupation held now reads better than a Role with dates, which is often a past one.
  const direct = all.find((x) => isObject(x) && !types(x).some((t) => t.endsWith('Role')));
  const pick = direct ?? all[0];
  if (!isObject(pick)) return text(pick, index);
  return text(pick.name, index) || text(pick.roleName, index) || occupation(pick.hasOccupation, index);
}

function place(v: Json | undefined, index: NodeIndex): string {
  const first = firstOf(v, index);
  if (!isObject(first)) return text(first, index);
  const address = index.resolve(first.address, true) ?? first;
  if (!isObject(address)) return text(address, index);
  return (
    text(address.addressLocality, index) ||
    text(address.addressRegion, index) ||
    text(address.addressCountry, index) ||
    text(address.name, index)
  );
}

function contactPoints(p: JsonObject, index: NodeIndex): JsonObject[] {
  return list(p.contactPoint)
    .map((x) => index.resolve(x, true))
    .filter(isObject);
}

function absoluteUrl(raw: string, base: URL | undefined): string {
  try {
    const u = base ? new URL(raw, base) : new URL(raw);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : '';
  } catch {
    return '';
  }
}

function email(raw: string): string {
  const e =
    raw
      .replace(/^mailto:/i, '')
      .split('?')[0]
      ?.trim()
      .toLowerCase() ?? '';
  return /^[^\s@]+@[^\s@]+$/.test(e) ? e : '';
}

export interface SchemaSource {
  source: string;
  confidence: number;
  base?: URL;
}

function personCandidate(found: Found, index: NodeIndex, how: SchemaSource): CandidateInput | undefined {
  const { person: p, employer } = found;
  const value = (v: string): FoundValue => ({ value: v, confidence: how.confidence, source: how.source });
  const given = text(p.givenName, index);
  const family = text(p.familyName, index);
  const name = text(p.name, index) || [given, family].filter(Boolean).join(' ');
  const points = contactPoints(p, index);
  const emails = [...texts(p.email, index), ...points.flatMap((c) => texts(c.email, index))].map(email).filter(Boolean);
  const phones = [...texts(p.telephone, index), ...points.flatMap((c) => texts(c.telephone, index))]
    .map((t) => t.replace(/^tel:/i, '').trim())
    .filter(Boolean);
  const urls = [...texts(p.url, index), ...texts(p.sameAs, index)].map((u) => absoluteUrl(u, how.base)).filter(Boolean);
  if (!name && emails.length === 0 && urls.length === 0) return undefined;
  const company =
    organisationName(p.worksFor, index) ||
    organisationName(p.affiliation, index) ||
    organisationName(p.memberOf, index) ||
    (employer ? organisationName(employer, index) : '');
  const title = text(p.jobTitle, index) || occupation(p.hasOccupation, index);
  const location = place(p.address, index) || place(p.homeLocation, index) || place(p.workLocation, index);
  return {
    ...(name ? { fullName: value(name) } : {}),
    ...(given ? { firstName: value(given) } : {}),
    ...(family ? { lastName: value(family) } : {}),
    ...(title ? { title: value(title) } : {}),
    ...(company ? { company: value(company) } : {}),
    ...(location ? { location: value(location) } : {}),
    emails: [...new Set(emails)].map(value),
    phones: [...new Set(phones)].map(value),
    urls: [...new Set(urls)].map(value),
    sources: [how.source],
  };
}

/**
 * Every Person in the node trees — top level, arrays, `@graph`, `mainEntity`,
 * an organisation's employees — as a candidate. The people an organisation
 * lists take it as their company; a person's own employer is never taken for
 * another person on the page.
 */
export function schemaPeople(roots: readonly Json[], how: SchemaSource): CandidateInput[] {
  const index = new NodeIndex(roots);
  return collect(roots, index)
    .map((f) => personCandidate(f, index, how))
    .filter((c): c is CandidateInput => c !== undefined);
}
