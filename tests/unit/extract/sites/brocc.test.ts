import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { extractLeads } from '../../../../lib/extract/extract-leads';
import { SITE_EXTRACTORS } from '../../../../lib/extract/sites';
import { withoutDecoration } from '../../../../lib/extract/sites/site-text';
import type { Candidate } from '../../../../lib/model/candidate';
import { htmlDocument } from '../../helpers';
import { describeShared } from '../fixtures-dir';

/**
 * Real pages saved from a signed-in browser in 2025 (SubstrateLabs/brocc, MIT), read in
 * place and never copied. They hold real people's data: nothing here prints it; only a
 * failing assertion shows a value.
 */

const PageSchema = z.object({
  upstream_markdown_must_not_contain: z.array(z.string()),
  trap: z.string().default(''),
  lead_fields: z.record(z.string(), z.unknown()),
});
const Pair = z.tuple([z.string(), z.string()]);
const ProfileFields = z.object({
  person_name: z.string(),
  job_title: z.string(),
  company: z.string(),
  education: z.string(),
  profile_url: z.string(),
});
const XFields = z.object({
  person_name: z.string(),
  social_handle: z.string(),
  bio_contains: z.string(),
  profile_url: z.string(),
});
const SearchFields = z.object({
  people_include: z.array(Pair),
  titles_include: z.array(z.string()),
  locations_include: z.array(z.string()),
});
const CompanyPeopleFields = z.object({ company: z.string(), people_cards: z.array(Pair) });

/** The saved pages carry no canonical link: this is the address each was saved from. */
function savedFrom(page: string, fields: Record<string, unknown>): string {
  const profileUrl = typeof fields.profile_url === 'string' ? fields.profile_url : '';
  if (profileUrl) return profileUrl;
  // The company pages link their own tabs under /company/motionapp/; the search is the rep's connections.
  const known: Record<string, string> = {
    '_linkedin-company.html': 'https://www.linkedin.com/company/motionapp/',
    '_linkedin-company-about.html': 'https://www.linkedin.com/company/motionapp/about/',
    '_linkedin-company-people.html': 'https://www.linkedin.com/company/motionapp/people/',
    '_linkedin-search-connections.html': 'https://www.linkedin.com/search/results/people/?network=%5B%22F%22%5D',
  };
  return known[page] ?? '';
}

/** The signed-in viewer as the page's own navigation shows them (LinkedIn nav photo, X account switcher). */
function viewerShownIn(doc: Document): string[] {
  const linkedIn = doc.querySelector('.global-nav__me-photo')?.getAttribute('alt') ?? '';
  const switcher = doc.querySelector('[data-testid="SideNav_AccountSwitcher_Button"]');
  const xHandle = (switcher?.querySelector('[data-testid^="UserAvatar-Container-"]')?.getAttribute('data-testid') ?? '')
    .replace('UserAvatar-Container-', '')
    .toLowerCase();
  const xName = withoutDecoration(switcher?.querySelector('img[alt]')?.getAttribute('alt') ?? '');
  return [linkedIn, xName, xHandle && `x.com/${xHandle}`].filter(Boolean);
}

function allValues(c: Candidate): string[] {
  return [
    ...[c.fullName, c.firstName, c.lastName, c.title, c.company, c.location].map((v) => v?.value ?? ''),
    ...c.emails.map((v) => v.value),
    ...c.urls.map((v) => v.value),
  ].filter(Boolean);
}

const noSlash = (u: string) => u.replace(/\/+$/, '');
const hasUrl = (c: Candidate | undefined, url: string) =>
  (c?.urls ?? []).some((u) => noSlash(u.value) === noSlash(url));

/**
 * The headline a card shows, as our fields can rebuild it: the adapters split a plain
 * "Role at Company" / "Role @ Company" (and, on a company's People tab, "Role • Company")
 * into title and company, and keep stacked headlines whole.
 */
function headlineMatches(c: Candidate | undefined, headline: string): boolean {
  const title = c?.title?.value ?? '';
  const company = c?.company?.value ?? '';
  const shown = withoutDecoration(headline);
  const rebuilt = [title, ...['at', '@', '•', '|', '·'].map((sep) => `${title} ${sep} ${company}`)];
  return rebuilt.some((r) => r === shown) || (title.length > 0 && title.includes(shown));
}

