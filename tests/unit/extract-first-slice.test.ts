import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractLeads } from '../../lib/extract/extract-leads';
import { htmlDocument } from './helpers';

const demo = readFileSync(join(process.cwd(), 'demo/team.html'), 'utf8');

describe('extractLeads: JSON-LD Person and mailto links', () => {
  it('finds every person on the demo team page, one candidate each, JSON-LD and mailto merged', () => {
    const people = extractLeads(htmlDocument(demo), 'http://127.0.0.1/team.html');
    expect(people.map((p) => p.fullName?.value)).toEqual([
      'Maria van der Berg',
      'Jonas Okafor',
      'Priya Raman',
      'Tomás Ruiz',
    ]);
    const maria = people[0];
    expect(maria?.title?.value).toBe('VP of Sales');
    expect(maria?.company?.value).toBe('Northwind Analytics');
    expect(maria?.emails.map((e) => e.value)).toEqual(['maria.vanderberg@northwind-analytics.example']);
    expect(maria?.sources).toEqual(['jsonld', 'mailto']);
    // Tomás publishes no JSON-LD: the mailto link and the card's heading still name him.
    expect(people[3]?.sources).toEqual(['mailto']);
    expect(people[3]?.fullName?.confidence).toBeLessThan(people[0]?.fullName?.confidence ?? 0);
  });

  it.each([
    [
      '@graph',
      '{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},{"@type":"Person","name":"Ada Lovelace"}]}',
    ],
    ['an array', '[{"@type":"Organization","name":"Acme"},{"@type":"Person","name":"Ada Lovelace"}]'],
    ['ProfilePage.mainEntity', '{"@type":"ProfilePage","mainEntity":{"@type":"Person","name":"Ada Lovelace"}}'],
    ['trailing commas', '{"@type":"Person","name":"Ada Lovelace",}'],
    ['a full type IRI', '{"@type":"http://schema.org/Person","name":"Ada Lovelace"}'],
  ])('reads a Person inside %s', (_case, json) => {
    const doc = htmlDocument(`<script type="application/ld+json">${json}</script>`);
    expect(extractLeads(doc, 'https://example.com/').map((p) => p.fullName?.value)).toEqual(['Ada Lovelace']);
  });

  it('does not take the employer for a person, and skips JSON it cannot repair', () => {
    const doc = htmlDocument(`
      <script type="application/ld+json">{"@type":"Person","name":"Ada Lovelace","worksFor":{"@type":"Organization","name":"Acme","founder":{"@type":"Person","name":"Bob Founder"}}}</script>
      <script type="application/ld+json">{ this is not json </script>`);
    const people = extractLeads(doc, 'https://example.com/');
    expect(people.map((p) => [p.fullName?.value, p.company?.value])).toEqual([['Ada Lovelace', 'Acme']]);
  });

  it('ignores mailto links that are not addresses', () => {
    const doc = htmlDocument(
      '<a href="mailto:">Write us</a><a href="mailto:?subject=hi">Share</a><a href="mailto:logo@2x.png">x</a>',
    );
    expect(extractLeads(doc, 'https://example.com/')).toEqual([]);
  });
});
