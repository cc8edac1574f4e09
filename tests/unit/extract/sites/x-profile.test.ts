import { describe, expect, it } from 'vitest';
import { xProfileExtractor } from '../../../../lib/extract/sites/x-profile';
import { fixturePage, mentionsViewer, row, servedLocally } from './fixture-page';

const extract = (doc: Document, url: string | URL) =>
  xProfileExtractor.extract(doc, typeof url === 'string' ? new URL(url) : url);

const JUNO = {
  name: 'Juno Halvorsen',
  title: 'VP Sales',
  company: 'LarkspurHQ',
  location: 'Bergen, Norway',
  url: 'https://x.com/juno_sells',
};

describe('X profile adapter', () => {
  it.each([
    ['x.com', 'https://x.com/juno_sells'],
    ['twitter.com, handle in another case', 'https://twitter.com/Juno_Sells'],
    ['the replies tab', 'https://x.com/juno_sells/with_replies'],
  ])('%s: name, handle URL, place, the role the bio states', (_case, url) => {
    const people = extract(fixturePage('x-profile.html'), url);
    expect(people.map(row)).toEqual([JUNO]);
    expect(people.some(mentionsViewer)).toBe(false);
  });

  it('a copy on another host that claims the profile address gives nobody: the tab decides (issue #15)', () => {
    expect(extract(fixturePage('x-profile.html'), servedLocally('x-profile.html'))).toEqual([]);
  });

  it.each(['javascript:alert(document.cookie)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)'])(
    'a website link to %s is never kept (issue #15)',
    (href) => {
      const doc = fixturePage('x-profile.html');
      const link = doc.querySelector('[data-testid="UserUrl"]');
      link?.setAttribute('href', href);
      // A cut display ("…") makes the adapter fall back to the href.
      if (link) link.textContent = 'larkspur-analytics.exam…';
      const [juno] = extract(doc, JUNO.url);
      expect(juno?.urls?.map((u) => u.value)).toEqual(['https://x.com/juno_sells']);
    },
  );

  it('keeps the website the bio links, as shown, not the t.co redirect', () => {
    const [juno] = extract(fixturePage('x-profile.html'), JUNO.url);
    expect(juno?.urls?.map((u) => u.value)).toEqual([
      'https://x.com/juno_sells',
      'https://larkspur-analytics.example/juno',
    ]);
  });

  it.each([
    ['a joke', 'Professional overthinker. Dog person.'],
    ['a role with no employer', 'Founder. Builder. Runner.'],
    ['an employer with no role', 'Opinions my own @LarkspurHQ'],
  ])('a bio that is %s gives no title or company', (_case, bio) => {
    const doc = fixturePage('x-profile.html');
    const description = doc.querySelector('[data-testid="UserDescription"]');
    if (description) description.textContent = bio;
    const [juno] = extract(doc, JUNO.url);
    expect([juno?.fullName?.value, juno?.title, juno?.company]).toEqual(['Juno Halvorsen', undefined, undefined]);
  });

  it.each([
    [
      'runs',
      'Building data tools\nRunning http://larkspur.example · http://other.example\nFormerly @oldco',
      undefined,
      'larkspur.example',
    ],
    ['founded', 'Co-founder of Larkspur Analytics. Dog person.', 'Co-founder', 'Larkspur Analytics'],
    ['runs no company', 'Running marathons. Building habits.', undefined, undefined],
  ])('a bio that says what its person %s gives the company', (_case, bio, title, company) => {
    const doc = fixturePage('x-profile.html');
    const description = doc.querySelector('[data-testid="UserDescription"]');
    if (description) description.textContent = bio;
    const [juno] = extract(doc, JUNO.url);
    expect([juno?.title?.value, juno?.company?.value]).toEqual([title, company]);
  });

  it.each(['PORT_ALREADY_USED', 'localhost:3000', '127.0.0.1'])(
    'a location field that reads %s is no place',
    (joke) => {
      const doc = fixturePage('x-profile.html');
      const field = doc.querySelector('[data-testid="UserLocation"]');
      if (field) field.textContent = joke;
      const [juno] = extract(doc, JUNO.url);
      expect(juno?.location).toBeUndefined();
    },
  );

  it('single-page app: the address moved to another handle while the old header is on screen → nobody', () => {
    expect(extract(fixturePage('x-profile.html'), 'https://x.com/kalani_revops')).toEqual([]);
  });

  it.each([
    ['protected account', (doc: Document) => doc.querySelector('[data-testid="UserName"] span')?.append(lockIcon(doc))],
    [
      'missing account',
      (doc: Document) =>
        doc.querySelector('[data-testid="UserName"]')?.replaceWith(emptyState(doc, 'This account doesn’t exist')),
    ],
    [
      'suspended account',
      (doc: Document) => doc.querySelector('section[role="region"]')?.replaceWith(emptyState(doc, 'Account suspended')),
    ],
  ])('a %s gives no lead', (_case, damage) => {
    const doc = fixturePage('x-profile.html');
    damage(doc);
    expect(extract(doc, JUNO.url)).toEqual([]);
  });

  it('an empty tab ("hasn’t posted media") is not a closed account', () => {
    const doc = fixturePage('x-profile.html');
    doc.querySelector('section[role="region"]')?.replaceWith(emptyState(doc, '@juno_sells hasn’t posted media'));
    expect(extract(doc, 'https://x.com/juno_sells/media').map(row)).toEqual([JUNO]);
  });

  it.each([
    ['home timeline', 'https://x.com/home'],
    ['a post', 'https://x.com/juno_sells/status/1820'],
    ['followers', 'https://x.com/juno_sells/followers'],
    ['search', 'https://x.com/search?q=revops'],
  ])('%s is not a profile', (_case, url) => {
    expect(extract(fixturePage('x-profile.html'), url)).toEqual([]);
  });
});

function lockIcon(doc: Document): Element {
  const svg = doc.createElement('svg');
  svg.setAttribute('data-testid', 'icon-lock');
  svg.setAttribute('aria-label', 'Protected account');
  return svg;
}

function emptyState(doc: Document, text: string): Element {
  const div = doc.createElement('div');
  div.setAttribute('data-testid', 'emptyState');
  div.textContent = text;
  return div;
}
