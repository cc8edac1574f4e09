import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { scanPage } from '../../../lib/content/scan-page';
import { registerMarkupReaders, registerSiteReaders } from '../../../lib/content/site-readers';
import { extractLeads, extractLeadsWith } from '../../../lib/extract/extract-leads';
import { hasMarkupRoots } from '../../../lib/extract/markup-roots';
import { extractorsWith } from '../../../lib/extract/registry';
import {
  CARRIED_SITE_EXTRACTORS,
  GITHUB_EXTRACTORS,
  LINKEDIN_EXTRACTORS,
  SITE_EXTRACTORS,
  WEBMAIL_EXTRACTORS,
  X_EXTRACTORS,
} from '../../../lib/extract/sites';
import { type SiteReader, siteReaderFor } from '../../../lib/extract/sites/site-readers';
import { MARKUP_EXTRACTORS } from '../../../lib/extract/sources/markup-readers';
import { htmlDocument } from '../helpers';

// What each reader script registers (entrypoints/*-reader.ts).
const READERS: Record<SiteReader, typeof LINKEDIN_EXTRACTORS> = {
  'linkedin-reader': LINKEDIN_EXTRACTORS,
  'webmail-reader': WEBMAIL_EXTRACTORS,
  'x-reader': X_EXTRACTORS,
  'github-reader': GITHUB_EXTRACTORS,
};
const READER_LISTS = Object.values(READERS);

const PAGES_DIR = join(process.cwd(), 'tests/fixtures/pages');
const WEBMAIL_ADDRESS: Record<string, string> = {
  gmail: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQZTzvXKpLqWcRmBnDsJhGtVfPq',
  outlook: 'https://outlook.office.com/mail/inbox/id/AAQkADAwATM0MDAAMS1iNTcwLWI2NjAtMDACLTAwCgAQAMxQ',
};

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

// Each fixture page where it lives: the address its canonical link names, a webmail client's, or a plain host.
const PAGES = htmlFiles(PAGES_DIR).map((path) => {
  const name = relative(PAGES_DIR, path);
  const html = readFileSync(path, 'utf8');
  const canonical = html.match(/<link rel="canonical" href="(https:\/\/[^"]+)"/)?.[1]?.replace(/&amp;/g, '&');
  const webmail = WEBMAIL_ADDRESS[name.match(/^webmail\/(gmail|outlook)-/)?.[1] ?? ''];
  return { name, html, url: new URL(canonical ?? webmail ?? `https://pages.example/${name}`) };
});

const SITE_READERS = Symbol.for('leadclip.siteReaders');
const MARKUP_READERS = Symbol.for('leadclip.markupReaders');
afterEach(() => {
  delete (globalThis as { [SITE_READERS]?: unknown })[SITE_READERS];
  delete (globalThis as { [MARKUP_READERS]?: unknown })[MARKUP_READERS];
});

describe('the site adapters the content script leaves to reader scripts', () => {
  it('every adapter is carried or in exactly one reader, and each list keeps the registry order', () => {
    const split = [...READER_LISTS.flat(), ...CARRIED_SITE_EXTRACTORS];
    expect(new Set(split).size).toBe(split.length);
    expect(new Set(split)).toEqual(new Set(SITE_EXTRACTORS));
    for (const list of [...READER_LISTS, CARRIED_SITE_EXTRACTORS]) {
      expect(SITE_EXTRACTORS.filter((e) => list.includes(e))).toEqual(list);
    }
  });

  it('names the reader of LinkedIn, each webmail client, X and GitHub, and none elsewhere', () => {
    expect(siteReaderFor('www.linkedin.com')).toBe('linkedin-reader');
    expect(siteReaderFor('de.LinkedIn.com')).toBe('linkedin-reader');
    expect(siteReaderFor('mail.google.com')).toBe('webmail-reader');
    expect(siteReaderFor('outlook.office.com')).toBe('webmail-reader');
    expect(siteReaderFor('twitter.com')).toBe('x-reader');
    expect(siteReaderFor('x.com')).toBe('x-reader');
    expect(siteReaderFor('github.com')).toBe('github-reader');
    expect(siteReaderFor('gist.github.com')).toBeUndefined();
    expect(siteReaderFor('notlinkedin.com')).toBeUndefined();
    expect(siteReaderFor('acme.example')).toBeUndefined();
  });

  it.each(PAGES.map((p) => [p.name, p] as const))(
    '%s: the content script with the readers the page gets finds exactly what every source finds',
    (_name, { html, url }) => {
      const reader = siteReaderFor(url.hostname);
      if (reader) registerSiteReaders(READERS[reader]);
      // As the background does: the markup reader where the page has a root of microdata, RDFa or microformats.
      if (hasMarkupRoots(htmlDocument(html))) registerMarkupReaders(MARKUP_EXTRACTORS);
      const scan = scanPage(htmlDocument(html), url as unknown as Location);
      expect(scan.candidates).toEqual(extractLeads(htmlDocument(html), url).slice(0, 1000));
    },
  );

  it('the reader is what brings LinkedIn’s adapters: a profile scanned without it reads otherwise', () => {
    const page = PAGES.find((p) => p.name === 'linkedin-profile-public.html');
    if (!page) throw new Error('fixture missing');
    const without = scanPage(htmlDocument(page.html), page.url as unknown as Location).candidates;
    expect(without).not.toEqual(extractLeads(htmlDocument(page.html), page.url));
    expect(without.flatMap((c) => c.sources)).not.toContain('linkedin-profile');
  });
});

