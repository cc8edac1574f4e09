import { describe, expect, it } from 'vitest';
import type { Extractor } from '../../../../lib/extract/extractor';
import { linkedInArticleAuthorExtractor } from '../../../../lib/extract/sites/linkedin-article-author';
import { linkedInPeopleListExtractor } from '../../../../lib/extract/sites/linkedin-people-list';
import { linkedInProfileExtractor } from '../../../../lib/extract/sites/linkedin-profile';
import { htmlDocument } from '../../helpers';
import { atRealAddress, fixturePage, row } from './fixture-page';

// LinkedIn layouts beyond search, written from the markup LinkedIn served (class names and data
// attributes kept, people made up).
const read = (extractor: Extractor, html: string, url: string) =>
  extractor.extract(htmlDocument(html), new URL(url)).map(row);

const guestCard = (slug: string, name: string, headline: string) => `<li>
  <a href="https://uk.linkedin.com/in/${slug}?trk=org-employees" class="base-card base-main-card">
    <img alt="Click here to view ${name}’s profile">
    <div class="base-main-card__info"><h3 class="base-main-card__title">${name}</h3>
    <h4 class="base-main-card__subtitle">${headline}</h4></div></a></li>`;

describe("a company's signed-out page: its employees", () => {
  const page = `<main><h1>Quillfeather</h1>
    <section data-test-id="employees-at"><h2>Employees at Quillfeather</h2><ul>
      ${guestCard('odile-m', 'Odile Marchetti', 'Site Reliability Engineer @ Quillfeather')}
      ${guestCard('tom-r', '🚲 Tomas Reyes', 'Board adviser, SaaS strategy')}
    </ul></section>
    <section><h2>Updates</h2><a href="https://www.linkedin.com/in/someone-posting">Pia Poster</a> reposted</section>
  </main>`;

  it('lists every employee shown, at the company, with their profile; nobody from the updates', () => {
    expect(read(linkedInPeopleListExtractor, page, 'https://uk.linkedin.com/company/quillfeather')).toEqual([
      {
        name: 'Odile Marchetti',
        title: 'Site Reliability Engineer',
        company: 'Quillfeather',
        location: undefined,
        url: 'https://www.linkedin.com/in/odile-m/',
      },
      {
        name: 'Tomas Reyes',
        title: 'Board adviser, SaaS strategy',
        company: 'Quillfeather',
        location: undefined,
        url: 'https://www.linkedin.com/in/tom-r/',
      },
    ]);
  });

  it('the same page on another host gives nobody (the tab decides)', () => {
    expect(read(linkedInPeopleListExtractor, page, 'https://mirror.example/company/quillfeather')).toEqual([]);
  });
});

describe('a LinkedIn article: its author', () => {
  it('signed out: the author card, not the commenters', () => {
    const html = `<header><div class="main-author-card base-main-card">
        <a class="base-card__full-link" href="https://www.linkedin.com/in/ines-k-12ab?trk=pulse-article_main-author-card">
        <span class="screen-reader-text">Ines Kowalski</span></a>
        <div class="base-main-card__info"><h3 class="base-main-card__title">Ines Kowalski</h3>
        <h4 class="base-main-card__subtitle">Making work more human 💙</h4></div></div></header>
      <section class="comments"><a href="https://www.linkedin.com/in/carl-commenter">Carl Commenter</a></section>`;
    expect(read(linkedInArticleAuthorExtractor, html, 'https://www.linkedin.com/pulse/why-work-ines-kowalski')).toEqual(
      [
        {
          name: 'Ines Kowalski',
          title: undefined,
          company: undefined,
          location: undefined,
          url: 'https://www.linkedin.com/in/ines-k-12ab/',
        },
      ],
    );
  });

  it('signed in (older header): the rel=author link and a "Job, Company, tagline" headline; never the reader', () => {
    const html = `<nav id="global-nav"><a href="https://www.linkedin.com/in/viola-vantage-demo/">Viola Vantage</a></nav>
      <div class="source-promo"><div class="text-row"><h2 class="title">
        <a class="name" href="https://www.linkedin.com/in/rafa-ortiz-9?trk=pulse-det-athr" rel="author" title="Rafa Ortiz">
        <span itemprop="author">Rafa
          Ortiz</span></a></h2>
        <p class="subtitle">Founder, Fintrail, The friendliest ledger</p></div></div>`;
    expect(read(linkedInArticleAuthorExtractor, html, 'https://www.linkedin.com/pulse/ledgers-rafa-ortiz')).toEqual([
      {
        name: 'Rafa Ortiz',
        title: 'Founder',
        company: 'Fintrail',
        location: undefined,
        url: 'https://www.linkedin.com/in/rafa-ortiz-9/',
      },
    ]);
  });
});