/** "꩜Fabrikam (Fabrikam)": expected.json writes a company as shown, then its plain name in parentheses. */
function plainCompany(expected: string): string {
  return expected.match(/\(([^)]+)\)$/)?.[1] ?? expected;
}

// The comparison rules themselves, on made-up values: they run with or without the saved pages
// (vitest fails a file that registers no test at all).
describe('how the brocc expectations are compared', () => {
  const person = (title: string, company?: string): Candidate => ({
    fullName: { value: 'Ada Example', confidence: 1, source: 't' },
    title: { value: title, confidence: 1, source: 't' },
    ...(company ? { company: { value: company, confidence: 1, source: 't' } } : {}),
    emails: [],
    phones: [],
    urls: [{ value: 'https://www.linkedin.com/in/ada-example/', confidence: 1, source: 't' }],
    sources: ['t'],
  });
  it.each([
    ['Co-Founder @ Fabrikam', person('Co-Founder', 'Fabrikam'), true],
    ['Engineering Manager at Fabrikam', person('Engineering Manager', 'Fabrikam'), true],
    ['Customer Success • Fabrikam', person('Customer Success', 'Fabrikam'), true],
    ['Data Scientist @ Contoso', person('Data Scientist @ Contoso | ex-PhD'), true],
    ['Co-Founder @ Fabrikam', person('Co-Founder', 'Contoso'), false],
    ['Head of Sales at Contoso', person('Head of Growth', 'Contoso'), false],
  ])('headline %j matches title/company split: %#', (headline, candidate, matches) => {
    expect(headlineMatches(candidate, headline)).toBe(matches);
  });
  it.each([
    ['꩜Fabrikam (Fabrikam)', 'Fabrikam'],
    ['Contoso', 'Contoso'],
  ])('company %j compares as %j', (expected, plain) => {
    expect(plainCompany(expected)).toBe(plain);
  });
  it('profile URLs compare without their trailing slash', () => {
    expect(hasUrl(person('x'), 'https://www.linkedin.com/in/ada-example')).toBe(true);
  });
});

