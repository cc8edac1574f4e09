import type { Page, Worker } from 'playwright-core';
import { type LeadInput, LeadSchema } from '../lib/model/lead';
import { launchWithExtension, removeProfile } from '../testing/extension-browser';
import { sampleLeads } from './browser/sample-leads';
import { type BlockProbe, blockProbeScript, writeLeadsElsewhere } from './browser/sidepanel-bench';
import { median, report } from './report';

const LEADS = 50_000;
const OPENS = 7;
const KEYSTROKES = 9;
const LARGE = 100_000;
const WRITTEN_ELSEWHERE = 20_000;

/**
 * Issue 5: with 50,000 leads in the extension's real IndexedDB, the time from
 * opening the side panel to the first painted list row, and from a search
 * keystroke to the updated list. Measured inside the page with performance.now().
 */
export async function main(): Promise<void> {
  const b = await launchWithExtension();
  try {
    const url = `chrome-extension://${b.extensionId}/sidepanel.html`;
    const worker = b.context.serviceWorkers()[0];
    if (!worker) throw new Error('no service worker');
    const page = await b.context.newPage();
    // Records the moment the first lead row enters the DOM, for every load of the page.
    await page.addInitScript(() => {
      const w = window as unknown as { firstRowAt?: number };
      new MutationObserver((_m, obs) => {
        if (document.querySelector('[data-testid="lead"]')) {
          w.firstRowAt = performance.now();
          obs.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(url);
    await page.waitForSelector('[data-testid="empty-state"]');
    await putLeads(worker, sampleLeads(LEADS));

    const opens: number[] = [];
    for (let i = 0; i < OPENS + 1; i++) {
      await page.goto(url);
      await page.waitForFunction(() => (window as unknown as { firstRowAt?: number }).firstRowAt !== undefined);
      const t = await page.evaluate(() => (window as unknown as { firstRowAt: number }).firstRowAt);
      if (i > 0) opens.push(t);
      // Let this open finish reading the whole table before the next one: IndexedDB would
      // otherwise still be serving the abandoned page's 50,000 rows, which no rep's open waits for.
      await page.waitForFunction(
        (n) => document.querySelector('[data-testid="lead-count"]')?.textContent === String(n),
        LEADS,
      );
    }
    // Search needs the whole table in memory; wait until the count says all 50,000 are there.
    await page.waitForFunction(
      (n) => document.querySelector('[data-testid="lead-count"]')?.textContent === String(n),
      LEADS,
    );

    // Virtualisation: with 50,000 leads in the list, only a window of rows is in the DOM.
    const rendered = await page.evaluate(() => document.querySelectorAll('[data-testid="lead"]').length);
    report('sidepanel_rendered_rows_50k', rendered, 'rows', 'DOM rows for 50,000 leads');

    const keystrokes: number[] = [];
    const queries = ['a', 'ad', 'ada', 'g', 'gr', 'gra', 'n', 'no', 'nov', 'h'];
    for (let i = 0; i < KEYSTROKES + 1; i++) {
      const q = queries[i % queries.length] ?? 'a';
      const ms = await page.evaluate(async (value) => {
        const input = document.querySelector<HTMLInputElement>('input[type="search"]');
        if (!input) throw new Error('no search box');
        const before = document.querySelector('[data-testid="shown-count"]')?.textContent;
        const t0 = performance.now();
        input.value = value;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        // Done when the list's count changed and the browser is about to paint it.
        for (let tries = 0; tries < 200; tries++) {
          await new Promise((r) => requestAnimationFrame(r));
          if (document.querySelector('[data-testid="shown-count"]')?.textContent !== before) break;
        }
        return performance.now() - t0;
      }, q);
      if (i > 0) keystrokes.push(ms);
    }
    report('sidepanel_open_first_row_50k_ms', median(opens), 'ms', `median of ${OPENS}, goal ≤ 300`);
    report('sidepanel_search_keystroke_50k_ms', median(keystrokes), 'ms', `median of ${KEYSTROKES}, goal ≤ 50`);

    // Issue 17: with 100,000 leads the panel never blocks its main thread for more than 200 ms,
    // neither while it opens nor while it catches up with 20,000 leads written by another context.
    await putLeads(worker, sampleLeads(LARGE).slice(LEADS));
    await page.addInitScript({ content: await blockProbeScript() });
    await page.goto(url);
    await waitForCount(page, LARGE);
    const opened = await probe(page);
    report('sidepanel_100k_open_max_block_ms', Math.max(opened.gap, opened.task), 'ms', 'goal ≤ 200');
    report('sidepanel_100k_open_longest_task_ms', opened.task, 'ms', 'Chromium longtask; 0 = none over 50 ms');
    report('sidepanel_100k_open_full_list_ms', opened.countAt[String(LARGE)] ?? Number.NaN, 'ms', 'open to count');

    // The same measure with the page idle: what the machine's other work (two shared cores) alone costs it.
    await page.evaluate(() => (window as unknown as { resetBlockProbe: () => void }).resetBlockProbe());
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    const idle = await probe(page);
    report('sidepanel_100k_idle_max_block_ms', Math.max(idle.gap, idle.task), 'ms', '3 s with nothing to do');

    const more = sampleLeads(LARGE + WRITTEN_ELSEWHERE)
      .slice(LARGE)
      .map((l) => LeadSchema.parse(l));
    await page.evaluate(() => (window as unknown as { resetBlockProbe: () => void }).resetBlockProbe());
    const committedAt = await worker.evaluate(writeLeadsElsewhere, more);
    await waitForCount(page, LARGE + WRITTEN_ELSEWHERE);
    const caught = await probe(page);
    const pageOrigin = await page.evaluate(() => performance.timeOrigin);
    const listedAt = pageOrigin + (caught.countAt[String(LARGE + WRITTEN_ELSEWHERE)] ?? Number.NaN);
    console.log(
      `longest task started ${Math.round(opened.taskAt - (opened.countAt[String(LARGE)] ?? 0))} ms from the full count (open),`,
      `${Math.round(caught.taskAt - (listedAt - pageOrigin))} ms (catch-up)`,
    );
    report('sidepanel_100k_catch_up_max_block_ms', Math.max(caught.gap, caught.task), 'ms', 'goal ≤ 200');
    report('sidepanel_100k_catch_up_longest_task_ms', caught.task, 'ms', 'Chromium longtask');
    report(
      'sidepanel_100k_catch_up_full_list_ms',
      listedAt - committedAt,
      'ms',
      'from the background committing 20,000 leads until the count shows them',
    );
  } finally {
    await b.close();
    removeProfile(b.profileDir);
  }
}

/**
 * Puts leads straight into the extension's store from its service worker, 5,000 a transaction.
 * Not from the side panel page: the leads travel as evaluate arguments, and 100,000 of them left
 * hundreds of megabytes of garbage in the panel's heap, whose collection (up to a second) the
 * probe then blamed on the panel.
 */
async function putLeads(worker: Worker, inputs: readonly LeadInput[]): Promise<void> {
  const leads = inputs.map((l) => LeadSchema.parse(l));
  for (let i = 0; i < leads.length; i += 5_000) await worker.evaluate(writeLeadsElsewhere, leads.slice(i, i + 5_000));
}

/** Polls rarely, so the wait itself does not block the page it measures. */
async function waitForCount(page: Page, n: number): Promise<void> {
  await page.waitForFunction(
    (count) => document.querySelector('[data-testid="lead-count"]')?.textContent === String(count),
    n,
    { polling: 250, timeout: 600_000 },
  );
}

async function probe(page: Page): Promise<BlockProbe> {
  return page.evaluate(() => (window as unknown as { blockProbe: BlockProbe }).blockProbe);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
