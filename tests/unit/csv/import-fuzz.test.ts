import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsvFile } from '../../../lib/csv/parse-csv';
import { ImportRepository } from '../../../lib/db/import-repository';
import { ImportSession } from '../../../lib/import/import-session';
import { LeadSchema } from '../../../lib/model/lead';
import { fixedClock, freshDb } from '../helpers';

/** Bytes a file could hold: pure noise, or CSV-looking text with quotes, separators, BOMs and NULs mixed in. */
const fileBytes = fc.oneof(
  fc.uint8Array({ maxLength: 3_000 }),
  fc
    .array(
      fc.oneof(
        fc.constantFrom('Name', 'Email', 'Phone', 'URL', ',', ';', '\t', '"', '""', '\r\n', '\n', '\r', 'sep=;\n'),
        fc.constantFrom('\uFEFF', '\u0000', 'é', '€', "'+1 555", 'javascript:x', 'a@b.example', '=1+1'),
        fc.string({ maxLength: 12 }),
      ),
      { maxLength: 300 },
    )
    .map((parts) => new TextEncoder().encode(parts.join(''))),
);

describe('random bytes thrown at CSV import', () => {
  // A parse that loops would hit the test's timeout: that is the "never hangs" check.
  it('parsing either reads the file or refuses it with a clear message', () => {
    fc.assert(
      fc.property(fileBytes, (bytes) => {
        try {
          const { parsed } = parseCsvFile(bytes);
          for (const row of parsed.rows) expect(row.line).toBeGreaterThan(0);
        } catch (e) {
          expect(e).toBeInstanceOf(Error);
          expect((e as Error).message).toMatch(/^(The file|This is not a CSV file)/);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('a refused file writes nothing; a read one writes exactly the rows its preview called new, each a valid lead', async () => {
    await fc.assert(
      fc.asyncProperty(fileBytes, async (bytes) => {
        const db = freshDb();
        const session = new ImportSession(new ImportRepository(db, fixedClock()));
        let opened: ReturnType<ImportSession['open']>;
        try {
          opened = session.open(bytes);
        } catch (e) {
          expect(e).toBeInstanceOf(Error);
          expect(await db.leads.count()).toBe(0);
          return;
        }
        const choices = { source: 'import' as const, tags: [] };
        const preview = await session.preview(opened.mapping, choices);
        expect(Object.values(preview.counts).reduce((a, b) => a + b, 0)).toBe(opened.rows);
        expect(await db.leads.count()).toBe(0);
        const result = await session.import(opened.mapping, choices);
        expect(result.created).toBe(preview.counts.new);
        const saved = await db.leads.toArray();
        expect(saved).toHaveLength(preview.counts.new);
        for (const lead of saved) {
          expect(LeadSchema.safeParse(lead).success).toBe(true);
          for (const url of lead.urls) expect(url.toLowerCase()).not.toMatch(/^\s*(javascript|data|vbscript):/);
        }
      }),
      { numRuns: 40 },
    );
  }, 60_000);
});
