import { describe, expect, it } from 'vitest';
import { decodeCloudflareEmail, findEmails } from '../../../lib/extract/contacts/emails';
import { emailTextExtractor } from '../../../lib/extract/sources/email-text';
import { htmlDocument } from '../helpers';

const PAGE = new URL('https://acme.example/team');
const emails = (html: string) =>
  emailTextExtractor.extract(htmlDocument(html), PAGE).flatMap((c) => (c.emails ?? []).map((e) => e.value));

describe('findEmails', () => {
  it.each([
    ['jane [at] acme [dot] com', 'jane@acme.com'],
    ['jane(at)acme(dot)co(dot)uk', 'jane@acme.co.uk'],
    ['jane {at} acme.com', 'jane@acme.com'],
    ['jane at acme dot com', 'jane@acme.com'],
    ['jane@acme [dot] com', 'jane@acme.com'],
    ['Write to Jane.Doe@Acme.com.', 'Jane.Doe@Acme.com'],
  ])('%s → %s', (text, email) => {
    expect(findEmails(text).map((f) => f.email)).toEqual([email]);
  });

  it.each([
    ['logo@2x.png'],
    ['icon@3x.webp'],
    ['see you at acme.com'],
    ['not @ an.email.com'],
    ['user@localhost'],
    ['https://cdn.example/u/jane@acme.com'],
  ])('finds no address in %s', (text) => {
    expect(findEmails(text)).toEqual([]);
  });
});

describe('email-text source', () => {
  it('decodes Cloudflare-protected addresses, in data-cfemail and in the protection link', () => {
    const hex = '6506090a10011606170415001725001d040815090048160c11004b010013';
    expect(decodeCloudflareEmail(hex)).toBe('cloudscraper@example-site.dev');
    expect(emails(`<a href="/cdn-cgi/l/email-protection#${hex}">[email&#160;protected]</a>`)).toEqual([
      'cloudscraper@example-site.dev',
    ]);
  });

  it('reads SpamSpan markup, entity-encoded text and base64 contact links', () => {
    expect(
      emails(
        '<span class="spamspan"><span class="u">jane</span> [at] <span class="d">acme<span class="o"> [dot] </span>com</span></span>',
      ),
    ).toEqual(['jane@acme.com']);
    expect(emails('<p>&#106;&#97;&#110;&#101;&#64;&#97;&#99;&#109;&#101;&#46;&#99;&#111;&#109;</p>')).toEqual([
      'jane@acme.com',
    ]);
    expect(emails('<a href="/contact?goto=amFuZUBhY21lLmNvbQ%3D%3D">form</a>')).toEqual(['jane@acme.com']);
  });

  it('names an address by the card it sits in', () => {
    const [c] = emailTextExtractor.extract(
      htmlDocument('<article><h3>Jane Doe</h3><p>jane (at) acme.com</p></article>'),
      PAGE,
    );
    expect(c?.fullName?.value).toBe('Jane Doe');
  });

  it("does not read scripts, a mailto link's own address, or the footer's desk addresses", () => {
    expect(
      emails(`
        <script>var x = "bot@acme.com";</script>
        <a href="mailto:jane@acme.com">jane@acme.com</a>
        <footer>info@acme.com</footer>`),
    ).toEqual([]);
  });
});
