import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import Papa from 'papaparse';
import { type CsvExportInput, csvCells, csvText } from '../lib/csv/export-csv';
import { autoMapColumns } from '../lib/csv/map-columns';
import { parseCsv } from '../lib/csv/parse-csv';
import { planImportInMemory } from '../lib/csv/plan-import';
import type { CsvPresetId } from '../lib/csv/presets';
import { LeadClipDB } from '../lib/db/database';
import { ImportRepository } from '../lib/db/import-repository';
import { LeadSchema } from '../lib/model/lead';
import { DEFAULT_SETTINGS } from '../lib/model/settings';
import { sampleLeads } from './browser/sample-leads';
import { median, report } from './report';

/**
 * Issue 6: exporting 100,000 leads with lib/csv against papaparse's unparse of
 * the same header and cells (interleaved runs, so both see the same machine
 * state), and importing 100,000 rows. Runs in Node: the CSV code is plain
 * JavaScript, and the import's store is fake-indexeddb here, so the store
 * figures say more about fake-indexeddb than about Chromium's IndexedDB; the
 * in-memory figure (parse, validate, map, dedupe, score) is the import's own cost.
 */
const N = 100_000;
const RUNS = 7;
const WRITE_ROWS = 10_000;

function ms(fn: () => unknown): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

async function msAsync(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

function exportBench(input: CsvExportInput, preset: CsvPresetId): void {
  const options = { preset, delimiter: ',' as const, bom: false };
  // The rows papaparse gets are our cells before quoting: what any writer would be handed.
  const { header, rows } = csvCells(input, preset);
  const ours = () => csvText(input, options);
  const papa = () =>
    Papa.unparse({ fields: header, data: rows }, { delimiter: ',', newline: '\r\n', escapeFormulae: true });
  const same = ours() === `${papa()}\r\n`;
  const oursMs: number[] = [];
  const papaMs: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    // Alternate which goes first, so neither always runs right after the other's garbage.
    if (i % 2 === 0) {
      oursMs.push(ms(ours));
      papaMs.push(ms(papa));
    } else {
      papaMs.push(ms(papa));
      oursMs.push(ms(ours));
    }
  }
  const a = median(oursMs);
  const b = median(papaMs);
  report(
    `csv_export_100k_${preset}_ms`,
    a,
    'ms',
    `median of ${RUNS}, csvText: cells from the leads + RFC 4180 + formula neutralisation`,
  );
  report(
    `csv_export_100k_${preset}_papaparse_ms`,
    b,
    'ms',
    `median of ${RUNS}, Papa.unparse of the same header and cells (escapeFormulae), cells built beforehand${same ? '; byte-identical output' : ''}`,
  );
  report(`csv_export_100k_${preset}_ratio`, a / b, 'x', 'goal ≤ 1.0');
}

export async function main(): Promise<void> {
  // The sample's names and companies repeat (name + company would make most rows one person) and some
  // emails have accents (not valid addresses): make each lead a distinct, valid person, as in a real store.
  const leads = sampleLeads(N).map((l, i) =>
    LeadSchema.parse({
      ...l,
      company: `${l.company} ${i}`,
      emails: (l.emails ?? []).map((e) => e.normalize('NFKD').replace(/[\u0300-\u036f]/g, '')),
    }),
  );
  const input: CsvExportInput = { entity: 'leads', records: leads };
  // Warm both writers up once before anything is measured.
  csvText(input, { preset: 'hubspot', delimiter: ',', bom: false });
  for (const preset of ['leadclip', 'hubspot'] as const) exportBench(input, preset);

  const text = csvText(input, { preset: 'leadclip', delimiter: ',', bom: true });
  const choices = { source: 'import' as const, tags: ['bench'] };
  const now = Date.UTC(2026, 10, 24);
  let ids = 0;
  const ctx = { now, newId: () => `imp-${++ids}`, rules: DEFAULT_SETTINGS.scoring };
  const parseMs: number[] = [];
  const pipelineMs: number[] = [];
  let counts = '';
  for (let i = 0; i < 5; i++) {
    parseMs.push(ms(() => parseCsv(text)));
    pipelineMs.push(
      ms(() => {
        const parsed = parseCsv(text);
        const { preview } = planImportInMemory(parsed, autoMapColumns(parsed.headers), choices, ctx);
        counts = `${preview.counts.new} new, ${preview.counts.error} rejected`;
      }),
    );
  }
  const mb = (new TextEncoder().encode(text).length / 1e6).toFixed(1);
  report(
    'csv_import_100k_parse_ms',
    median(parseMs),
    'ms',
    `median of 5, parseCsv (papaparse) of the LeadClip export, ${mb} MB`,
  );
  report(
    'csv_import_100k_plan_in_memory_ms',
    median(pipelineMs),
    'ms',
    `median of 5, parseCsv + autoMapColumns + per-row zod validation, dedupe, merge, scoring, no store (${counts})`,
  );

  // Through ImportRepository on fake-indexeddb: dry runs of all 100,000 rows against an empty store (reads
  // only), then a real import. fake-indexeddb keeps its indexes in sorted arrays, so its inserts slow down
  // with every row (100,000 rows took over ten minutes); the write figure is for the first 10,000 rows.
  const db = new LeadClipDB(`csv-bench-${Date.now()}`, { indexedDB, IDBKeyRange });
  try {
    const repo = new ImportRepository(db, { now: () => now, newId: () => `imp-${++ids}` });
    const parsed = parseCsv(text);
    const mapping = autoMapColumns(parsed.headers);
    const previewMs: number[] = [];
    for (let i = 0; i < 3; i++) previewMs.push(await msAsync(() => repo.previewImport(parsed, mapping, choices)));
    report(
      'csv_import_100k_preview_fake_idb_ms',
      median(previewMs),
      'ms',
      'median of 3, ImportRepository.previewImport (dry run) of 100,000 rows, empty store',
    );
    const first = { headers: parsed.headers, rows: parsed.rows.slice(0, WRITE_ROWS) };
    let result = '';
    const importMs = await msAsync(async () => {
      const r = await repo.importRows(first, mapping, choices);
      result = `${r.created} created`;
    });
    report(
      'csv_import_10k_write_fake_idb_ms',
      importMs,
      'ms',
      `one run, ImportRepository.importRows of the first 10,000 rows into an empty store, one transaction (${result})`,
    );
  } finally {
    db.close();
    await db.delete();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
