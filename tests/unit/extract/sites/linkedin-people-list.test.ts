import { describe, expect, it } from 'vitest';
import { linkedInPeopleListExtractor } from '../../../../lib/extract/sites/linkedin-people-list';
import { atRealAddress, fixturePage, mentionsViewer, row, servedLocally, valuesOf } from './fixture-page';

const extract = (doc: Document, url: string | URL) =>
  linkedInPeopleListExtractor.extract(doc, typeof url === 'string' ? new URL(url) : url);

const CANONICAL_PROFILE = /^https:\/\/www\.linkedin\.com\/in\/[a-z0-9-]+\/$/;

describe('LinkedIn people lists (search, company People tab, connections)', () => {
  it.each([
    [
      'people search',
      'linkedin-search-people.html',
      'https://www.linkedin.com/search/results/people/?keywords=revops',
      32,
    ],
    [
      'company People tab',
      'linkedin-company-people.html',
      'https://www.linkedin.com/company/larkspur-analytics/people/?keywords=sales',
      13,
    ],
    ['connections', 'linkedin-connections.html', 'https://www.linkedin.com/mynetwork/invite-connect/connections/', 20],
  ])('%s: every person listed, with a canonical profile URL, never the viewer', (_case, page, url, count) => {
    const people = extract(fixturePage(page), url);
    expect(people).toHaveLength(count);
    expect(people.filter(mentionsViewer)).toEqual([]);
    for (const person of people)
      expect(person.urls?.map((u) => u.value)).toEqual([expect.stringMatching(CANONICAL_PROFILE)]);
    expect(new Set(people.map((p) => p.urls?.[0]?.value)).size).toBe(count);
  });

  const search = extract(fixturePage('linkedin-search-people.html'), atRealAddress('linkedin-search-people.html'));
  it.each([
    [
      'plain "Title at Company"',
      0,
      {
        name: 'Amara Achterberg',
        title: 'VP of Sales',
        company: 'Fabrikam Robotics',
        location: 'Berlin, Germany',
        url: 'https://www.linkedin.com/in/amara-achterberg-1eef/',
      },
    ],
    [
      'stacked "Title @ Company | …": the first claim',
      1,
      {
        name: 'Bastian Delacroix',
        title: 'Account Executive',
        company: 'Contoso Cloud',
        location: 'Austin, Texas, United States',
        url: 'https://www.linkedin.com/in/bastian-delacroix-3dde/',
      },
    ],
    [
      'a slogan headline: the "Current:" line says the job',
      2,
      {
        name: 'Carys Gallardo',
        title: 'Head of Growth',
        company: 'Northwind Analytics',
        location: 'Lisbon, Portugal',
        url: 'https://www.linkedin.com/in/carys-gallardo-5ccd/',
      },
    ],
    [
      'a bare title: no company made up',
      3,
      {
        name: 'Dario Castellanos',
        title: 'Sales Development Representative',
        company: undefined,
        location: 'Toronto, Ontario, Canada',
        url: 'https://www.linkedin.com/in/dario-castellanos-7bbc/',
      },
    ],
    [
      'the last result',
      31,
      {
        name: 'Jasper Castellanos',
        title: 'Founder & CEO',
        company: undefined,
        location: 'Austin, Texas, United States',
        url: 'https://www.linkedin.com/in/jasper-castellanos-dde0/',
      },
    ],
  ])('search result, %s', (_case, index, expected) => {
    expect(row(search[index])).toEqual(expected);
  });

  it('search: mutual connections, badges, "LinkedIn Member" and filter pills are nobody', () => {
    const values = search.flatMap(valuesOf);
    expect(values.filter((v) => /mutual|degree connection|status is|linkedin member|connect/i.test(v))).toEqual([]);
    // The mutual-connection lines link members by id (/in/ACoAA…); none is a result.
    expect(values.filter((v) => v.includes('/in/ACoAA'))).toEqual([]);
  });

  it.each([
    [
      0,
      {
        name: 'Dario Delacroix',
        title: 'VP of Sales',
        company: 'Larkspur Analytics',
        location: undefined,
        url: 'https://www.linkedin.com/in/dario-delacroix-ea3a/',
      },
    ],
    [
      1,
      {
        name: 'Elin Gallardo',
        title: 'Account Executive',
        company: 'Larkspur Analytics',
        location: undefined,
        url: 'https://www.linkedin.com/in/elin-gallardo-0929/',
      },
    ],
    // "Head of Growth • Larkspur Analytics": the employer stacked after the role is the page's company.
    [
      2,
      {
        name: 'Farid Castellanos',
        title: 'Head of Growth',
        company: 'Larkspur Analytics',
        location: undefined,
        url: 'https://www.linkedin.com/in/farid-castellanos-2818/',
      },
    ],
    // "Connections that work here", in the aside: they work here too.
    [
      12,
      {
        name: 'Carys Brightwater',
        title: 'Head of Engineering',
        company: 'Larkspur Analytics',
        location: undefined,
        url: 'https://www.linkedin.com/in/carys-brightwater-edff/',
      },
    ],
  ])("company People tab card %i: at the page's company", (index, expected) => {
    const people = extract(fixturePage('linkedin-company-people.html'), atRealAddress('linkedin-company-people.html'));
    expect(row(people[index])).toEqual(expected);
  });

  it('company People tab: the similar companies beside the people, and their "works here" lines, are nobody', () => {
    const people = extract(fixturePage('linkedin-company-people.html'), atRealAddress('linkedin-company-people.html'));
    const names = people.map((p) => p.fullName?.value);
    for (const notAPerson of [
      'Contoso Cloud',
      'Fabrikam Robotics',
      'Woodgrove Bank',
      'Larkspur Analytics',
      'Odile works here',
    ]) {
      expect(names).not.toContain(notAPerson);
    }
    expect(people.flatMap(valuesOf).filter((v) => v.includes('odile-fairweather'))).toEqual([]);
  });

  it.each([
    [
      0,
      {
        name: 'Hugo Achterberg',
        title: 'VP of Sales',
        company: 'Northwind Analytics',
        location: undefined,
        url: 'https://www.linkedin.com/in/hugo-achterberg-4e9e/',
      },
    ],
    // A headline that does not plainly say "role at company" is kept as written.
    [
      1,
      {
        name: 'Ines Delacroix',
        title: 'Account Executive | Tailspin Toys | Ex-Contoso',
        company: undefined,
        location: undefined,
        url: 'https://www.linkedin.com/in/ines-delacroix-6d8d/',
      },
    ],
    [
      19,
      {
        name: 'Elin Brightwater',
        title: 'Sales Development Representative | Contoso Cloud | Ex-Contoso',
        company: undefined,
        location: undefined,
        url: 'https://www.linkedin.com/in/elin-brightwater-9a5b/',
      },
    ],
  ])('connection %i', (index, expected) => {
    const people = extract(fixturePage('linkedin-connections.html'), atRealAddress('linkedin-connections.html'));
    expect(row(people[index])).toEqual(expected);
  });

  it.each([
    ['a profile', 'linkedin-profile-signed-in.html', 'https://www.linkedin.com/in/saskia-brandvold-demo/'],
    ['a company overview', 'linkedin-company-people.html', 'https://www.linkedin.com/company/larkspur-analytics/'],
    ['the feed', 'linkedin-search-people.html', 'https://www.linkedin.com/feed/'],
    ['a Sales Navigator list', 'sales-navigator-list.html', atRealAddress('sales-navigator-list.html')],
    ['another site', 'team-page.html', servedLocally('x.html')],
  ])('%s is not a people list', (_case, page, url) => {
    expect(extract(fixturePage(page), url)).toEqual([]);
  });

  it.each(['linkedin-search-people.html', 'linkedin-company-people.html', 'linkedin-connections.html'])(
    '%s copied onto another host, still claiming its LinkedIn address: nobody (the tab decides)',
    (page) => {
      expect(extract(fixturePage(page), servedLocally(page))).toEqual([]);
    },
  );

  it('never lists the signed-in member, even where a list would show them', () => {
    const doc = fixturePage('linkedin-search-people.html');
    const first = doc.querySelector('[data-view-name="search-entity-result-universal-template"]');
    for (const a of first?.querySelectorAll('a[href*="/in/amara-achterberg-1eef"]') ?? []) {
      a.setAttribute('href', 'https://www.linkedin.com/in/viola-vantage-demo/');
    }
    const people = extract(doc, atRealAddress('linkedin-search-people.html'));
    expect(people).toHaveLength(31);
    expect(people.filter((p) => p.urls?.some((u) => u.value.includes('viola-vantage-demo')))).toEqual([]);
  });
});
