import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { z } from 'zod';
import { extractLeads } from '../../../../lib/extract/extract-leads';
import { htmlDocument } from '../../helpers';
import { describeShared } from '../fixtures-dir';

// The manifest lists a long directory's first 10 people and says how many it holds in all.
const ManifestSchema = z.array(
  z.object({
    file: z.string(),
    kind: z.string(),
    url: z.string().nullable(),
    people: z.array(z.object({ name: z.string() })).default([]),
    people_total: z.number().int().nullable().optional(),
  }),
);

// The page kinds the general reader of person blocks answers for (social and LinkedIn pages have adapters).
const KINDS = new Set(['directories', 'team', 'startups', 'events', 'plain']);

describeShared(
  'pages',
  'long directories: the people found are within 5% of the people the page lists',
  'the pages hold real people and never travel with the project',
  (dir) => {
    const manifest = ManifestSchema.parse(JSON.parse(readFileSync(join(dir, 'MANIFEST.json'), 'utf8')));
    const long = manifest.filter((page) => KINDS.has(page.kind) && (page.people_total ?? 0) > page.people.length);
    it('has long directories to count', () => {
      expect(long.length).toBeGreaterThan(0);
    });
    it.each(long.map((page) => [page.file, page] as const))('%s', (_, page) => {
      const doc = htmlDocument(readFileSync(join(dir, page.file), 'utf8'));
      const named = extractLeads(doc, page.url ?? 'https://example.invalid/').filter((c) => c.fullName?.value);
      const total = page.people_total ?? 0;
      expect(Math.abs(named.length - total), `found ${named.length} of ${total}`).toBeLessThanOrEqual(0.05 * total);
    });
  },
);
