import { join } from 'node:path';
import type { ImportBenchResult } from './browser/import-bench';
import { openBenchPage } from './chromium-page';
import { median, report } from './report';

/**
 * Issue 17: importing a 100,000-row HubSpot export in Chromium with real IndexedDB, end to end
 * (parse, plan, write in batches), and the parse alone against papaparse alone.
 */
/** Each store run imports 100,000 rows into IndexedDB: long enough that one run per figure is what two shared cores allow. */
const STORE_RUNS = 1;
/** Parses take a fraction of a second: enough runs that a busy machine's noise does not decide the ratio. */
const PARSE_RUNS = 15;

export async function main(): Promise<void> {
  const { page, close } = await openBenchPage(join(import.meta.dirname, 'browser/import-bench.ts'));
  try {
    const r = await page.evaluate(
      ([n, runs, storeRuns]) =>
        (
          globalThis as unknown as {
            runImportBench: (n: number, runs: number, storeRuns: number) => Promise<ImportBenchResult>;
          }
        ).runImportBench(n, runs, storeRuns),
      [100_000, PARSE_RUNS, STORE_RUNS] as const,
    );
    const mb = r.megabytes.toFixed(1);
    const ours = median(r.parseOurs);
    const papa = median(r.parsePapa);
    report(
      'csv_import_100k_parse_chromium_ms',
      ours,
      'ms',
      `median of ${PARSE_RUNS}, parseCsvFile of ${mb} MB: detect and decode, separator and header, papaparse, every row accounted for`,
    );
    report(
      'csv_import_100k_papaparse_chromium_ms',
      papa,
      'ms',
      `median of ${PARSE_RUNS}, TextDecoder + Papa.parse of the same bytes, runs alternating`,
    );
    report('csv_import_100k_parse_vs_papaparse_ratio', ours / papa, 'x', 'goal ≤ 1.2');
    report(
      'csv_import_100k_preview_chromium_ms',
      median(r.preview),
      'ms',
      `median of ${STORE_RUNS}, parse + dry run of every row against an empty store (real IndexedDB)`,
    );
    report(
      'csv_import_100k_end_to_end_chromium_ms',
      median(r.endToEnd),
      'ms',
      `median of ${STORE_RUNS}, parse + plan + write in batches of 2,500 into an empty store (${r.outcome}); goal ≤ 5000`,
    );
  } finally {
    await close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
