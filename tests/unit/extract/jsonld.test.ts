import { describe, expect, it } from 'vitest';
import { jsonLdExtractor } from '../../../lib/extract/sources/jsonld';
import { htmlDocument } from '../helpers';

const PAGE = new URL('https://acme.example/team');

function people(...blocks: string[]) {
  const doc = htmlDocument(blocks.map((b) => `<script type="application/ld+json">${b}</script>`).join(''));
  return jsonLdExtractor.extract(doc, PAGE);
}

describe('JSON-LD source', () => {
  it("gives an Organization's employees and founder that organisation as their company", () => {
    const [ada, bob] = people(
      '{"@type":"Organization","name":"Acme Corp","employee":[{"@type":"Person","name":"Ada Lovelace","jobTitle":"CTO"}],' +
        '"founder":{"@type":"Person","name":"Bob Founder"}}',
    );
    expect([ada?.fullName?.value, ada?.company?.value, ada?.title?.value]).toEqual([
      'Ada Lovelace',
      'Acme Corp',
      'CTO',
    ]);
    expect([bob?.fullName?.value, bob?.company?.value]).toEqual(['Bob Founder', 'Acme Corp']);
  });

  it('follows @id references, across blocks and as plain strings', () => {
    const [ada] = people(
      '{"@context":"https://schema.org","@graph":[{"@type":"Person","name":"Ada Lovelace","worksFor":{"@id":"#acme"}}]}',
      '{"@type":"Corporation","@id":"#acme","legalName":"Acme Corporation"}',
    );
    expect(ada?.company?.value).toBe('Acme Corporation');
    const [grace] = people(
      '[{"@type":"Person","name":"Grace Hopper","affiliation":"#navy"},{"@id":"#navy","@type":"Organization","name":"US Navy"}]',
    );
    expect(grace?.company?.value).toBe('US Navy');
  });

  it("reads a person's ContactPoint emails and phones", () => {
    const [ada] = people(
      '{"@type":"Person","name":"Ada Lovelace","contactPoint":{"@type":"ContactPoint","email":"mailto:Ada@Acme.example","telephone":"tel:+44 20 7946 0000"}}',
    );
    expect(ada?.emails?.map((e) => e.value)).toEqual(['ada@acme.example']);
    expect(ada?.phones?.map((p) => p.value)).toEqual(['+44 20 7946 0000']);
  });

  it('takes a title from an Occupation, a place from an address, and resolves relative URLs', () => {
    const [ada] = people(
      '{"@type":"Person","name":"Ada Lovelace","hasOccupation":{"@type":"Occupation","name":"Analyst"},' +
        '"address":{"@type":"PostalAddress","addressLocality":"London"},"url":"/people/ada","sameAs":["https://x.com/ada"]}',
    );
    expect([ada?.title?.value, ada?.location?.value]).toEqual(['Analyst', 'London']);
    expect(ada?.urls?.map((u) => u.value)).toEqual(['https://acme.example/people/ada', 'https://x.com/ada']);
  });

  it('tolerates comments, trailing commas and raw newlines; skips what cannot be repaired', () => {
    const found = people('{"@type":"Person", /* note */ "name":"Ada\nLovelace",}', '{"@type": "Person", "name": ');
    expect(found.map((p) => p.fullName?.value)).toEqual(['Ada Lovelace']);
  });

  it('does not take the people of an employer for people of the page', () => {
    const found = people(
      '{"@type":"Person","name":"Ada Lovelace","worksFor":{"@type":"Organization","name":"Acme","employee":{"@type":"Person","name":"Someone Else"}}}',
    );
    expect(found.map((p) => p.fullName?.value)).toEqual(['Ada Lovelace']);
  });
});
