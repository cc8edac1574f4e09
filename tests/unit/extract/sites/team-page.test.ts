import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageCompany, teamPageExtractor } from '../../../../lib/extract/sites/team-page';
import { htmlDocument } from '../../helpers';
import { fixturePage, PAGES_DIR, row, servedLocally, valuesOf } from './fixture-page';

const extract = (doc: Document, url: string | URL) =>
  teamPageExtractor.extract(doc, typeof url === 'string' ? new URL(url) : url);

// Pages that repeat cards shaped alike but list no people (written for LeadClip).
const NOT_PEOPLE: ReadonlyArray<readonly [string, string]> = [
  [
    'a blog index',
    `<title>Blog · Larkspur Analytics</title><main><div class="posts">
      <article class="post"><h2>Winning Back Churned Accounts</h2><time datetime="2026-03-04">March 4, 2026</time><p>What we learned from forty save calls with customers who had already cancelled.</p><a href="/blog/1">Read more</a></article>
      <article class="post"><h2>Forecasting Without Spreadsheets</h2><time datetime="2026-02-18">February 18, 2026</time><p>How revenue teams move their forecast into the pipeline itself.</p><a href="/blog/2">Read more</a></article>
      <article class="post"><h2>Quarterly Business Reviews</h2><time datetime="2026-01-27">January 27, 2026</time><p>A template for QBRs that customers actually attend.</p><a href="/blog/3">Read more</a></article>
    </div></main>`,
  ],
  [
    'a news list without time elements',
    `<title>News</title><ul class="news">
      <li class="item"><h3>Series B Announcement</h3><p>Posted Jan 12, 2026 · 4 min read</p></li>
      <li class="item"><h3>New Oslo Office</h3><p>Posted Feb 2, 2026 · 2 min read</p></li>
      <li class="item"><h3>Partner Program Launch</h3><p>Posted Mar 9, 2026 · 3 min read</p></li>
    </ul>`,
  ],
  [
    'a features grid',
    `<title>Product · Larkspur</title><section class="features">
      <div class="feature"><h3>Pipeline Health</h3><p>See which deals stalled this week.</p></div>
      <div class="feature"><h3>Forecast Rollups</h3><p>Roll forecasts up by team and region.</p></div>
      <div class="feature"><h3>Territory Planning</h3><p>Balance accounts across reps fairly.</p></div>
    </section>`,
  ],
  [
    'a department directory',
    `<title>Contact · Larkspur</title><div class="departments">
      <div class="dept"><h3>Customer Success</h3><p>Lead the onboarding of new customers</p><a href="mailto:success@larkspur.example">success@larkspur.example</a></div>
      <div class="dept"><h3>Sales Team</h3><p>Talk to an account executive</p><a href="mailto:sales@larkspur.example">sales@larkspur.example</a></div>
    </div>`,
  ],
  [
    'a single person card',
    `<title>About · Larkspur</title><div class="card"><h3>Amara Eriksdottir</h3><p>Chief Executive Officer</p></div><p>We are a small company.</p>`,
  ],
];

