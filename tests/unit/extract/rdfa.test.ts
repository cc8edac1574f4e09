import { describe, expect, it } from 'vitest';
import { rdfaExtractor } from '../../../lib/extract/sources/rdfa';
import { htmlDocument } from '../helpers';

const PAGE = new URL('https://acme.example/about');

describe('RDFa Lite source', () => {
  it('reads vocab/typeof/property, content over text, href for links, nested nodes', () => {
    const doc = htmlDocument(`
      <div vocab="https://schema.org/" typeof="Person">
        <span property="name" content="Ada King Lovelace">Ada Lovelace</span>
        <a property="email" href="mailto:ada@acme.example">write</a>
        <span property="jobTitle">CTO</span>
        <div property="worksFor" typeof="Organization"><span property="name">Acme</span></div>
      </div>`);
    const [ada] = rdfaExtractor.extract(doc, PAGE);
    expect([ada?.fullName?.value, ada?.title?.value, ada?.company?.value]).toEqual([
      'Ada King Lovelace',
      'CTO',
      'Acme',
    ]);
    expect(ada?.emails?.map((e) => e.value)).toEqual(['ada@acme.example']);
  });

  it("leaves OpenGraph's <meta property> alone: it describes no typeof node", () => {
    const doc = htmlDocument(
      '<html prefix="og: https://ogp.me/ns#"><head><meta property="og:title" content="Ada Lovelace"></head><body></body></html>',
    );
    expect(rdfaExtractor.extract(doc, PAGE)).toEqual([]);
  });

  it('resolves a resource reference to the node that defines it', () => {
    const doc = htmlDocument(`
      <div vocab="https://schema.org/">
        <p typeof="Book"><link property="author" href="#ada"><span property="name">Notes</span></p>
        <p typeof="Person" resource="#ada"><span property="name">Ada Lovelace</span>
          <span property="affiliation">Analytical Society</span></p>
      </div>`);
    expect(rdfaExtractor.extract(doc, PAGE).map((p) => [p.fullName?.value, p.company?.value])).toEqual([
      ['Ada Lovelace', 'Analytical Society'],
    ]);
  });
});
