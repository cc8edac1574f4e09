import { describe, expect, it } from 'vitest';
import { companyNameFromDomain } from '../../../lib/extract/enrich/company-from-email';
import { handleSpellsName } from '../../../lib/extract/enrich/handle-spells-name';
import { extractLeads } from '../../../lib/extract/extract-leads';
import { htmlDocument } from '../helpers';

/** The steps extractLeads takes after merging the sources' finds. */

const PAGE = 'https://acme-corp.example/about';
const lead = (html: string) => extractLeads(htmlDocument(html), PAGE);

describe('after the merge', () => {
  it('splits first and last name from the full name where no source gave them', () => {
    const [p] = lead(
      '<script type="application/ld+json">{"@type":"Person","name":"Dr. Maria van der Berg, MBA"}</script>',
    );
    expect(p?.firstName).toEqual({ value: 'Maria', confidence: 0.86, source: 'jsonld' });
    expect(p?.lastName?.value).toBe('van der Berg');
  });

  it('keeps the first and last name a source stated', () => {
    const [p] = lead(
      '<script type="application/ld+json">{"@type":"Person","name":"Maria Berg","givenName":"Maria José","familyName":"Berg"}</script>',
    );
    expect([p?.firstName?.value, p?.lastName?.value]).toEqual(['Maria José', 'Berg']);
  });

  it("names the company after a business address's domain when nothing else does, never after free mail", () => {
    const people = lead(`
      <script type="application/ld+json">[
        {"@type":"Person","name":"Jane Doe","email":"jane@acme-corp.co.uk"},
        {"@type":"Person","name":"Joe Bloggs","email":"joe.bloggs@gmail.com"},
        {"@type":"Person","name":"Ann Lee","email":"ann@acme-corp.com","worksFor":"Acme Corporation"}]</script>`);
    expect(people.map((p) => p.company)).toEqual([
      { value: 'Acme Corp', confidence: 0.3, source: 'email-domain' },
      undefined,
      { value: 'Acme Corporation', confidence: 0.95, source: 'jsonld' },
    ]);
  });

  it('gives unnamed phone numbers and profile links to the one person of the page', () => {
    const [p, ...rest] = lead(`
      <script type="application/ld+json">{"@type":"Person","name":"Jane Doe"}</script>
      <p><a href="tel:+1 415 555 0100">Call</a> · <a href="https://github.com/janedoe">Code</a></p>`);
    expect(rest).toEqual([]);
    expect(p?.phones.map((v) => v.value)).toEqual(['+1 415 555 0100']);
    expect(p?.urls.map((v) => v.value)).toEqual(['https://github.com/janedoe']);
  });

  it('drops an unnamed number and a bare profile link where several people could own them: no nameless lead per link', () => {
    const people = lead(`
      <article><h3>Jane Doe</h3><a href="mailto:jane@acme.example">mail</a></article>
      <article><h3>John Roe</h3><a href="mailto:john@acme.example">mail</a></article>
      <p><a href="tel:+1 415 555 0100">Switchboard</a> · <a href="https://x.com/someone">someone</a></p>`);
    expect(people.map((p) => p.fullName?.value ?? p.urls[0]?.value)).toEqual(['Jane Doe', 'John Roe']);
    expect(people.flatMap((p) => p.phones)).toEqual([]);
  });

  it('a page of bare social links gives nobody; a link in a named card goes to that person', () => {
    const icons = lead(`<main><p>Follow us</p><ul>
      <li><a href="https://x.com/acmehq">X</a></li><li><a href="https://www.instagram.com/acmehq/">Instagram</a></li>
      <li><a href="https://bsky.app/profile/acme.example.social">Bluesky</a></li></ul></main>`);
    expect(icons).toEqual([]);
    const card = lead(`<article><h3>Jane Doe</h3><a href="mailto:jane@acme.example">mail</a>
      <a href="https://bsky.app/profile/jane.example.social">Bluesky</a></article>
      <article><h3>John Roe</h3><a href="mailto:john@acme.example">mail</a></article>`);
    expect(card.find((p) => p.fullName?.value === 'Jane Doe')?.urls.map((u) => u.value)).toContain(
      'https://bsky.app/profile/jane.example.social',
    );
  });

  it('gives a profile link in a profile header to the person its handle names, though the page shows others too', () => {
    const people = lead(`
      <main><section><h1>Jane Dorsey</h1><p>Managing Partner</p><p>Northwind Capital</p><p>Boston, MA</p></section>
        <p class="icons"><a href="https://www.linkedin.com/in/janedorsey"></a> <a href="https://x.com/jane_dors"></a></p>
        <h2>Board roles</h2>
        <article><h3>John Roe</h3><p>Head of Sales</p><p>Roe Industries</p></article>
        <p><a href="https://x.com/someone_else"></a></p></main>`);
    expect(people.map((p) => [p.fullName?.value, p.location?.value, p.urls.map((u) => u.value)])).toEqual([
      ['Jane Dorsey', 'Boston, MA', ['https://www.linkedin.com/in/janedorsey/', 'https://x.com/jane_dors']],
      ['John Roe', undefined, []],
    ]);
  });

  it('one profile written two ways on a page (twitter.com in a card, x.com found elsewhere) is one link of the person', () => {
    const people = lead(`<main>
      <div class="member"><h3>Jane Dorsey</h3><p>Head of Sales</p><p>Northwind Analytics</p>
        <a href="http://twitter.com/janedorsey">@janedorsey</a> <a href="https://linkedin.com/in/jane-dorsey">LinkedIn</a></div>
      <div class="member"><h3>John Roe</h3><p>Head of Support</p><p>Northwind Analytics</p></div></main>`);
    const jane = people.find((p) => p.fullName?.value === 'Jane Dorsey');
    expect(jane?.urls.map((u) => u.value)).toEqual([
      'http://twitter.com/janedorsey',
      'https://www.linkedin.com/in/jane-dorsey/',
    ]);
  });

  it("a press release's one-line media contact: name, number and address; the company's own accounts are not hers", () => {
    const people = extractLeads(
      htmlDocument(`<article><h1>Northwind opens Oslo office</h1>
        <p>OSLO, May 2, 2025 -- Northwind Freight, a logistics company, opened its first Nordic office today.</p>
        <p>Media contact: Jane Dorsey, +47 22 55 01 42, <a href="mailto:press@northwind.example">press@northwind.example</a></p></article>
        <aside><h3>Follow us</h3><a href="https://x.com/northwind_hq">X</a> <a href="https://www.instagram.com/northwind/">Instagram</a></aside>`),
      'https://news.example/northwind-oslo',
    );
    expect(people.map((p) => [p.fullName?.value, p.emails.map((e) => e.value), p.phones.length, p.urls])).toEqual([
      ['Jane Dorsey', ['press@northwind.example'], 1, []],
    ]);
  });

  it.each([
    ['PORT_ALREADY_USED', undefined],
    ['localhost:3000', undefined],
    ['Bergen, Norway', 'Bergen, Norway'],
  ])('a location that reads %s is kept only when it can be a place', (place, kept) => {
    const [p] = lead(
      `<script type="application/ld+json">{"@type":"Person","name":"Jane Doe","homeLocation":{"@type":"Place","name":"${place}"},"address":{"@type":"PostalAddress","addressLocality":"${place}"}}</script>`,
    );
    expect(p?.fullName?.value).toBe('Jane Doe');
    expect(p?.location?.value).toBe(kept);
  });

  it.each([
    ['janedorsey', true],
    ['jane_dorsey', true],
    ['jane-dorsey-1b51127', true],
    ['dorsey.jane', true],
    ['jdorsey', true],
    ['jane_dors', true],
    ['jane', false],
    ['janedo', false],
    ['jd', false],
    ['acmehq', false],
  ])('the handle %s spells Jane Dorsey: %s', (handle, spells) => {
    expect(handleSpellsName(handle, 'Jane Dorsey')).toBe(spells);
  });

  it("a person on an organisation's own team page works there when nothing states an employer", () => {
    const team = (title: string) =>
      extractLeads(
        htmlDocument(`<head><title>${title}</title></head><body><h1>Our Team</h1>
          <div class="tabs"><h3>Jane Doe</h3><a href="https://www.linkedin.com/in/jane-doe"></a><p>Jane has spent two decades building things.</p></div>
          <div class="tabs"><h3>John Roe</h3><a href="https://www.linkedin.com/in/john-roe"></a><p>John likes plants.</p></div></body>`),
        'https://northwind.example/about/team/',
      ).map((p) => [p.fullName?.value, p.company?.value]);
    expect(team('Our Team | Northwind Analytics')).toEqual([
      ['Jane Doe', 'Northwind Analytics'],
      ['John Roe', 'Northwind Analytics'],
    ]);
    // A page about something else says nothing of where its people work.
    expect(team('Speakers | Northwind Summit')).toEqual([
      ['Jane Doe', undefined],
      ['John Roe', undefined],
    ]);
  });

  it.each([
    ['acme-corp.com', 'Acme Corp'],
    ['mail.northwind.co.uk', 'Northwind'],
    ['example.com.au', 'Example'],
    ['my_shop.de', 'My Shop'],
    ['localhost', ''],
  ])('company name from %s: %s', (domain, name) => {
    expect(companyNameFromDomain(domain)).toBe(name);
  });
});
