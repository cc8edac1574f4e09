import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractLeads } from '../../../lib/extract/extract-leads';
import { GENERIC_EXTRACTORS } from '../../../lib/extract/registry';
import { CandidateSchema } from '../../../lib/model/candidate';
import { parseName } from '../../../lib/person/parse-name';
import { htmlDocument } from '../helpers';

/**
 * The page is hostile or broken as often as not: extraction never throws, ends
 * on any input (inputs are kept small so every run ends quickly), and what it
 * returns is plain strings, whatever markup a page puts in a name.
 */

const PAGE = 'https://example.com/team';

// Pieces real pages are made of, so random documents reach the extractors' code paths, not just the parser's.
const piece = fc.constantFrom(
  '<div class="h-card">',
  '<div class="vcard">',
  '<span class="p-name">',
  '<span class="fn">',
  '<a class="u-url" href="https://x.com/jane">',
  '<div itemscope itemtype="https://schema.org/Person">',
  '<span itemprop="name">',
  '<meta itemprop="email" content="a@b.com">',
  '<div vocab="https://schema.org/" typeof="Person">',
  '<span property="name">',
  '<script type="application/ld+json">',
  '{"@type":"Person","name":"Ada',
  '"worksFor":{"@id":"#o"}',
  '"@graph":[',
  '</script>',
  '<a href="mailto:jane@acme.com">',
  '<a href="tel:+1 555 0100">',
  '<a href="https://www.linkedin.com/in/jane-doe/">',
  '<span data-cfemail="6506090a">',
  '<span class="spamspan"><span class="u">',
  '<span class="d">',
  'jane [at] acme [dot] com',
  'Phone: +49 30 1234567',
  'Jane Doe',
  'Dr. Maria van der Berg, MBA',
  '</div>',
  '</span>',
  '</a>',
  '<h3>',
  '</h3>',
  '<br>',
  '&#64;',
  '<!--',
  '-->',
  '<template>',
  '<table><tr><td headers="x">',
  '<p id="x" class="org">',
  '<a class="include" href="#x">',
);
const html = fc.oneof(
  fc.string({ maxLength: 400 }),
  fc.array(fc.oneof(piece, fc.string({ maxLength: 20 })), { maxLength: 60 }).map((parts) => parts.join('')),
);

describe('extraction robustness', () => {
  it('never throws on random or malformed HTML, and returns valid candidates', () => {
    fc.assert(
      fc.property(html, (page) => {
        const people = extractLeads(htmlDocument(page), PAGE);
        for (const p of people) expect(CandidateSchema.safeParse(p).success).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('never throws on random names', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 120 }), (name) => {
        const parsed = parseName(name);
        expect(typeof parsed.first).toBe('string');
      }),
      { numRuns: 500 },
    );
  });

  it('reads deeply nested markup without running out of stack', () => {
    const depth = 500;
    const page = `${'<div class="h-card"><span itemscope itemtype="https://schema.org/Person">'.repeat(depth)}Jane Doe${'</span></div>'.repeat(depth)}`;
    expect(() => extractLeads(htmlDocument(page), PAGE)).not.toThrow();
  });

  // The generic sources only: the site adapters have size tests of their own (tests/unit/extract/sites).
  it('handles a 5 MB page', () => {
    const first = ['Anna', 'Ben', 'Clara', 'David', 'Eva', 'Felix', 'Greta', 'Hugo', 'Ida', 'Jonas'];
    const last = ['Smith', 'Jones', 'Brown', 'Meyer', 'Weber', 'Wagner', 'Becker', 'Schulz', 'Koch', 'Klein'];
    const name = (i: number) =>
      `${first[i % 10]} ${String.fromCharCode(65 + (Math.floor(i / 10) % 26))}. ${last[Math.floor(i / 260) % 10]}`;
    const card = (i: number) =>
      `<article class="card"><h3>${name(i)}</h3><p>Account Executive · Berlin</p>` +
      `<p>Write to person${i} [at] example [dot] com or call Phone: +49 30 ${String(1000000 + i)}</p>` +
      `<a href="https://www.linkedin.com/in/person-${i}/">LinkedIn</a> <span>${'lorem ipsum dolor sit amet '.repeat(6)}</span></article>`;
    const cards: string[] = [];
    let size = 0;
    for (let i = 0; size < 5_000_000; i++) {
      const c = card(i);
      cards.push(c);
      size += c.length;
    }
    const page = `<!doctype html><html><body><main>${cards.join('')}</main></body></html>`;
    const people = extractLeads(htmlDocument(page), PAGE, GENERIC_EXTRACTORS);
    // 2,600 distinct names: every card's person is found, the few sharing a name merge.
    expect(people.length).toBe(2600);
    for (const p of people) expect(CandidateSchema.safeParse(p).success).toBe(true);
    const anna = people.find((p) => p.fullName?.value === 'Anna A. Smith');
    expect(anna?.emails.map((e) => e.value)).toContain('person0@example.com');
    expect(anna?.phones.map((p) => p.value)).toContain('+49 30 1000000');
  }, 120_000);

  it('keeps markup in a name as plain text', () => {
    const evil = '<img src=x onerror=alert(1)>';
    const doc = htmlDocument(`
      <script type="application/ld+json">{"@type":"Person","name":"Jane ${evil} Doe","email":"jane@acme.com"}</script>
      <div class="h-card"><span class="p-name">Joe &lt;img src=x onerror=alert(1)&gt; Doe</span></div>`);
    const people = extractLeads(doc, PAGE);
    const names = people.map((p) => p.fullName?.value);
    expect(names).toContain(`Jane ${evil} Doe`);
    expect(names).toContain(`Joe ${evil} Doe`);
    for (const p of people) {
      expect(typeof p.fullName?.value).toBe('string');
      // Nothing was turned into markup on the way: the document holds no image the name could have made.
      expect(doc.querySelector('img')).toBeNull();
    }
  });
});
