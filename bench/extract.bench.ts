import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ExtractBenchResult, PageBenchResult } from './browser/extract-bench';
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
    const model = median(r.model);
    report(
      'extract_page_model_walk_ms',
      model,
      'ms',
      `median of ${RUNS}, one walk building the issue's page model (roles, texts, links, alts), no source reading it`,
    );
    report('extract_page_model_ratio', model / baseline, 'x', 'the page model alone against the text walk');
    await largestRealPages(page);
  } finally {
    await close();
  }
}

// The real pages stay in ../shared (real people's data): without it this part is skipped, with the reason.
const PAGES_DIR = join(import.meta.dirname, '../../shared/fixtures/pages');

interface Labelled {
  file: string;
  url: string;
  bytes: number;
}

type BenchPage = Awaited<ReturnType<typeof openBenchPage>>['page'];

/** The same ratio on the three largest saved real pages, each parsed in the browser. */
async function largestRealPages(page: BenchPage): Promise<void> {
  const manifest = join(PAGES_DIR, 'MANIFEST.json');
  if (!existsSync(manifest)) {
    console.log('real pages: skipped, ../shared/fixtures/pages is absent in this clone');
    return;
  }
  const entries = (JSON.parse(readFileSync(manifest, 'utf8')) as Labelled[])
    .filter((e) => e.file.endsWith('.html'))
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, 3);
  for (const entry of entries) {
    const html = readFileSync(join(PAGES_DIR, entry.file), 'utf8');
    const r = await page.evaluate(
      ([source, url, warmup, runs]) => {
        const run = (
          globalThis as unknown as {
            runPageBench: (html: string, url: string, warmup: number, runs: number) => PageBenchResult;
          }
        ).runPageBench;
        return run(source, url, warmup, runs);
      },
      [html, entry.url, WARMUP, RUNS] as const,
    );
    const id = (entry.file.split('/').pop() ?? entry.file).replace(/\.html$/, '').replace(/[^a-z0-9]+/gi, '_');
    const ratio = median(r.extract) / median(r.baseline);
    report(
      `extract_ratio_real_${id}`,
      ratio,
      'x',
      `${r.elements} elements, ${r.people} people; extract ${median(r.extract).toFixed(2)} ms vs walk ${median(r.baseline).toFixed(3)} ms`,
    );
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
