/**
 * `npm run screenshots`: every screen of LeadClip as a rep sees it, at the side panel's 360 px and at
 * 800 px, in light and dark, written to docs/screenshots/<screen>-<width>-<scheme>.png. It drives the
 * built extension in headless Chromium with the e2e harness, on the fixture pages the repo ships, so
 * a reviewer can look at the screens without loading the extension (and see what a change did to them).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import {
  captureDemoTeamIntoWorkspace,
  clickToolbarButton,
  type ExtensionBrowser,
  type FixtureServer,
  serveFixtures,
  withBrowser,
} from './harness';

const ROOT = resolve(import.meta.dirname, '../..');
const OUT = join(ROOT, 'docs/screenshots');
const WIDTHS = [360, 800] as const;
const SCHEMES = ['light', 'dark'] as const;
type Scheme = (typeof SCHEMES)[number];
/** Chrome's popup is as wide as its body (380 px) and as tall as Chrome lets it be (600 px at most). */
const POPUP = { width: 380 };
const HEIGHT = 720;
/** A screen taller than the window is shot whole, up to this height. */
const MAX_HEIGHT = 2000;

const written: string[] = [];

async function shoot(page: Page, name: string, width: number, scheme: Scheme, target?: Locator): Promise<void> {
  const path = join(OUT, `${name}-${width}-${scheme}.png`);
  // The scroll containers (.detail, .dialog-body) scroll inside a 100vh workspace: grow the window to
  // fit them, so the picture shows the whole screen rather than its first window.
  await page.setViewportSize({ width, height: HEIGHT });
  const needed = await page.evaluate(() => {
    const inner = [...document.querySelectorAll('.detail, .dialog-body, .options')];
    const bottoms = inner.map((e) => e.getBoundingClientRect().top + e.scrollHeight);
    return Math.ceil(Math.max(document.documentElement.scrollHeight, ...bottoms));
  });
  const height = Math.min(Math.max(HEIGHT, needed), MAX_HEIGHT);
  if (height !== HEIGHT) await page.setViewportSize({ width, height });
  if (target) await target.screenshot({ path, animations: 'disabled' });
  else await page.screenshot({ path, animations: 'disabled' });
  written.push(path);
}

/** A side panel page (the same page Chrome shows in its side panel) at `width`. */
async function openPanel(b: ExtensionBrowser, width: number, scheme: Scheme): Promise<Page> {
  const page = await b.context.newPage();
  await page.emulateMedia({ colorScheme: scheme });
  await page.setViewportSize({ width, height: HEIGHT });
  await page.goto(`chrome-extension://${b.extensionId}/sidepanel.html`);
  await page.getByTestId('lead-count').filter({ hasText: /\d/ }).waitFor();
  return page;
}

async function openLead(panel: Page, name: string): Promise<void> {
  await panel.getByRole('searchbox', { name: 'Search leads' }).fill(name);
  await panel.getByTestId('lead').filter({ hasText: name }).first().click();
  await panel.getByTestId('detail-name').filter({ hasText: name }).waitFor();
}

/** The popup as Chrome sized its window (the page behind it is larger), in both schemes. */
async function shootPopupWindow(popup: Page, name: string): Promise<void> {
  for (const scheme of SCHEMES) {
    await popup.emulateMedia({ colorScheme: scheme });
    const path = join(OUT, `${name}-${POPUP.width}-${scheme}.png`);
    const height = await popup.evaluate(() => window.innerHeight);
    await popup.screenshot({ path, animations: 'disabled', clip: { x: 0, y: 0, width: POPUP.width, height } });
    written.push(path);
  }
}

/**
 * The popup on a page with 30 people (its header, the capture bar and a list longer than the popup,
 * then further down the list, where the header is still there), on the team page captured before
 * (already saved), and on a page without people.
 */
async function shootPopup(b: ExtensionBrowser, site: FixtureServer): Promise<void> {
  const page = await b.context.newPage();
  await page.goto(site.url('capture/speakers.html'));
  const popup = await clickToolbarButton(b, page);
  await popup.getByTestId('found-count').waitFor();
  await shootPopupWindow(popup, 'popup');
  await popup.evaluate(() => {
    document.querySelector('ul.people')?.scrollBy(0, 480);
    window.scrollBy(0, 480);
  });
  await shootPopupWindow(popup, 'popup-scrolled');
  await popup.getByRole('button', { name: /Capture all/ }).click();
  await popup.getByTestId('capture-status').filter({ hasText: /30/ }).waitFor();
  await popup.close();

  for (const [path, name, ready] of [
    ['team.html', 'popup-saved', 'candidate-outcome'],
    ['no-people.html', 'popup-empty', ''],
  ] as const) {
    await page.goto(site.url(path));
    const other = await clickToolbarButton(b, page);
    if (ready) await other.getByTestId(ready).first().waitFor();
    else await other.getByText('No people found on this page').waitFor();
    await shootPopupWindow(other, name);
    await other.close();
  }
  await page.close();
}

