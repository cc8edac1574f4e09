import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { scanPage } from '../../../lib/content/scan-page';
import { registerSiteReaders } from '../../../lib/content/site-readers';
import { extractLeads } from '../../../lib/extract/extract-leads';
import {
  CARRIED_SITE_EXTRACTORS,
  GITHUB_EXTRACTORS,
  LINKEDIN_EXTRACTORS,
  SITE_EXTRACTORS,
  WEBMAIL_EXTRACTORS,
  X_EXTRACTORS,
} from '../../../lib/extract/sites';
import { type SiteReader, siteReaderFor } from '../../../lib/extract/sites/site-readers';
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
afterEach(() => {
  delete (globalThis as { [SITE_READERS]?: unknown })[SITE_READERS];
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
    '%s: the content script with its site’s reader finds exactly what every source finds',
    (_name, { html, url }) => {
      const reader = siteReaderFor(url.hostname);
      if (reader) registerSiteReaders(READERS[reader]);
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
