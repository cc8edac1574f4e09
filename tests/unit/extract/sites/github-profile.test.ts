import { describe, expect, it } from 'vitest';
import { gitHubProfileExtractor } from '../../../../lib/extract/sites/github-profile';
import { htmlDocument } from '../../helpers';
import { fixturePage, mentionsViewer, row, servedLocally } from './fixture-page';

const extract = (doc: Document, url: string | URL) =>
  gitHubProfileExtractor.extract(doc, typeof url === 'string' ? new URL(url) : url);

describe('GitHub user profile adapter', () => {
  it.each([
    ['github.com', 'https://github.com/maren-solberg-demo'],
    ['the repositories tab', 'https://github.com/maren-solberg-demo?tab=repositories'],
    ['login in another case', 'https://github.com/Maren-Solberg-Demo'],
  ])('%s: name, company, place, email, login URL, website and social links', (_case, url) => {
    const people = extract(fixturePage('github-profile.html'), url);
    expect(people.map(row)).toEqual([
      {
        name: 'Maren Solberg',
        // The bio states it: "Data engineer at Larkspur Analytics. Pipelines, Postgres…"
        title: 'Data engineer',
        // GitHub shows the employer as its organisation, "@larkspur-analytics": the @ is dropped.
        company: 'larkspur-analytics',
        location: 'Trondheim, Norway',
        url: 'https://github.com/maren-solberg-demo',
      },
    ]);
    expect(people[0]?.emails?.map((e) => e.value)).toEqual(['maren.solberg@larkspur-analytics.example']);
    expect(people[0]?.urls?.map((u) => u.value)).toEqual([
      'https://github.com/maren-solberg-demo',
      'https://maren-solberg.example',
      'https://twitter.com/maren_codes_demo',
      'https://www.linkedin.com/in/maren-solberg-demo',
    ]);
    expect(people.some(mentionsViewer)).toBe(false);
  });

  it('a profile that shows no name, company or email still gives its login URL and what its bio states', () => {
    const doc = fixturePage('github-profile.html');
    for (const detail of doc.querySelectorAll(
      '[itemprop="name"], [itemprop="worksFor"], [itemprop="email"], [itemprop="homeLocation"]',
    )) {
      detail.remove();
    }
    expect(extract(doc, 'https://github.com/maren-solberg-demo').map(row)).toEqual([
      {
        name: undefined,
        title: 'Data engineer',
        company: 'Larkspur Analytics',
        location: undefined,
        url: 'https://github.com/maren-solberg-demo',
      },
    ]);
  });

  it('a copy on another host that claims the profile address gives nobody: the tab decides (issue #15)', () => {
    expect(extract(fixturePage('github-profile.html'), servedLocally('github-profile.html'))).toEqual([]);
  });

  it('single-page navigation: the sidebar still shows the previous user → nobody', () => {
    expect(extract(fixturePage('github-profile.html'), 'https://github.com/someone-else')).toEqual([]);
  });

  it.each([
    [
      'an organisation page (no Person scope)',
      '<div itemscope itemtype="http://schema.org/Organization"><h1 itemprop="name">Larkspur Analytics</h1></div>',
      'https://github.com/larkspur-analytics',
    ],
    ['a repository', '', 'https://github.com/maren-solberg-demo/crm-sync'],
    ['GitHub’s own pages', '', 'https://github.com/pricing'],
    ['another site', '', 'https://gitlab.example/maren-solberg-demo'],
  ])('%s gives no lead', (_case, html, url) => {
    const doc = html ? htmlDocument(html) : fixturePage('github-profile.html');
    if (!html)
      for (const declared of doc.querySelectorAll('link[rel="canonical"], meta[property="og:url"]')) declared.remove();
    expect(extract(doc, url)).toEqual([]);
  });
});