/** Qualifies one lead and converts another (with a deal), so contacts, accounts and insights have something to show. */
async function workTheLeads(panel: Page): Promise<void> {
  await openLead(panel, 'Maria van der Berg');
  const convert = panel.getByTestId('convert');
  await convert.getByLabel('Also create a deal').check();
  await convert.getByLabel('Deal name').fill('Northwind pilot');
  await convert.getByLabel('Amount').fill('12000');
  await convert.getByRole('button', { name: 'Preview conversion' }).click();
  await panel.getByRole('button', { name: 'Convert to contact' }).click();
  await panel.getByTestId('converted-note').waitFor();
  await panel.getByRole('button', { name: 'Back to the list' }).click();

  await openLead(panel, 'Jonas Okafor');
  await panel.getByLabel('Activity kind').selectOption('reply');
  await panel.getByLabel('Direction').selectOption('inbound');
  await panel.getByLabel('What happened').fill('Interested in a pilot for Q1');
  await panel.getByRole('button', { name: 'Log' }).click();
  await panel.getByTestId('activity').first().waitFor();
  await panel.locator('#bant-budget').selectOption('yes');
  await panel.locator('#bant-need').selectOption('yes');
  await panel.getByLabel('Need note').fill('Manual lead research takes them 2 days a week');
  await panel.getByRole('button', { name: 'Qualify as prospect' }).click();
  await panel.getByTestId('detail-status').filter({ hasText: 'Prospect' }).waitFor();
  await panel.getByRole('button', { name: 'Back to the list' }).click();
}

async function shootPanel(b: ExtensionBrowser, width: number, scheme: Scheme): Promise<void> {
  const panel = await openPanel(b, width, scheme);
  await shoot(panel, 'sidepanel-leads', width, scheme);

  await openLead(panel, 'Jonas Okafor');
  await shoot(panel, 'lead-detail', width, scheme);
  await panel.getByTestId('convert').getByRole('button', { name: 'Preview conversion' }).click();
  await panel.getByTestId('conversion-preview').waitFor();
  await panel.getByTestId('convert').scrollIntoViewIfNeeded();
  await shoot(panel, 'convert', width, scheme, panel.locator('section', { has: panel.getByTestId('convert') }));
  await panel.getByTestId('privacy-section').getByRole('button', { name: 'Forget…' }).click();
  await panel.getByTestId('forget-confirm').waitFor();
  await shoot(panel, 'forget', width, scheme, panel.getByTestId('privacy-section'));
  await panel.getByTestId('forget-confirm').getByRole('button', { name: 'Cancel' }).click();
  await panel.getByRole('button', { name: 'Back to the list' }).click();
  await panel.getByRole('searchbox', { name: 'Search leads' }).fill('');

  await panel.getByRole('button', { name: 'Export…' }).first().click();
  await panel.getByTestId('export-dialog').waitFor();
  await shoot(panel, 'export', width, scheme);
  await panel.getByRole('button', { name: 'Close export' }).click();

  await panel.getByRole('button', { name: 'Import…' }).first().click();
  const wizard = panel.getByTestId('import-wizard');
  const file = 'linkedin-connections-2018.csv';
  await wizard.getByLabel('CSV file').setInputFiles({
    name: file,
    mimeType: 'text/csv',
    buffer: readFileSync(join(ROOT, 'tests/fixtures/csv/formats', file)),
  });
  await wizard.getByRole('button', { name: 'Preview import' }).click();
  await wizard.getByTestId('import-counts').waitFor();
  await shoot(panel, 'import', width, scheme);
  await panel.getByRole('button', { name: 'Close import' }).click();

  for (const [tab, name] of [
    ['Contacts', 'contacts'],
    ['Accounts', 'accounts'],
    ['Insights', 'insights'],
    ['Privacy', 'privacy'],
  ] as const) {
    await panel.getByRole('tab', { name: tab }).click();
    await panel.getByRole('tab', { name: tab, selected: true }).waitFor();
    await shoot(panel, name, width, scheme);
  }
  await panel.getByRole('tab', { name: 'Accounts' }).click();
  await panel.getByRole('button', { name: /^Open account Northwind/ }).click();
  await panel.getByTestId('account-deal').first().waitFor();
  await shoot(panel, 'account-detail', width, scheme);
  await panel.close();

  const options = await b.context.newPage();
  await options.emulateMedia({ colorScheme: scheme });
  await options.setViewportSize({ width, height: HEIGHT });
  await options.goto(`chrome-extension://${b.extensionId}/options.html`);
  await options.getByTestId('scoring-rules').waitFor();
  await shoot(options, 'options', width, scheme);
  await options.close();
}

/** Sync on, to a port where nothing listens: the side panel's footer shows what waits and what went wrong. */
async function turnSyncOnWithoutAServer(b: ExtensionBrowser): Promise<void> {
  const options = await b.context.newPage();
  await options.goto(`chrome-extension://${b.extensionId}/options.html`);
  const form = options.getByRole('form', { name: 'Sync' });
  await form.getByLabel('Server URL').fill('http://127.0.0.1:9');
  await form.getByLabel('API token').fill('lcs_screenshot');
  await form.getByLabel('Sync is on').check();
  await form.getByRole('button', { name: 'Save' }).click();
  await form.getByText('Saved. Sync is on.').waitFor();
  await options.close();
}

async function shootSyncStatus(b: ExtensionBrowser, width: number, scheme: Scheme): Promise<void> {
  const panel = await openPanel(b, width, scheme);
  await panel.getByRole('button', { name: 'Sync now' }).click();
  await panel.locator('.sync-status [role="alert"]').first().waitFor();
  await shoot(panel, 'sync-status', width, scheme);
  await panel.close();
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const site = await serveFixtures();
  try {
    await withBrowser({}, async (b) => {
      const panel = await captureDemoTeamIntoWorkspace(b, site);
      await workTheLeads(panel);
      await panel.close();
      await shootPopup(b, site);
      for (const width of WIDTHS) for (const scheme of SCHEMES) await shootPanel(b, width, scheme);
      await turnSyncOnWithoutAServer(b);
      for (const width of WIDTHS) for (const scheme of SCHEMES) await shootSyncStatus(b, width, scheme);
    });
  } finally {
    await site.close();
  }
  for (const path of written) console.log(path.slice(ROOT.length + 1));
}

await main();
