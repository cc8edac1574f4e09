import { describe, expect, it } from 'vitest';
import { profileUrlFrom } from '../../../lib/extract/contacts/social';
import { linksExtractor } from '../../../lib/extract/sources/links';
import { htmlDocument } from '../helpers';

const PAGE = new URL('https://acme.example/team');
const found = (html: string) => linksExtractor.extract(htmlDocument(html), PAGE);

describe('links source', () => {
  it('reads tel:, callto:, vCard and profile links, named by the card they sit in', () => {
    const people = found(`
      <article><h3>Jane Doe</h3>
        <a href="tel:+1-415-555-0100">call</a> <a href="callto://+14155550199">Skype</a>
        <a href="/cards/jane.vcf">vCard</a>
        <a href="https://www.linkedin.com/in/jane-doe-demo/details/experience/">LinkedIn</a>
        <a href="https://twitter.com/@janedoe">X</a> <a href="https://github.com/janedoe">GitHub</a>
      </article>`);
    expect(people.every((p) => p.fullName?.value === 'Jane Doe')).toBe(true);
    expect(people.flatMap((p) => p.phones ?? []).map((v) => v.value)).toEqual(['+1-415-555-0100', '+14155550199']);
    expect(people.flatMap((p) => p.urls ?? []).map((v) => v.value)).toEqual([
      'https://acme.example/cards/jane.vcf',
      'https://www.linkedin.com/in/jane-doe-demo/',
      'https://x.com/janedoe',
      'https://github.com/janedoe',
    ]);
  });

  it("skips the site's own accounts in header and footer, but keeps rel=me", () => {
    const people = found(`
      <footer><a href="https://x.com/acme">Follow us</a><a rel="me" href="https://github.com/janedoe">me</a></footer>`);
    expect(people.flatMap((p) => p.urls ?? []).map((v) => v.value)).toEqual(['https://github.com/janedoe']);
  });

  it("keeps a card's own footer links, and leaves the site's switchboard number out", () => {
    const people = found(`
      <article><h3>Jane Doe</h3><footer><a href="https://x.com/janedoe">X</a></footer></article>
      <footer><a href="tel:+1 415 555 0000">Call us</a></footer>`);
    expect(people.map((p) => [p.fullName?.value, p.urls?.[0]?.value, p.phones?.[0]?.value])).toEqual([
      ['Jane Doe', 'https://x.com/janedoe', undefined],
    ]);
  });

  it('finds profile URLs written out in text', () => {
    const people = found('<p>Find me at linkedin.com/in/jane-doe-demo or https://x.com/janedoe.</p>');
    expect(people.flatMap((p) => p.urls ?? []).map((v) => v.value)).toEqual([
      'https://www.linkedin.com/in/jane-doe-demo/',
      'https://x.com/janedoe',
    ]);
  });
});

describe('only web addresses become links (issue #15)', () => {
  it.each([
    [
      'a javascript: profile look-alike',
      '<div><h3>Jane Doe</h3><a href="javascript:alert(1)//linkedin.com/in/jane">in</a></div>',
    ],
    ['a data: profile look-alike', '<div><h3>Jane Doe</h3><a href="data:text/html,https://x.com/jane">x</a></div>'],
    [
      'a vbscript: profile look-alike',
      '<div><h3>Jane Doe</h3><a href="vbscript:msgbox(1)//github.com/jane">gh</a></div>',
    ],
    ['a javascript: vCard', '<div><h3>Jane Doe</h3><a href="javascript:steal()//card.vcf">vCard</a></div>'],
    ['a data: vCard', '<div><h3>Jane Doe</h3><a href="data:text/vcard,BEGIN:VCARD.vcf">vCard</a></div>'],
  ])('%s gives no URL', (_case, html) => {
    expect(found(html).flatMap((p) => p.urls ?? [])).toEqual([]);
  });

  it('a vCard on the web is kept, resolved against the page', () => {
    const urls = found('<div><h3>Jane Doe</h3><a href="/cards/jane.vcf">vCard</a></div>').flatMap((p) => p.urls ?? []);
    expect(urls.map((u) => u.value)).toEqual(['https://acme.example/cards/jane.vcf']);
  });
});

describe('profileUrlFrom', () => {
  it.each([
    ['https://www.linkedin.com/company/acme', ''],
    ['https://x.com/i/flow/login', ''],
    ['https://x.com/intent/tweet?text=hi', ''],
    ['https://business.x.com/en', ''],
    ['https://github.com/acme/widget', ''],
    ['https://github.com/features', ''],
    ['xhttps://www.linkedin.com/in/jane', ''],
    ['https://x.com/janedoe/status/1', 'https://x.com/janedoe'],
    ['HTTPS://DE.LINKEDIN.COM/IN/JANE-DOE', 'https://www.linkedin.com/in/JANE-DOE/'],
  ])('%s → %s', (url, profile) => {
    expect(profileUrlFrom(url)).toBe(profile);
  });
});
