import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractLeads } from '../../../../lib/extract/extract-leads';
import { SITE_EXTRACTORS } from '../../../../lib/extract/sites';
import { CandidateSchema } from '../../../../lib/model/candidate';
import { htmlDocument } from '../../helpers';
import { mentionsViewer, PAGES_DIR, servedLocally } from './fixture-page';

// Where the e2e tests serve a page: at the real address its canonical link names (adapters follow the tab's
// address, never the page's claim: issue #15), or on 127.0.0.1 when it names none.
function servedAt(name: string, html: string): URL {
  const canonical = html.match(/<link rel="canonical" href="(https:\/\/[^"]+)"/)?.[1];
  return canonical ? new URL(canonical.replace(/&amp;/g, '&')) : servedLocally(name);
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

const PAGES = htmlFiles(PAGES_DIR).map((path) => ({
  name: relative(PAGES_DIR, path),
  html: readFileSync(path, 'utf8'),
}));

// The pages written for the site adapters (the e2e tests serve them from 127.0.0.1 to a real browser).
const SITE_PAGES = [
  'linkedin-profile-signed-in.html',
  'linkedin-profile-public.html',
  'linkedin-search-people.html',
  'linkedin-company-people.html',
  'linkedin-connections.html',
  'sales-navigator-list.html',
  'x-profile.html',
  'github-profile.html',
  'social-profile.html',
  'linkedin-article.html',
  'team-page.html',
  'linkedin-authwall.html',
  'linkedin-unavailable.html',
];

describe('SITE_EXTRACTORS', () => {
  it('gives every adapter a unique, short id', () => {
    const ids = SITE_EXTRACTORS.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z][a-z-]{1,39}$/);
  });

  it.each(SITE_EXTRACTORS.map((e) => [e.id, e] as const))(
    '%s finds at least one person on at least one fixture page, as the e2e server serves it',
    (_id, extractor) => {
      const hits = PAGES.filter(
        ({ name, html }) => extractor.extract(htmlDocument(html), servedAt(name, html)).length > 0,
      );
      expect(hits.map((p) => p.name)).not.toEqual([]);
    },
  );

  it.each(SITE_PAGES)(
    '%s is a complete page: charset, canonical address of the real site, provenance comment',
    (name) => {
      const html = PAGES.find((p) => p.name === name)?.html ?? '';
      expect(html).toMatch(/^<!doctype html>/i);
      expect(html).toContain('<meta charset="utf-8">');
      expect(html).toMatch(/<link rel="canonical" href="https:\/\/[^"]+"/);
      expect(html).toMatch(/<!--[\s\S]*?Written for LeadClip[\s\S]*?-->/);
    },
  );

  it.each(SITE_PAGES)('%s: what the adapters find parses as candidates, and never names the viewer', (name) => {
    const html = PAGES.find((p) => p.name === name)?.html ?? '';
    const people = extractLeads(htmlDocument(html), servedAt(name, html), SITE_EXTRACTORS);
    for (const person of people) expect(CandidateSchema.safeParse(person).success).toBe(true);
    expect(people.filter(mentionsViewer)).toEqual([]);
  });

  it.each(['linkedin-authwall.html', 'linkedin-unavailable.html', 'no-people.html'])(
    '%s gives no lead at all',
    (name) => {
      const html = PAGES.find((p) => p.name === name)?.html ?? '';
      expect(extractLeads(htmlDocument(html), servedAt(name, html), SITE_EXTRACTORS)).toEqual([]);
    },
  );

  it('finds at least 25 people on the search page and the team page (the e2e "capture all" test needs them)', () => {
    for (const name of ['linkedin-search-people.html', 'team-page.html']) {
      const html = PAGES.find((p) => p.name === name)?.html ?? '';
      expect(extractLeads(htmlDocument(html), servedAt(name, html), SITE_EXTRACTORS).length).toBeGreaterThanOrEqual(25);
    }
  });
});