// Every page we hold with markup made for machines, and every page of people: the corpora and the fixtures.
const MARKUP_CORPORA = [
  'tests/fixtures/third-party/microformats',
  'tests/fixtures/third-party/schemaorg',
  'tests/fixtures/extract',
];
const CORPUS_PAGES = [
  ...PAGES,
  ...MARKUP_CORPORA.flatMap((dir) => htmlFiles(join(process.cwd(), dir))).map((path) => ({
    name: relative(process.cwd(), path),
    html: readFileSync(path, 'utf8'),
    url: new URL('https://pages.example/people/'),
  })),
];

describe('the markup reader the content script leaves to a reader script', () => {
  it('holds the microdata, RDFa and microformats readers, in the registry’s order', () => {
    const all = extractorsWith(MARKUP_EXTRACTORS).map((e) => e.id);
    expect(MARKUP_EXTRACTORS.map((e) => e.id)).toEqual(['microdata', 'rdfa', 'microformats']);
    expect(all.slice(0, 4)).toEqual(['jsonld', 'microdata', 'rdfa', 'microformats']);
  });

  it.each(CORPUS_PAGES.map((p) => [p.name, p] as const))(
    '%s: without markup roots the readers find nobody; with them, the content script gets them',
    (_name, { html, url }) => {
      const withReaders = extractLeadsWith(htmlDocument(html), url, extractorsWith(MARKUP_EXTRACTORS));
      const without = extractLeadsWith(htmlDocument(html), url, extractorsWith([]));
      if (!hasMarkupRoots(htmlDocument(html))) {
        // The background skips the reader only where it could not change what is found.
        expect(without).toEqual(withReaders);
      } else {
        registerMarkupReaders(MARKUP_EXTRACTORS);
        expect(scanPage(htmlDocument(html), url as unknown as Location).candidates).toEqual(
          extractLeadsWith(htmlDocument(html), url, extractorsWith(MARKUP_EXTRACTORS, CARRIED_SITE_EXTRACTORS)).slice(
            0,
            1000,
          ),
        );
      }
    },
  );

  it('is what brings microdata: a Person in microdata alone is found only with it', () => {
    const html = `<!doctype html><html><body><div itemscope itemtype="https://schema.org/Person">
      <span itemprop="name">Ines Castellano</span> <span itemprop="jobTitle">Head of Procurement</span>
      <a itemprop="email" href="mailto:ines.castellano@fabrikam.example">write</a></div></body></html>`;
    const url = new URL('https://fabrikam.example/people/ines');
    expect(hasMarkupRoots(htmlDocument(html))).toBe(true);
    const without = scanPage(htmlDocument(html), url as unknown as Location).candidates;
    expect(without.flatMap((c) => c.sources)).not.toContain('microdata');
    registerMarkupReaders(MARKUP_EXTRACTORS);
    const withReader = scanPage(htmlDocument(html), url as unknown as Location).candidates;
    expect(withReader.flatMap((c) => c.sources)).toContain('microdata');
    expect(withReader.find((c) => c.fullName?.value === 'Ines Castellano')?.title?.value).toBe('Head of Procurement');
  });
});
