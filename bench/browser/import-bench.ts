// Runs inside a Chromium page (real IndexedDB). Bundled by bench/import.bench.ts.
import Papa from 'papaparse';
import { csvText } from '../../lib/csv/export-csv';
import { parseCsvFile } from '../../lib/csv/parse-csv';
import { LeadClipDB } from '../../lib/db/database';
import { ImportRepository } from '../../lib/db/import-repository';
import { ImportSession } from '../../lib/import/import-session';
import { LeadSchema } from '../../lib/model/lead';
import { sampleLeads } from './sample-leads';

/** A HubSpot-format export of n distinct people, as a rep would bring it: UTF-8 bytes. */
function fileOf(n: number): Uint8Array<ArrayBuffer> {
  const leads = sampleLeads(n).map((l, i) =>
    LeadSchema.parse({
      ...l,
      company: `${l.company} ${i}`,
      emails: (l.emails ?? []).map((e) => e.normalize('NFKD').replace(/[\u0300-\u036f]/g, '')),
    }),
  );
  const text = csvText({ entity: 'leads', records: leads }, { preset: 'hubspot', delimiter: ',', bom: false });
  return new TextEncoder().encode(text);
}

const time = async (fn: () => unknown): Promise<number> => {
  const start = performance.now();
  await fn();
  return performance.now() - start;
};

export interface ImportBenchResult {
  megabytes: number;
  parseOurs: number[];
  parsePapa: number[];
  endToEnd: number[];
  preview: number[];
  outcome: string;
}

/**
 * Parse alone (bytes → rows, ours: encoding detection, decoding, separator and header
 * finding, papaparse, row accounting) against papaparse alone (bytes decoded as UTF-8,
 * then Papa.parse), alternating which goes first; then the import end to end into an
 * empty store (open: parse; import: plan and write in batches), and a dry run.
 */
async function runImportBench(n: number, runs: number, storeRuns: number): Promise<ImportBenchResult> {
  const bytes = fileOf(n);
  const result: ImportBenchResult = {
    megabytes: bytes.length / 1e6,
    parseOurs: [],
    parsePapa: [],
    endToEnd: [],
    preview: [],
    outcome: '',
  };
  const ours = () => parseCsvFile(bytes);
  const papa = () => Papa.parse<string[]>(new TextDecoder().decode(bytes), { skipEmptyLines: false });
  ours();
  papa();
  for (let i = 0; i < runs; i++) {
    if (i % 2 === 0) {
      result.parseOurs.push(await time(ours));
      result.parsePapa.push(await time(papa));
    } else {
      result.parsePapa.push(await time(papa));
      result.parseOurs.push(await time(ours));
    }
  }
  const choices = { source: 'import' as const, tags: ['bench'] };
  for (let i = 0; i < storeRuns; i++) {
    const db = new LeadClipDB(`import-bench-${i}`);
    await db.open();
    const session = new ImportSession(new ImportRepository(db));
    result.preview.push(
      await time(async () => {
        const opened = session.open(bytes);
        await session.preview(opened.mapping, choices);
      }),
    );
    result.endToEnd.push(
      await time(async () => {
        const opened = session.open(bytes);
        const r = await session.import(opened.mapping, choices);
        result.outcome = `${r.created} created, ${r.rejected} rejected, ${r.unchanged} unchanged`;
      }),
    );
    const stored = await db.leads.count();
    if (stored !== n) throw new Error(`expected ${n} leads stored, found ${stored}`);
    db.close();
    await db.delete();
  }
  return result;
}

(globalThis as unknown as { runImportBench: typeof runImportBench }).runImportBench = runImportBench;
