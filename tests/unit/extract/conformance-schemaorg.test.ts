import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Extractor } from '../../../lib/extract/extractor';
import { jsonLdExtractor } from '../../../lib/extract/sources/jsonld';
import { microdataExtractor } from '../../../lib/extract/sources/microdata';
import { rdfaExtractor } from '../../../lib/extract/sources/rdfa';
import { type Candidate, CandidateSchema } from '../../../lib/model/candidate';
import { htmlDocument } from '../helpers';
import { vendoredCorpus } from './fixtures-dir';

/**
 * schema.org's own examples: each gives the same people as JSON-LD, microdata
 * and RDFa. Expected persons come from the example's JSON-LD (expected.json).
 *
 * Normalisation: whitespace collapsed; emails without `mailto:` and lower-cased;
 * relative URLs resolved against the page. Title, company and locality are
 * compared where the example states them (jobTitle, worksFor/affiliation,
 * address.addressLocality) — LeadClip may know more, e.g. the team that lists a
 * person as its member becomes their company.
 */

type Expected = {
  name?: string;
  email?: string | string[];
  telephone?: string | string[];
  jobTitle?: string;
  url?: string | string[];
  sameAs?: string | string[];
  worksFor?: string;
  affiliation?: string;
  address?: { addressLocality?: string };
};

const PAGE = new URL('https://example.com/');

/**
 * People the examples do give but expected.json leaves out: its generator took
 * only the first Person of an array, and skipped a Person beside an organisation
 * in a `performer` list or behind a Role. They are real people of the example.
 */
const UNLISTED_PEOPLE: Readonly<Record<string, readonly string[]>> = {
  'eg-0007': ['John Smith'], // the second of `alumni`
  'eg-0189': ['Jaap van Zweden'], // a Person among the `performer`s
  'eg-0344': ['Bob'], // the second DataFeedItem
  'eg-0388': ['Paul McCartney'], // the second `composer`
  'eg-0478': ['Dr Mark Brzezinski'], // the `creator` behind a Role
};

/** Forms that do not say what the JSON-LD says, so they cannot agree with it. */
const DIVERGENT_FORMS: Readonly<Record<string, string>> = {
  // Its microdata links www.dataliberate.com and schoenstatt.link/en/, its JSON-LD other addresses.
  'eg-0476 microdata.html': 'different URLs than the JSON-LD',
  // Its microdata names the creator as plain text, not as a Person item.
  'eg-0255 microdata.html': 'no Person item',
};
const FORMS: ReadonlyArray<[string, Extractor]> = [
  ['jsonld.html', jsonLdExtractor],
  ['microdata.html', microdataExtractor],
  ['rdfa.html', rdfaExtractor],
];

// Several examples ship a placeholder ("JSON-LD example only") instead of a microdata or RDFa form.
const hasMarkup = (path: string) => /itemscope|typeof=|<script/i.test(readFileSync(path, 'utf8'));
const clean = (s: string) => s.replace(/\s+/g, ' ').trim();
const many = (v: string | string[] | undefined) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const mail = (s: string) =>
  clean(s)
    .replace(/^mailto:/i, '')
    .toLowerCase();
const url = (s: string) => new URL(clean(s), PAGE).href;

function extract(dir: string, file: string, extractor: Extractor): Candidate[] {
  const doc = htmlDocument(readFileSync(join(dir, file), 'utf8'));
  return extractor.extract(doc, PAGE).map((c) => CandidateSchema.parse(c));
}

/** What a person looks like in a comparable form: the fields every syntax must agree on. */
function projection(c: Candidate) {
  return {
    name: c.fullName?.value ?? '',
    emails: c.emails.map((e) => mail(e.value)).sort(),
    phones: c.phones.map((p) => clean(p.value)).sort(),
    title: c.title?.value ?? '',
    company: c.company?.value ?? '',
    location: c.location?.value ?? '',
    urls: c.urls.map((u) => u.value).sort(),
  };
}

function matches(c: Candidate, p: Expected): void {
  const got = projection(c);
  expect(got.name).toBe(clean(p.name ?? ''));
  expect(got.emails).toEqual(many(p.email).map(mail).sort());
  expect(got.phones).toEqual(many(p.telephone).map(clean).sort());
  for (const u of [...many(p.url), ...many(p.sameAs)]) expect(got.urls).toContain(url(u));
  if (p.jobTitle) expect(got.title).toBe(clean(p.jobTitle));
  const employer = p.worksFor ?? p.affiliation;
  if (employer) expect(got.company).toBe(clean(employer));
  if (p.address?.addressLocality) expect(got.location).toBe(clean(p.address.addressLocality));
}

const root = join(vendoredCorpus('schemaorg'), 'schemaorg-examples');
const examples = readdirSync(root).filter((d) => d.startsWith('eg-'));
const cases = examples.flatMap((id) => {
  const dir = join(root, id);
  const files = new Set(readdirSync(dir));
  const persons = (JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as { persons: Expected[] }).persons;
  return FORMS.filter(([file]) => files.has(file) && hasMarkup(join(dir, file)))
    .filter(([file]) => !DIVERGENT_FORMS[`${id} ${file}`])
    .map(([file, extractor]) => ({ id, dir, file, extractor, persons }));
});

describe('schema.org examples: persons from JSON-LD, microdata and RDFa', () => {
  it.each(cases.map((c) => [`${c.id} ${c.file}`, c] as const))('%s', (_name, c) => {
    const unlisted = UNLISTED_PEOPLE[c.id] ?? [];
    const people = extract(c.dir, c.file, c.extractor).filter((p) => !unlisted.includes(p.fullName?.value ?? ''));
    expect(people.map((p) => p.fullName?.value ?? '')).toEqual(c.persons.map((p) => clean(p.name ?? '')));
    c.persons.forEach((p, i) => {
      const person = people[i];
      expect(person).toBeDefined();
      if (person) matches(person, p);
    });
  });

  const multiForm = examples
    .map((id) => ({ id, forms: cases.filter((c) => c.id === id) }))
    .filter((e) => e.forms.length > 1);
  it.each(multiForm.map((e) => [e.id, e.forms] as const))('%s: its forms agree', (_id, forms) => {
    const [first, ...rest] = forms.map((c) => extract(c.dir, c.file, c.extractor).map(projection));
    for (const form of rest) expect(form).toEqual(first);
  });
});
