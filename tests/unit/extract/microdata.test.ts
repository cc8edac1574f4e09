import { describe, expect, it } from 'vitest';
import { microdataExtractor } from '../../../lib/extract/sources/microdata';
import { htmlDocument } from '../helpers';

const PAGE = new URL('https://acme.example/about');

describe('microdata source', () => {
  it('reads a Person with nested items, meta and link values', () => {
    const doc = htmlDocument(`
      <div itemscope itemtype="https://schema.org/Person">
        <h2 itemprop="name">Ada Lovelace</h2>
        <meta itemprop="email" content="ada@acme.example">
        <span itemprop="jobTitle">CTO</span>
        <div itemprop="worksFor" itemscope itemtype="https://schema.org/Organization"><span itemprop="name">Acme</span></div>
        <div itemprop="address" itemscope itemtype="https://schema.org/PostalAddress"><span itemprop="addressLocality">London</span></div>
        <a itemprop="sameAs" href="https://www.linkedin.com/in/ada-demo/">LinkedIn</a>
        <a itemprop="url" href="/ada">Home</a>
      </div>`);
    const [ada] = microdataExtractor.extract(doc, PAGE);
    expect(ada).toMatchObject({
      fullName: { value: 'Ada Lovelace', source: 'microdata' },
      title: { value: 'CTO' },
      company: { value: 'Acme' },
      location: { value: 'London' },
    });
    expect(ada?.emails?.map((e) => e.value)).toEqual(['ada@acme.example']);
    expect(ada?.urls?.map((u) => u.value)).toEqual([
      'https://acme.example/ada',
      'https://www.linkedin.com/in/ada-demo/',
    ]);
  });

  it("follows itemref, and lists an organisation's employees with it as their company", () => {
    const doc = htmlDocument(`
      <div itemscope itemtype="https://schema.org/Organization" itemref="staff"><span itemprop="name">Acme</span></div>
      <ul id="staff"><li itemprop="employee" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Grace Hopper</span></li></ul>`);
    expect(microdataExtractor.extract(doc, PAGE).map((p) => [p.fullName?.value, p.company?.value])).toEqual([
      ['Grace Hopper', 'Acme'],
    ]);
  });

  it('survives an itemref loop', () => {
    const doc = htmlDocument(
      '<div id="a" itemscope itemtype="https://schema.org/Person" itemref="b"><span itemprop="name">Ada Lovelace</span></div>' +
        '<div id="b" itemprop="knows" itemscope itemtype="https://schema.org/Person" itemref="a"></div>',
    );
    expect(microdataExtractor.extract(doc, PAGE).map((p) => p.fullName?.value)).toContain('Ada Lovelace');
  });
});
