import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CandidateInput } from '../../../../lib/model/candidate';
import { htmlDocument } from '../../helpers';

export const PAGES_DIR = join(process.cwd(), 'tests/fixtures/pages');

/** A fixture page as a fresh document: tests that edit it (to play a single-page app) never leak into others. */
export function fixturePage(name: string): Document {
  return htmlDocument(readFileSync(join(PAGES_DIR, name), 'utf8'));
}

/** A fixture copied onto another host (127.0.0.1): it still claims its real address, which must count for nothing. */
export function servedLocally(name: string): URL {
  return new URL(`http://127.0.0.1:4173/${name}`);
}

/**
 * The real site's address a fixture's canonical link names: adapters judge a page by the tab's
 * address only, never by the page's claim (issue #15), so tests open each page where it lives.
 */
export function atRealAddress(name: string): URL {
  const html = readFileSync(join(PAGES_DIR, name), 'utf8');
  const canonical = html.match(/<link rel="canonical" href="(https:\/\/[^"]+)"/)?.[1];
  if (!canonical) throw new Error(`${name} names no canonical address`);
  return new URL(canonical.replace(/&amp;/g, '&'));
}

/** The signed-in rep of every signed-in fixture page, in the navigation only. */
export const VIEWER = { name: 'Viola Vantage', handles: ['viola-vantage-demo', 'viola_viewer', 'viola-viewer'] };

/** Every value a candidate carries, to check what must never appear anywhere in it. */
export function valuesOf(c: CandidateInput): string[] {
  return [
    ...[c.fullName, c.firstName, c.lastName, c.title, c.company, c.location].map((v) => v?.value ?? ''),
    ...(c.emails ?? []).map((v) => v.value),
    ...(c.urls ?? []).map((v) => v.value),
  ].filter(Boolean);
}

/** The fields a sales rep reads in a list, in one comparable row. */
export function row(c: CandidateInput | undefined): Record<string, string | undefined> {
  return {
    name: c?.fullName?.value,
    title: c?.title?.value,
    company: c?.company?.value,
    location: c?.location?.value,
    url: c?.urls?.[0]?.value,
  };
}

export function mentionsViewer(c: CandidateInput): boolean {
  return valuesOf(c).some((v) => {
    const lower = v.toLowerCase();
    return lower.includes(VIEWER.name.toLowerCase()) || VIEWER.handles.some((h) => lower.includes(h));
  });
}
