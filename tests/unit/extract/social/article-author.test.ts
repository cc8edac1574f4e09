import { describe, expect, it } from 'vitest';
import { articleAuthorExtractor } from '../../../../lib/extract/social/article-author';
import { htmlDocument } from '../../helpers';
import { row } from '../sites/fixture-page';

const PAGE = new URL('https://medium.com/acme-eng/shipping-faster-1234');
const page = (card: string) =>
  htmlDocument(`<head><meta name="author" content="Nora Quist">
    <meta property="article:author" content="https://medium.com/@noraq"></head>
    <body><article><p>Our build got faster when we stopped guessing and started measuring every step.</p></article>${card}</body>`);

describe('an article author, from the head and their author card', () => {
  it("the bio's stated job and employer, the author's profile link", () => {
    const doc = page(`<div><p>Written by</p><h2><a href="/@noraq?source=footer">Nora Quist</a></h2>
      <div><p>Open-source maintainer. Staff Engineer @Globex @GlobexLabs. Runner.</p></div></div>`);
    expect(articleAuthorExtractor.extract(doc, PAGE).map(row)).toEqual([
      {
        name: 'Nora Quist',
        title: 'Staff Engineer',
        company: 'Globex',
        location: undefined,
        url: 'https://medium.com/@noraq',
      },
    ]);
  });

  it("a card linking someone else's profile is not the author's bio", () => {
    const doc = page(
      `<div><h2><a href="/@someone">Nora Quist</a></h2><p>CTO at Initech, building things daily.</p></div>`,
    );
    expect(articleAuthorExtractor.extract(doc, PAGE).map(row)[0]).toMatchObject({
      title: undefined,
      company: undefined,
    });
  });

  it('no author profile declared: nobody from this source', () => {
    const doc = htmlDocument('<head><meta name="author" content="Nora Quist"></head><body></body>');
    expect(articleAuthorExtractor.extract(doc, PAGE)).toEqual([]);
  });
});
