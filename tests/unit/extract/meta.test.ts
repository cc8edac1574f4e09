import { describe, expect, it } from 'vitest';
import { metaExtractor } from '../../../lib/extract/sources/meta';
import { htmlDocument } from '../helpers';

const PAGE = new URL('https://blog.example/post');
const head = (tags: string) =>
  metaExtractor.extract(htmlDocument(`<html><head>${tags}</head><body></body></html>`), PAGE);

describe('meta source', () => {
  it('reads an OpenGraph profile: first and last name, and the profile address', () => {
    const [p] = head(`
      <meta property="og:type" content="profile">
      <meta property="profile:first_name" content="Jane"><meta property="profile:last_name" content="Doe">
      <meta property="profile:username" content="janedoe"><meta property="og:url" content="https://www.blog.example/janedoe">`);
    expect(p).toMatchObject({
      fullName: { value: 'Jane Doe', source: 'meta' },
      firstName: { value: 'Jane' },
      lastName: { value: 'Doe' },
      urls: [{ value: 'https://www.blog.example/janedoe' }],
    });
  });

  it.each([
    ['a LinkedIn profile', 'https://www.linkedin.com/in/teodora-halvard'],
    ['another site', 'https://people.example/janedoe'],
    ['a script', 'javascript:alert(1)'],
  ])('a page claiming (og:url) to be %s keeps the person but not that address', (_what, claimed) => {
    const [p] = head(`
      <meta property="og:type" content="profile">
      <meta property="profile:first_name" content="Jane"><meta property="profile:last_name" content="Doe">
      <meta property="og:url" content="${claimed}">`);
    expect(p?.fullName?.value).toBe('Jane Doe');
    expect(p?.urls).toEqual([]);
  });

  it('reads the author and their X account, as one person with the profile when they agree', () => {
    expect(head('<meta name="author" content="Jane Doe"><meta name="twitter:creator" content="@janedoe">')).toEqual([
      {
        fullName: { value: 'Jane Doe', confidence: 0.5, source: 'meta' },
        urls: [{ value: 'https://x.com/janedoe', confidence: 0.6, source: 'meta' }],
        sources: ['meta'],
      },
    ]);
    const merged = head(
      '<meta property="og:type" content="profile"><meta property="og:title" content="Jane Doe"><meta name="twitter:creator" content="@janedoe">',
    );
    expect(merged).toHaveLength(1);
    expect(merged[0]?.urls?.map((u) => u.value)).toEqual(['https://x.com/janedoe']);
  });

  it('takes no editorial desk or company for an author', () => {
    expect(head('<meta name="author" content="Acme Editorial Team">')).toEqual([]);
    expect(head('<meta name="author" content="acme.example">')).toEqual([]);
  });

  it("reads a first-person introduction in the page's summary: name, job and employer", () => {
    const people = head(
      `<meta property="og:description" content="I'm Lena Hoff, a research scientist in the Department of Ocean Physics at Northbay University. Ask me anything!">`,
    );
    expect(people).toEqual([
      expect.objectContaining({
        fullName: expect.objectContaining({ value: 'Lena Hoff' }),
        title: expect.objectContaining({ value: 'research scientist' }),
        company: expect.objectContaining({ value: 'Northbay University' }),
      }),
    ]);
  });

  it.each([["I'm Lena Hoff, a big fan of sailing."], ['I am here, a little late, with news.']])(
    'no person from an introduction that states no job: %s',
    (text) => {
      expect(head(`<meta property="og:description" content="${text}">`)).toEqual([]);
    },
  );
});
