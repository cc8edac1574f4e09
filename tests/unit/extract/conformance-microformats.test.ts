import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MfItem } from '../../../lib/extract/microformats/parse';
import { parseMicroformats } from '../../../lib/extract/microformats/parse';
import { emailOf, hCards, localityOf, microformatsExtractor, plain } from '../../../lib/extract/sources/microformats';
import { htmlDocument } from '../helpers';
import { vendoredCorpus } from './fixtures-dir';

/**
 * The microformats test suite (microformats/tests): every case whose expected
 * output holds an h-card (mf2 h-card or classic vcard, top-level, nested, or
 * the value of another item's property) must give the same cards, compared on
 * the fields a lead uses: name, email, org, job-title/title/role, tel, url,
 * locality.
 *
 * Normalisation, on both sides alike:
 * - whitespace runs collapse to one space (the suite keeps the source's newlines);
 * - an email is compared as the bare address: `mailto:` and `?subject=…` dropped,
 *   and the page-relative URL a parser makes of a plain-text address
 *   (`http://example.com/john@example.com`) read as that address;
 * - an embedded card (`p-org h-card`) is compared by its `value`;
 * - locality is the card's own `locality`, else its `adr`'s.
 * Cards are compared as a multiset: the suite's order of nested cards differs
 * between parsers.
 */

const PAGE = new URL('http://example.com/');

function projection(card: MfItem): string {
  const all = (name: string) => (card.properties[name] ?? []).map(plain);
  return JSON.stringify({
    name: all('name'),
    email: all('email').map((e) => emailOf(e) || e),
    org: all('org'),
    jobTitle: all('job-title'),
    title: all('title'),
    role: all('role'),
    tel: all('tel'),
    url: all('url'),
    locality: localityOf(card),
  });
}

function cards(items: readonly MfItem[]): string[] {
  return hCards(items)
    .map((c) => projection(c.card))
    .sort();
}

function jsonFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? jsonFiles(join(dir, e.name)) : e.name.endsWith('.json') ? [join(dir, e.name)] : [],
  );
}

const root = join(vendoredCorpus('microformats'), 'tests');
const cases = jsonFiles(root)
  .map((path) => ({
    name: relative(root, path).replace(/\.json$/, ''),
    html: readFileSync(path.replace(/\.json$/, '.html'), 'utf8'),
    expected: (JSON.parse(readFileSync(path, 'utf8')) as { items: MfItem[] }).items,
  }))
  .filter((c) => hCards(c.expected).length > 0);
const suites = new Map<string, typeof cases>();
for (const c of cases) {
  const [version = '', format = ''] = c.name.split('/');
  const key = `${version} ${format}`;
  suites.set(key, [...(suites.get(key) ?? []), c]);
}

for (const [suite, list] of suites) {
  describe(`microformats ${suite}`, () => {
    it.each(list.map((c) => [c.name, c] as const))('%s', (_name, c) => {
      const parsed = parseMicroformats(htmlDocument(c.html), PAGE);
      expect(cards(parsed)).toEqual(cards(c.expected));
    });
  });
}

describe('microformats: people, not organisations, become candidates', () => {
  it('hcard multiple: John Doe with both jobs, emails and phones; the agent card too', () => {
    const c = cases.find((x) => x.name === 'microformats-v1/hcard/multiple');
    const people = c ? microformatsExtractor.extract(htmlDocument(c.html), PAGE) : [];
    expect(people.map((p) => p.fullName?.value)).toEqual(['John Doe', 'Dave Doe']);
    expect(people[0]?.title?.value).toBe('Creative Director');
    expect(people[0]?.company?.value).toBe('Madgex');
    expect(people[0]?.location?.value).toBe('Brighton');
    expect(people[0]?.emails?.map((e) => e.value)).toEqual(['john.doe@madgex.com', 'john.doe@webfeetmedia.com']);
    expect(people[0]?.phones?.map((p) => p.value)).toEqual(['+1 415 555 100', '+1 415 555 200', '+1 415 555 300']);
  });

  it('h-card hcard: the nested organisation card is not a person', () => {
    const c = cases.find((x) => x.name === 'microformats-v2/h-card/hcard');
    const people = c ? microformatsExtractor.extract(htmlDocument(c.html), PAGE) : [];
    expect(people.map((p) => [p.fullName?.value, p.company?.value])).toEqual([
      ['Mitchell Baker', 'Mozilla Foundation'],
    ]);
  });
});
