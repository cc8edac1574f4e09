import { describe, expect, it } from 'vitest';
import { LeadRepository } from '../../lib/db/lead-repository';
import { extractLeads } from '../../lib/extract/extract-leads';
import type { PageScan } from '../../lib/model/candidate';
import { fixedClock, freshDb, htmlDocument } from './helpers';

const PROFILE = 'https://www.linkedin.com/in/teodora-halvard-demo';
const choices = { source: 'web' as const, tags: [] };

/** A page on another host whose head says it is Teodora's LinkedIn profile, about somebody else. */
const FORGED = `<html><head>
  <title>Mallory Example | LinkedIn</title>
  <link rel="canonical" href="${PROFILE}">
  <meta property="og:type" content="profile">
  <meta property="profile:first_name" content="Mallory"><meta property="profile:last_name" content="Example">
  <meta property="og:url" content="${PROFILE}">
</head><body><h1>Mallory Example</h1><p>Growth hacker</p></body></html>`;

function scanOf(html: string, pageUrl: string): PageScan {
  return { pageUrl, pageTitle: 'Mallory Example', candidates: extractLeads(htmlDocument(html), pageUrl) };
}

describe("a page's claim to be someone's profile (issue #15)", () => {
  it('gives the person it names, never the profile address it claims', () => {
    const { candidates } = scanOf(FORGED, 'https://profiles-mirror.example/mallory');
    expect(candidates.map((c) => c.fullName?.value)).toContain('Mallory Example');
    expect(candidates.flatMap((c) => c.urls.map((u) => u.value))).not.toContainEqual(
      expect.stringContaining('linkedin.com'),
    );
  });

  it('is never merged into the lead that really has that profile', async () => {
    const db = freshDb();
    const repo = new LeadRepository(db, fixedClock());
    const real = scanOf(
      `<html><head><meta property="og:type" content="profile">
        <meta property="profile:first_name" content="Teodora"><meta property="profile:last_name" content="Halvard">
        <meta property="og:url" content="${PROFILE}"></head><body></body></html>`,
      `${PROFILE}/`,
    );
    expect(real.candidates[0]?.urls.map((u) => u.value)).toEqual([PROFILE]);
    await repo.capture(real, [0], choices);

    const forged = scanOf(FORGED, 'https://profiles-mirror.example/mallory');
    const mallory = forged.candidates.findIndex((c) => c.fullName?.value === 'Mallory Example');
    await repo.capture(forged, [mallory], choices);

    const names = (await db.leads.toArray()).map((l) => l.fullName).sort();
    expect(names).toEqual(['Mallory Example', 'Teodora Halvard']);
  });
});
