import { describe, expect, it } from 'vitest';
import { linkedInProfileExtractor } from '../../../../lib/extract/sites/linkedin-profile';
import { fixturePage, mentionsViewer, row, servedLocally } from './fixture-page';

const extract = (doc: Document, url: string | URL) =>
  linkedInProfileExtractor.extract(doc, typeof url === 'string' ? new URL(url) : url);

const SASKIA = {
  name: 'Saskia Brandvold',
  title: 'Head of Revenue Operations',
  company: 'Larkspur Analytics',
  location: 'Oslo, Oslo, Norway',
  url: 'https://www.linkedin.com/in/saskia-brandvold-demo/',
};
const TEODORA = {
  name: 'Teodora Halvard',
  title: 'Director of Sales Enablement',
  company: 'Woodgrove Bank',
  location: 'Stockholm, Stockholm County, Sweden',
  url: 'https://www.linkedin.com/in/teodora-halvard-demo/',
};

describe('LinkedIn profile adapter', () => {
  it.each([
    ['signed in, on linkedin.com', 'linkedin-profile-signed-in.html', SASKIA.url, SASKIA],
    [
      'signed in, tracking parameters in the address',
      'linkedin-profile-signed-in.html',
      'https://www.linkedin.com/in/saskia-brandvold-demo/?miniProfileUrn=urn%3Ali%3Afs_miniProfile%3Ax&lipi=abc',
      SASKIA,
    ],
    [
      'public, on a country subdomain',
      'linkedin-profile-public.html',
      'https://se.linkedin.com/in/teodora-halvard-demo',
      TEODORA,
    ],
  ])('%s: the profile’s person, current role first', (_case, page, url, expected) => {
    const people = extract(fixturePage(page), url);
    expect(people.map(row)).toEqual([expected]);
    expect(people.some(mentionsViewer)).toBe(false);
  });

  it('reads the first and last name LinkedIn embedded for this slug, not the viewer’s record beside it', () => {
    const [saskia] = extract(fixturePage('linkedin-profile-signed-in.html'), SASKIA.url);
    expect([saskia?.firstName?.value, saskia?.lastName?.value]).toEqual(['Saskia', 'Brandvold']);
  });

  it('still reads the top card when the page carries no embedded API answers', () => {
    const doc = fixturePage('linkedin-profile-signed-in.html');
    for (const code of doc.querySelectorAll('code')) code.remove();
    expect(extract(doc, SASKIA.url).map(row)).toEqual([SASKIA]);
  });

  it('reads a top card it has no selector for, when the card links this member’s own sub-pages', () => {
    const doc = fixturePage('linkedin-profile-signed-in.html');
    doc.querySelector('section[data-member-id]')?.removeAttribute('data-member-id');
    expect(extract(doc, SASKIA.url).map(row)).toEqual([SASKIA]);
  });

  it('falls back to the headline when no experience entry is current', () => {
    const doc = fixturePage('linkedin-profile-signed-in.html');
    for (const caption of doc.querySelectorAll('.pvs-entity__caption-wrapper')) caption.textContent = '2019 - 2021';
    const [saskia] = extract(doc, SASKIA.url);
    expect(saskia?.title?.value).toBe('Revenue operations | Building predictable pipeline');
    expect(saskia?.company?.value).toBe('Larkspur Analytics');
  });

  it.each([
    ['another profile', 'linkedin-profile-signed-in.html', 'https://www.linkedin.com/in/someone-else-demo/'],
    ['another public profile', 'linkedin-profile-public.html', 'https://www.linkedin.com/in/someone-else-demo/'],
  ])('single-page app: the address moved on to %s, the old card is still on screen → nobody', (_case, page, url) => {
    expect(extract(fixturePage(page), url)).toEqual([]);
  });

  it('single-page app: once the new card is on screen it is read, and the old page-load record is not', () => {
    const doc = fixturePage('linkedin-profile-signed-in.html');
    const card = doc.querySelector('section[data-member-id]');
    for (const a of card?.querySelectorAll('a[href*="/in/"]') ?? []) {
      a.setAttribute('href', (a.getAttribute('href') ?? '').replace('saskia-brandvold-demo', 'leif-jovanovic-demo'));
    }
    const h1 = card?.querySelector('h1');
    if (h1) h1.textContent = 'Leif Jovanovic';
    const [leif, ...rest] = extract(doc, 'https://www.linkedin.com/in/leif-jovanovic-demo/');
    expect(rest).toEqual([]);
    expect(leif?.fullName?.value).toBe('Leif Jovanovic');
    expect(leif?.firstName).toBeUndefined();
    expect(leif?.urls?.[0]?.value).toBe('https://www.linkedin.com/in/leif-jovanovic-demo/');
  });

  it.each([
    ['the authwall under the profile’s address', 'linkedin-authwall.html', servedLocally('x.html')],
    [
      'the authwall at its own address',
      'linkedin-authwall.html',
      'https://www.linkedin.com/authwall?sessionRedirect=%2Fin%2Fsaskia-brandvold-demo%2F',
    ],
    ['the authwall served on a profile address', 'linkedin-authwall.html', SASKIA.url],
    ['"This profile is not available"', 'linkedin-unavailable.html', servedLocally('x.html')],
    ['LinkedIn’s own unavailable address', 'linkedin-unavailable.html', 'https://www.linkedin.com/in/unavailable/'],
    [
      'a profile’s sub-page',
      'linkedin-profile-signed-in.html',
      'https://www.linkedin.com/in/saskia-brandvold-demo/details/experience/',
    ],
    ['the feed', 'linkedin-profile-signed-in.html', 'https://www.linkedin.com/feed/'],
    ['search results', 'linkedin-search-people.html', 'https://www.linkedin.com/search/results/people/?keywords=x'],
    // Issue #15: a copy on another host that claims the profile's address is not that profile.
    ['a signed-in profile copied onto 127.0.0.1', 'linkedin-profile-signed-in.html', servedLocally('x.html')],
    ['a public profile copied onto 127.0.0.1', 'linkedin-profile-public.html', servedLocally('x.html')],
  ])('%s gives no lead', (_case, page, url) => {
    expect(extract(fixturePage(page), url)).toEqual([]);
  });

  it('a look-alike page on another site that declares no LinkedIn address gives no lead', () => {
    const doc = fixturePage('linkedin-profile-signed-in.html');
    for (const declared of doc.querySelectorAll('link[rel="canonical"], meta[property="og:url"]')) declared.remove();
    expect(extract(doc, 'https://example.com/in/saskia-brandvold-demo/')).toEqual([]);
  });

  it('a private profile ("LinkedIn Member") gives no lead', () => {
    const doc = fixturePage('linkedin-profile-signed-in.html');
    for (const code of doc.querySelectorAll('code')) code.remove();
    const h1 = doc.querySelector('main h1');
    if (h1) h1.textContent = 'LinkedIn Member';
    expect(extract(doc, SASKIA.url)).toEqual([]);
  });
});