describeShared(
  'profiles/brocc',
  'brocc, 2025',
  "they hold real people's data, which stays out of the repository",
  (DIR) => {
    const EXPECTED = join(DIR, 'expected.json');
    const expected = z.record(z.string(), PageSchema).parse(JSON.parse(readFileSync(EXPECTED, 'utf8')));
    const pages = Object.keys(expected).filter((page) => existsSync(join(DIR, page)));
    const extracted = new Map<string, { doc: Document; people: Candidate[] }>();
    const read = (page: string) => {
      const seen = extracted.get(page);
      if (seen) return seen;
      // Tracking iframes and remote stylesheets: happy-dom would try (and fail, loudly) to load each. No person lives in them.
      const html = readFileSync(join(DIR, page), 'utf8')
        .replace(/<iframe\b[^>]*>[\s\S]*?<\/iframe>/gi, '')
        .replace(/<link\b[^>]*rel="?stylesheet[^>]*>/gi, '');
      const doc = htmlDocument(html);
      const fields = expected[page]?.lead_fields ?? {};
      const people = extractLeads(doc, savedFrom(page, fields), SITE_EXTRACTORS);
      extracted.set(page, { doc, people });
      return { doc, people };
    };

    describe('site adapters on real saved pages (brocc, 2025)', () => {
      it.each(pages)(
        '%s: the viewer in the navigation is never a lead, nor are the strings upstream rejects',
        (page) => {
          const { doc, people } = read(page);
          const values = people.flatMap(allValues);
          const viewers = viewerShownIn(doc);
          expect(viewers.length).toBeGreaterThan(0);
          for (const viewer of viewers) {
            expect(values.some((v) => v.toLowerCase().includes(viewer.toLowerCase()))).toBe(false);
          }
          for (const banned of expected[page]?.upstream_markdown_must_not_contain ?? []) {
            expect(values.filter((v) => v.includes(banned))).toEqual([]);
          }
          // expected.json names a "trap" person who is only on his own profile; elsewhere he is filter chips and mutual-connection lines.
          const trap = expected[page]?.trap.match(/Viewer '([^']+)'/)?.[1] ?? '';
          const own = String(expected[page]?.lead_fields.person_name ?? '').toLowerCase() === trap.toLowerCase();
          if (trap && !own)
            expect(people.filter((p) => p.fullName?.value.toLowerCase() === trap.toLowerCase())).toEqual([]);
        },
      );

      const profilePage = '_linkedin-profile.html';
      it.runIf(pages.includes(profilePage))('LinkedIn profile (signed in): name, current role, company, URL', () => {
        const fields = ProfileFields.parse(expected[profilePage]?.lead_fields);
        const { people } = read(profilePage);
        expect(people).toHaveLength(1);
        const [person] = people;
        expect(person?.fullName?.value).toBe(fields.person_name);
        expect(person?.title?.value).toBe(fields.job_title);
        // expected.json writes the company as shown, with its plain name in parentheses.
        // The adapter stores the plain name (ornament characters trimmed).
        expect(person?.company?.value).toBe(plainCompany(fields.company));
        // The canonical form ends in a slash; expected.json's does not.
        expect(hasUrl(person, fields.profile_url)).toBe(true);
        // `education` has no field in a candidate: not compared.
      });

      const xPage = '_x-profile.html';
      it.runIf(pages.includes(xPage))('X profile: name as shown, handle URL, role stated in the bio', () => {
        const fields = XFields.parse(expected[xPage]?.lead_fields);
        const { people } = read(xPage);
        const person = people.find((p) => hasUrl(p, fields.profile_url));
        expect(person?.fullName?.value).toBe(fields.person_name);
        const handle = fields.social_handle.match(/^@(\w+)/)?.[1] ?? '';
        expect(hasUrl(person, `https://x.com/${handle}`)).toBe(true);
        // Upstream's markdown glues the @mention to the word before it ("co-founder@Acme");
        // the adapter reads the same bio as title "co-founder" at company "Acme".
        expect(`${person?.title?.value}@${person?.company?.value}`).toBe(fields.bio_contains);
      });

      const searchPage = '_linkedin-search-connections.html';
      it.runIf(pages.includes(searchPage))('LinkedIn people search: every listed person, URL, headline, place', () => {
        const fields = SearchFields.parse(expected[searchPage]?.lead_fields);
        const { people } = read(searchPage);
        expect(people.length).toBeGreaterThanOrEqual(fields.people_include.length);
        for (const [name, url] of fields.people_include) {
          const person = people.find((p) => p.fullName?.value === name);
          expect(hasUrl(person, url), name).toBe(true);
        }
        for (const headline of fields.titles_include) {
          expect(
            people.some((p) => headlineMatches(p, headline)),
            headline,
          ).toBe(true);
        }
        // Places are compared whole, as the card shows them.
        for (const place of fields.locations_include) {
          expect(
            people.some((p) => p.location?.value === place),
            place,
          ).toBe(true);
        }
        // Every result is a member with a canonical profile URL; mutual-connection links are not results.
        for (const p of people)
          expect(p.urls.some((u) => /^https:\/\/www\.linkedin\.com\/in\/[^/?]+\/$/.test(u.value))).toBe(true);
      });

      const companyPeoplePage = '_linkedin-company-people.html';
      it.runIf(pages.includes(companyPeoplePage))(
        "LinkedIn company People tab: each card, at the page's company",
        () => {
          const fields = CompanyPeopleFields.parse(expected[companyPeoplePage]?.lead_fields);
          const { people } = read(companyPeoplePage);
          // Names lose their symbol decoration (a name shown as "⌨︎Ada Example" is stored as "Ada Example").
          const names = fields.people_cards.map(([name]) => withoutDecoration(name));
          // The similar companies listed beside the people are not people.
          expect(people.map((p) => p.fullName?.value).sort()).toEqual([...names].sort());
          for (const [name, headline] of fields.people_cards) {
            const person = people.find((p) => p.fullName?.value === withoutDecoration(name));
            expect(person?.company?.value, name).toBe(fields.company);
            expect(headlineMatches(person, headline), `${name}: ${headline}`).toBe(true);
          }
        },
      );

      // The company overview and About pages list no people of their own (only the navigation's viewer and a
      // "connections that work here" sidebar, which the People-tab adapter reads on the People tab only). Their lead_fields (industry, size, followers, website) are
      // account facts: a candidate has no field for them, and the site adapters read people only.
      it.each(pages.filter((p) => /company(-about)?\.html$/.test(p)))(
        '%s: no person made up from a company page',
        (page) => {
          expect(read(page).people).toEqual([]);
        },
      );
    });
  },
);