describe('company team / about pages', () => {
  const team = extract(fixturePage('team-page.html'), servedLocally('x.html'));

  it('finds all 26 people on the team page, and none of the blog teasers', () => {
    expect(team).toHaveLength(26);
    const names = team.map((p) => p.fullName?.value);
    expect(names).not.toContain('Winning Back Churned Accounts');
    expect(team.flatMap(valuesOf).filter((v) => /blog|read more|min read/i.test(v))).toEqual([]);
  });

  it.each([
    [
      0,
      {
        name: 'Amara Eriksdottir',
        title: 'Chief Executive Officer',
        company: 'Larkspur Analytics',
        location: undefined,
        url: 'https://www.linkedin.com/in/amara-eriksdottir-b302/',
      },
    ],
    // "Chief Revenue Officer · Oslo": the office after the middle dot is not part of the title.
    [
      1,
      {
        name: 'Bastian Achterberg',
        title: 'Chief Revenue Officer',
        company: 'Larkspur Analytics',
        location: undefined,
        url: undefined,
      },
    ],
    [
      5,
      {
        name: 'Farid Fairweather',
        title: 'Account Executive',
        company: 'Larkspur Analytics',
        location: undefined,
        url: undefined,
      },
    ],
    [
      25,
      {
        name: 'Dario Castellanos',
        title: 'Customer Success Manager',
        company: 'Larkspur Analytics',
        location: undefined,
        url: undefined,
      },
    ],
  ])('card %i: name, title, the page’s company, LinkedIn link canonicalised', (index, expected) => {
    expect(row(team[index])).toEqual(expected);
  });

  it('keeps the emails the cards show (18 of 26) and the LinkedIn links (13 of 26)', () => {
    expect(team[0]?.emails?.map((e) => e.value)).toEqual(['amara.eriksdottir@larkspur-analytics.example']);
    expect(team.filter((p) => (p.emails ?? []).length > 0)).toHaveLength(18);
    expect(team.filter((p) => (p.urls ?? []).length > 0)).toHaveLength(13);
  });

  it.each([
    [
      'the demo team page',
      join(process.cwd(), 'demo/team.html'),
      4,
      {
        name: 'Maria van der Berg',
        title: 'VP of Sales',
        company: 'Northwind Analytics',
        location: undefined,
        url: undefined,
      },
    ],
    // A speakers page lists people of other companies: each card's "Title, Company" says which.
    [
      'a conference speakers page',
      join(PAGES_DIR, 'capture/speakers.html'),
      30,
      { name: 'Ada Castillo', title: 'VP of Sales', company: 'Contoso', location: undefined, url: undefined },
    ],
  ])('%s', (_case, path, count, first) => {
    const people = extract(htmlDocument(readFileSync(path, 'utf8')), 'https://events.example/people');
    expect(people).toHaveLength(count);
    expect(row(people[0])).toEqual(first);
  });

  it.each(NOT_PEOPLE)('%s gives nobody', (_case, html) => {
    expect(extract(htmlDocument(html), 'https://larkspur.example/page')).toEqual([]);
  });

  it.each([
    ['LinkedIn', 'linkedin-company-people.html', 'https://www.linkedin.com/company/larkspur-analytics/people/'],
    ['LinkedIn, a profile', 'linkedin-profile-signed-in.html', 'https://www.linkedin.com/in/saskia-brandvold-demo/'],
    ['X', 'x-profile.html', 'https://x.com/juno_sells'],
    ['GitHub', 'github-profile.html', 'https://github.com/maren-solberg-demo'],
  ])('%s has an adapter of its own: the generic one stays off', (_case, page, url) => {
    expect(extract(fixturePage(page), url)).toEqual([]);
  });
});

describe('the organisation whose own people a page lists', () => {
  const at = (html: string, url = 'https://www.nfa.example/staff/directory') =>
    pageCompany(htmlDocument(html), new URL(url));

  it('a title that names the organisation by its initials: the name the page spells out (its footer, its logo title)', () => {
    expect(
      at(`<title>NFA Staff Directory</title><header><img src="/logo.png" alt="NFA Logo" title="U.S. National Fisheries Agency"></header>
        <main><h1>Staff Directory</h1></main><footer><h3>U.S. National Fisheries Agency</h3></footer>`),
    ).toBe('U.S. National Fisheries Agency');
    expect(
      at(
        `<title>People :: CQGB</title><nav><div id="header"><h1>CQGB</h1><p>Center for Quantitative Genomics and Biology @ Larkspur State</p></div></nav><main><h1>People</h1></main>`,
        'https://www.cqgb.example/people/',
      ),
    ).toBe('Center for Quantitative Genomics and Biology @ Larkspur State');
  });

  it('initials the page never spells out stay as written; a sentence that happens to start with the letters is no name', () => {
    expect(
      at(
        `<title>NFA Staff Directory</title><main><h1>Staff Directory</h1></main><footer><p>Nobody Finds Anything here.</p></footer>`,
      ),
    ).toBe('NFA');
  });

  it('a page about people who work elsewhere names no organisation', () => {
    expect(
      at(
        `<title>NFA Speakers</title><footer><h3>National Fisheries Agency</h3></footer>`,
        'https://nfa.example/speakers',
      ),
    ).toBe('');
  });
});
