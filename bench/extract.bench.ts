import { join } from 'node:path';
import type { ExtractBenchResult } from './browser/extract-bench';
import { openBenchPage } from './chromium-page';
import { median, report } from './report';

const PEOPLE = 200;
const MIN_ELEMENTS = 20_000;
// About 36 elements a block: with the 200 cards' 40 each, the page passes 20,000 elements.
const FILLER_BLOCKS = 340;
const WARMUP = 5;
const RUNS = 15;

/**
 * The extraction core on a big team page, against the least any scan must do:
 * walk the page's text once. Both run in the same page, rounds interleaved,
 * so the ratio says what extraction costs beyond reading the page.
 */
export async function main(): Promise<void> {
  const { page, close } = await openBenchPage(join(import.meta.dirname, 'browser/extract-bench.ts'));
  try {
    const r = await page.evaluate(
      ([blocks, warmup, runs]) => {
        const run = (
          globalThis as unknown as {
            runExtractBench: (blocks: number, warmup: number, runs: number) => ExtractBenchResult;
          }
        ).runExtractBench;
        return run(blocks, warmup, runs);
      },
      [FILLER_BLOCKS, WARMUP, RUNS] as const,
    );
    console.log(
      `page: ${r.elements} elements, ${r.textNodes} text nodes, ${r.chars} chars; found ${r.people} people ` +
        `(${r.named} named, ${r.withEmail} with email, ${r.withPhone} with phone, ${r.withLinkedIn} with LinkedIn)`,
    );
    if (r.elements < MIN_ELEMENTS) throw new Error(`page has ${r.elements} elements, fewer than ${MIN_ELEMENTS}`);
    if (r.people !== PEOPLE || r.named !== PEOPLE) {
      throw new Error(`extraction found ${r.people} people (${r.named} named), expected ${PEOPLE}`);
    }
    const extract = median(r.extract);
    const baseline = median(r.baseline);
    report('extract_200_cards_ms', extract, 'ms', `median of ${RUNS}, extractLeads on ${r.elements} elements`);
    report(
      'extract_text_walk_ms',
      baseline,
      'ms',
      `median of ${RUNS}, one TreeWalker pass over ${r.textNodes} text nodes, timed ${r.baselineBatch} at a time`,
    );
    report('extract_ratio', extract / baseline, 'x', 'goal ≤ 3');
  } finally {
    await close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
