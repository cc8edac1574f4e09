import { describe, expect, it } from 'vitest';
import { canonicalLink, metaNamed, metaProperty } from '../../../lib/extract/dom/head-tags';
import { perPage, withPageCache } from '../../../lib/extract/dom/page-cache';
import { pageText, visibleText } from '../../../lib/extract/dom/visible-text';
import { extractLeads } from '../../../lib/extract/extract-leads';
import { htmlDocument } from '../helpers';

describe('per-page cache', () => {
  it('computes once during an extraction, afresh outside one', () => {
    let runs = 0;
    const count = perPage(() => ++runs);
    const doc = htmlDocument('<html><body></body></html>');
    withPageCache(doc, () => {
      expect(count(doc)).toBe(1);
      expect(count(doc)).toBe(1);
    });
    expect(count(doc)).toBe(2);
    expect(count(doc)).toBe(3);
  });

  it('never hands a later extraction what an earlier one read (a single-page app changes its page in place)', () => {
    const doc = htmlDocument('<html><body><div><h3>Jane Doe</h3><p>jane@acme.example</p></div></body></html>');
    const emails = () => extractLeads(doc, 'https://example.com/post').flatMap((c) => c.emails.map((e) => e.value));
    expect(emails()).toEqual(['jane@acme.example']);
    const p = doc.querySelector('p');
    if (p) p.textContent = 'jane.doe@acme.example';
    expect(emails()).toEqual(['jane.doe@acme.example']);
  });

  it('shares the page text within an extraction, and it reads as the uncached text does', () => {
    const doc = htmlDocument(
      '<html><body><p>jane<b>@acme.com</b><br>line</p><script>no</script><a>x</a></body></html>',
    );
    withPageCache(doc, () => {
      expect(pageText(doc)).toBe(pageText(doc));
      expect(pageText(doc).text).toBe(visibleText(doc).text);
    });
    expect(visibleText(doc).text).toBe('jane@acme.com\nline\nx');
  });
});

describe('head tags', () => {
  const doc = htmlDocument(`<html><head>
    <meta name="OG:URL" content="by-name"><meta property="og:url" content="by-property">
    <meta property="Author" content="first"><meta name="author" content="second">
    <link rel="stylesheet" href="a.css"><link rel="Alternate CANONICAL" href="https://example.com/c">
  </head><body></body></html>`);

  it('finds the first meta by property or name, any case, as `meta[property=… i], meta[name=… i]` does', () => {
    expect(metaNamed(doc, 'og:url')?.getAttribute('content')).toBe('by-name');
    expect(metaNamed(doc, 'author')?.getAttribute('content')).toBe('first');
    expect(metaNamed(doc, 'missing')).toBeUndefined();
  });

  it('finds a meta by property alone, and the canonical link among other rels', () => {
    expect(metaProperty(doc, 'og:url')?.getAttribute('content')).toBe('by-property');
    expect(canonicalLink(doc)?.getAttribute('href')).toBe('https://example.com/c');
  });
});
