import { describe, expect, it } from 'vitest';
import { socialProfileExtractor } from '../../../../lib/extract/social/profile-page';
import { htmlDocument } from '../../helpers';
import { atRealAddress, fixturePage, row } from '../sites/fixture-page';

const extract = (html: string, url: string) => socialProfileExtractor.extract(htmlDocument(html), new URL(url));

describe('any network profile page', () => {
  it('a profile page with JSON-LD: the name, the bio as title, the canonical profile link', () => {
    const html = `<head><title>Jane Roe (@jane.example.social) — Network</title>
      <script type="application/ld+json">{"@type":"ProfilePage","mainEntity":{"@type":"Person",
      "name":"Jane Roe","alternateName":"@jane.example.social","description":"Writer"}}</script></head>
      <body><main><p>Posts</p></main></body>`;
    expect(extract(html, 'https://bsky.app/profile/jane.example.social').map(row)).toEqual([
      {
        name: 'Jane Roe',
        title: 'Writer',
        company: undefined,
        location: undefined,
        url: 'https://bsky.app/profile/jane.example.social',
      },
    ]);
  });

  it("og:title without the site's suffix and handle; the bio's 'CTO at Acme' gives title and company", () => {
    const html = `<head><meta property="og:title" content="Sam Poe (@sampoe) | Network">
      <meta property="og:description" content="CTO at Acme Robotics. Climber, dad."></head><body></body>`;
    expect(extract(html, 'https://www.instagram.com/sampoe/').map(row)).toEqual([
      {
        name: 'Sam Poe',
        title: 'CTO',
        company: 'Acme Robotics',
        location: undefined,
        url: 'https://www.instagram.com/sampoe/',
      },
    ]);
  });

  it('a heading "Name (handle)", labelled profile fields and rel=me links', () => {
    const html = `<head><meta property="og:title" content="sampoe"></head><body><main>
      <h1>Sam Poe (sampoe)</h1>
      <div class="field-job-title">Partner</div><div class="field-organization-name">Poe &amp; Co</div>
      <div class="field-country">Canada</div>
      <a rel="nofollow me" href="https://github.com/sampoe">GitHub</a>
      <a rel="me" href="javascript:alert(1)">bad</a></main></body>`;
    const [person] = extract(html, 'https://www.drupal.org/u/sampoe');
    expect(row(person)).toEqual({
      name: 'Sam Poe',
      title: 'Partner',
      company: 'Poe & Co',
      location: 'Canada',
      url: 'https://www.drupal.org/u/sampoe',
    });
    expect(person?.urls?.map((u) => u.value)).toEqual(['https://www.drupal.org/u/sampoe', 'https://github.com/sampoe']);
  });

  it('a channel whose description introduces its person: the person, with the channel as their outlet', () => {
    const html = `<head><meta property="og:title" content="Night Desk">
      <meta property="og:description" content="Investigative Journalist Ana Lima https://nightdesk.example/"></head>`;
    const [person] = extract(html, 'https://t.me/nightdesk');
    expect(row(person)).toMatchObject({ name: 'Ana Lima', title: 'Investigative Journalist', company: 'Night Desk' });
  });

  it('a page that shows no name gets the handle, only because the page is that profile', () => {
    expect(extract('<body><p>Nothing here</p></body>', 'https://www.tiktok.com/@quietone').map(row)).toEqual([
      {
        name: 'quietone',
        title: undefined,
        company: undefined,
        location: undefined,
        url: 'https://www.tiktok.com/@quietone',
      },
    ]);
  });

  it("a page elsewhere that claims a profile address is not that profile: the tab's address decides", () => {
    const html = `<head><link rel="canonical" href="https://bsky.app/profile/jane.example.social">
      <meta property="og:url" content="https://bsky.app/profile/jane.example.social">
      <meta property="og:title" content="Jane Roe"></head>`;
    expect(extract(html, 'https://mirror.example.net/profile/jane')).toEqual([]);
  });

  it("a network's page that is no profile (a thread, a search) gives nobody", () => {
    expect(extract('<head><title>Jane Roe</title></head>', 'https://www.reddit.com/r/science/comments/1/x/')).toEqual(
      [],
    );
  });
});

describe('the social profile fixture page', () => {
  it('the profile owner with the role their bio states and their own links; nobody from the feed', () => {
    const people = socialProfileExtractor.extract(
      fixturePage('social-profile.html'),
      atRealAddress('social-profile.html'),
    );
    expect(people.map(row)).toEqual([
      {
        name: 'Odile Marchetti',
        title: 'Head of Partnerships',
        company: 'Quillfeather Labs',
        location: undefined,
        url: 'https://bsky.app/profile/odile.example.social',
      },
    ]);
    expect(people[0]?.urls?.map((u) => u.value)).toEqual([
      'https://bsky.app/profile/odile.example.social',
      'https://fosstodon.example/@odile',
      'https://quillfeather.example/odile',
    ]);
  });
});
