import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { type Browser, chromium, type Page } from 'playwright-core';
import { CHROMIUM_FLAGS, findChromium } from '../testing/extension-browser';
import { serveFixtures } from '../testing/fixture-server';

export interface BenchPageOptions {
  /** More Chromium flags for this bench only. */
  extraArgs?: readonly string[];
  /**
   * The page's Content-Security-Policy. An extension page forbids eval (MV3), which turns off zod's
   * compiled parsers: a bench of code that runs in the extension should run under the same rule.
   */
  csp?: string;
}

/** Bundles a browser-side benchmark, serves it on 127.0.0.1 and opens it in Debian's Chromium. */
export async function openBenchPage(
  entry: string,
  options: BenchPageOptions = {},
): Promise<{ page: Page; close: () => Promise<void> }> {
  const { extraArgs = [], csp } = options;
  const dir = mkdtempSync(join(tmpdir(), 'leadclip-bench-'));
  await build({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    target: 'chrome120',
    outfile: join(dir, 'bench.js'),
    logLevel: 'error',
  });
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html><meta charset="utf-8">${csp ? `<meta http-equiv="Content-Security-Policy" content="${csp}">` : ''}<title>bench</title><script src="bench.js"></script>`,
  );
  const site = await serveFixtures([dir]);
  const browser: Browser = await chromium.launch({
    executablePath: findChromium(),
    headless: true,
    args: [...CHROMIUM_FLAGS, ...extraArgs],
  });
  const page = await browser.newPage();
  await page.goto(site.url('index.html'));
  return {
    page,
    close: async () => {
      await browser.close();
      await site.close();
    },
  };
}
