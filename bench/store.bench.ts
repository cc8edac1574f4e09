import { join } from 'node:path';
import { openBenchPage } from './chromium-page';
import { median, report } from './report';

/** Issue 2: saving 10,000 leads through the repository vs raw IndexedDB puts in one transaction, in Chromium. */
export async function main(): Promise<void> {
  const { page, close } = await openBenchPage(join(import.meta.dirname, 'browser/store-bench.ts'));
  try {
    const times = await page.evaluate(
      ([n, runs]) => {
        const run = (
          globalThis as unknown as {
            runStoreBench: (n: number, r: number) => Promise<{ repo: number[]; raw: number[] }>;
          }
        ).runStoreBench;
        return run(n, runs);
      },
      [10_000, 7] as const,
    );
    const repo = median(times.repo);
    const raw = median(times.raw);
    report(
      'store_save_10k_repository_ms',
      repo,
      'ms',
      'median of 7, LeadRepository.saveMany (zod-validated, one Dexie transaction)',
    );
    report('store_save_10k_raw_idb_ms', raw, 'ms', 'median of 7, raw IndexedDB puts in one transaction');
    report('store_save_10k_ratio', repo / raw, 'x', 'goal ≤ 1.5');
  } finally {
    await close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