describe('older LinkedIn profile layouts', () => {
  it('the 2016 public profile: the current Experience entry is the job, not the headline', () => {
    const html = `<section id="topcard"><div class="profile-card vcard"><h1 id="name" class="fn">Jonas Brandt</h1>
      <p class="headline title" data-section="headline">Software poet</p>
      <dl id="demographics"><dt>Location</dt><dd class="descriptor adr"><span class="locality">Hamburg Area, Germany</span></dd></dl>
      <table><tr data-section="currentPositionsDetails"><th>Current</th><td><span class="org">Brandt Labs</span></td></tr></table>
      </div></section>
      <section id="experience"><ul><li class="position" data-section="currentPositionsDetails">
        <header><h4 class="item-title"><a href="https://www.linkedin.com/title/ceo">CEO</a></h4><h5 class="item-subtitle">Brandt Labs</h5></header>
        <span class="date-range"><time>May 2012</time> – Present</span></li></ul></section>`;
    expect(read(linkedInProfileExtractor, html, 'https://de.linkedin.com/in/jonasbrandt')).toEqual([
      {
        name: 'Jonas Brandt',
        title: 'CEO',
        company: 'Brandt Labs',
        location: 'Hamburg Area, Germany',
        url: 'https://www.linkedin.com/in/jonasbrandt/',
      },
    ]);
  });

  it('the 2018 signed-in profile saved as its wrapper alone: top card and current position', () => {
    const html = `<div id="profile-wrapper" class="pv-profile-wrapper">
      <div class="pv-top-card-v2-section__info"><h1 class="pv-top-card-section__name">Mila Novak</h1>
        <span class="distance-badge"><span class="visually-hidden">1st degree connection</span></span>
        <h2 class="pv-top-card-section__headline">Developer | Student</h2>
        <h3 class="pv-top-card-section__location">Toronto, Ontario, Canada</h3></div>
      <section id="experience-section" class="experience-section"><ul>
        <li class="pv-position-entity"><div class="pv-entity__summary-info"><h3>Front-end Lead</h3>
          <h4><span class="visually-hidden">Company Name</span><span class="pv-entity__secondary-title">Bounceback</span></h4>
          <h4 class="pv-entity__date-range"><span class="visually-hidden">Dates Employed</span><span>Aug 2018 – Present</span></h4>
        </div></li></ul></section></div>`;
    expect(read(linkedInProfileExtractor, html, 'https://www.linkedin.com/in/milanovak/')).toEqual([
      {
        name: 'Mila Novak',
        title: 'Front-end Lead',
        company: 'Bounceback',
        location: 'Toronto, Ontario, Canada',
        url: 'https://www.linkedin.com/in/milanovak/',
      },
    ]);
  });
});

describe('the LinkedIn article fixture page', () => {
  it('its author with the job the headline states, not the commenter', () => {
    const people = linkedInArticleAuthorExtractor.extract(
      fixturePage('linkedin-article.html'),
      atRealAddress('linkedin-article.html'),
    );
    expect(people.map(row)).toEqual([
      {
        name: 'Rafa Ortiz',
        title: 'Founder',
        company: 'Fintrail',
        location: undefined,
        url: 'https://www.linkedin.com/in/rafa-ortiz-9c1/',
      },
    ]);
  });
});
