import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FixtureServer, serveFixtures } from '../e2e/harness';
import {
  downloadsDir,
  type FirefoxBrowser,
  launchFirefox,
  newFirefoxProfile,
  Rep,
  removeFirefoxProfile,
  type Tab,
  waitFor,
} from './firefox';

// The workspace stories of the Chromium suite, in Firefox's sidebar page: edit a lead, qualify it,
// convert it; export and import CSV; forget a person. One profile and one Firefox for the file: each
// story starts where the one before left the leads. See `Rep` in ./firefox.ts for what stands in for
// the toolbar button, the popup panel and the sidebar, which BiDi cannot reach.

const ROOT = resolve(import.meta.dirname, '../..');
const CONNECTIONS = join(ROOT, 'tests/fixtures/csv/formats/linkedin-connections-2018.csv');

describe('the workspace in Firefox ESR: edit, qualify, convert, CSV out and in, forget', () => {
  let site: FixtureServer;
  let firefox: FirefoxBrowser | undefined;
  let rep: Rep;
  let sidebar: Tab;
  const profile = newFirefoxProfile();

  const scoreOf = async (): Promise<number> => Number(/Score (\d+)/.exec(await sidebar.text('detail-score'))?.[1]);

  async function openLead(name: string): Promise<void> {
    await sidebar.clickTestIdWithText('lead', name);
    await expect.poll(() => sidebar.text('detail-name')).toBe(name);
  }

  async function backToList(): Promise<void> {
    await sidebar.clickButton('Back to the list');
    await expect.poll(() => sidebar.texts('lead-list')).toHaveLength(1);
  }

  beforeAll(async () => {
    site = await serveFixtures();
    firefox = await launchFirefox(profile);
    rep = await Rep.in(firefox);
    await rep.allowSite(site.url('/'));
  });
  afterAll(async () => {
    await firefox?.close();
    await site?.close();
    removeFirefoxProfile(profile);
  });

  it('captures the demo team from the popup: the sidebar lists the four leads', async () => {
    if (!firefox) throw new Error('Firefox is not running');
    const popup = await rep.openPopup(await firefox.newTab(site.url('team.html')));
    await expect.poll(() => popup.texts('candidate-name')).toHaveLength(4);
    await popup.clickButton('Capture all (4)');
    await expect.poll(() => popup.text('capture-status')).toBe('Saved 4 leads');
    await popup.close();
    sidebar = await rep.openSidebar();
    await expect.poll(() => sidebar.text('lead-count')).toBe('4');
  });

  it('edits a lead inline: the new title is kept and the score follows it', async () => {
    await openLead('Jonas Okafor');
    const before = await scoreOf();
    await sidebar.fill('#field-title', 'VP of Sales');
    await sidebar.pressEnter();
    await expect.poll(scoreOf).toBeGreaterThan(before);
    await expect.poll(() => sidebar.text('score-breakdown')).toMatch(/VP of Sales/);
    expect(await sidebar.evaluate<string>('() => document.querySelector("#field-title")?.value ?? ""')).toBe(
      'VP of Sales',
    );
  });

  it('qualifies the lead as a prospect from its BANT answers', async () => {
    await sidebar.choose('#bant-budget', 'yes');
    await sidebar.choose('#bant-need', 'yes');
    await sidebar.clickButton('Qualify as prospect');
    await expect.poll(() => sidebar.text('detail-status')).toBe('Prospect');
  });

  it('converts the prospect after a preview, with a deal, into a contact with an account', async () => {
    await sidebar.clickSelector('[data-testid="convert"] input[type="checkbox"]');
    await sidebar.fill('#deal-name', 'Northwind pilot');
    await sidebar.fill('#deal-amount', '12000');
    await sidebar.clickButton('Preview conversion');
    await expect.poll(() => sidebar.text('conversion-preview')).toContain('Create: Jonas Okafor');
    const preview = await sidebar.text('conversion-preview');
    expect(preview).toMatch(/Account\s*Create: Northwind Analytics/);
    expect(preview).toContain('Create: Northwind pilot (12000 EUR)');

    await sidebar.clickButton('Convert to contact');
    await expect.poll(() => sidebar.text('detail-status')).toBe('Converted');
    expect(await sidebar.texts('converted-note')).toHaveLength(1);
    expect(await sidebar.texts('convert')).toEqual([]);

    await backToList();
    await sidebar.clickButton('Contacts');
    await expect.poll(() => sidebar.texts('contact')).toEqual([expect.stringContaining('Jonas Okafor')]);
    await sidebar.clickButton('Accounts');
    await expect.poll(() => sidebar.texts('account')).toEqual([expect.stringContaining('Northwind Analytics')]);
    await sidebar.clickButton('Leads');
    await expect.poll(() => sidebar.texts('lead-name')).toHaveLength(4);
  });

  it('exports the leads as a HubSpot CSV file that lands in the downloads folder', async () => {
    await sidebar.clickButton('Export…');
    await expect.poll(() => sidebar.texts('export-dialog')).toHaveLength(1);
    await sidebar.choose('[aria-label="Export format"]', 'HubSpot contacts import');
    await sidebar.clickButton('Download CSV');
    await expect.poll(() => sidebar.text('export-status')).toContain('Exported 4 leads');

    const folder = downloadsDir(profile);
    const files = await waitFor(
      async () => (existsSync(folder) ? readdirSync(folder).filter((f) => /^leadclip-leads-.*\.csv$/.test(f)) : []),
      (found) => found.length === 1,
    );
    expect(files).toHaveLength(1);
    const text = await waitFor(
      async () => readFileSync(join(folder, files[0] ?? ''), 'utf8'),
      (t) => t.split('\r\n').filter(Boolean).length === 5,
    );
    const lines = text.split('\r\n').filter(Boolean);
    expect(lines[0]).toMatch(/^First Name,Last Name,Email,/);
    expect(lines).toHaveLength(5);
    expect(text).toContain('Maria,van der Berg,maria.vanderberg@northwind-analytics.example');
    await sidebar.clickButton('Close export');
  });

  it('imports a LinkedIn Connections.csv: recognises it, previews each row, writes the new leads', async () => {
    await sidebar.clickButton('Import…');
    await sidebar.setFiles('input[aria-label="CSV file"]', [CONNECTIONS]);
    await expect
      .poll(() => sidebar.text('import-file-facts'))
      .toContain('Recognised as a LinkedIn connections export.');
    await sidebar.clickButton('Preview import');
    await expect.poll(() => sidebar.text('import-counts')).toMatch(/^3 new, 0 updates/);
    expect(await sidebar.texts('import-row')).toHaveLength(3);

    await sidebar.clickButton('Import 3 rows');
    await expect.poll(() => sidebar.text('import-result')).toContain('3 new');
    await sidebar.clickButton('Close import');
    await expect.poll(() => sidebar.text('lead-count')).toBe('7');
    await sidebar.type('Search leads', 'Fatima');
    await expect.poll(() => sidebar.texts('lead-name')).toEqual(['Fatima Zahra']);
    expect(await sidebar.texts('lead-email')).toEqual(['fatima.zahra@casablanca-tech.example']);
    await sidebar.fill('[aria-label="Search leads"]', 'Priya');
    await expect.poll(() => sidebar.texts('lead-name')).toEqual(['Priya Raman']);
  });

  it('forgets a person after a confirm step, and a later capture flags them instead of saving them', async () => {
    await openLead('Priya Raman');
    await sidebar.clickButton('Forget…');
    await expect.poll(() => sidebar.text('forget-confirm')).toMatch(/Forget Priya Raman for good\?/);
    expect(await sidebar.text('forget-confirm')).toContain('1 lead');
    await sidebar.clickButton('Forget permanently');
    await expect.poll(() => sidebar.text('forget-summary')).toContain('Priya Raman');
    await expect.poll(() => sidebar.text('lead-count')).toBe('6');

    if (!firefox) throw new Error('Firefox is not running');
    const popup = await rep.openPopup(await firefox.newTab(site.url('team.html')));
    await expect.poll(() => popup.texts('candidate-suppressed')).toEqual([expect.stringContaining('forgotten')]);
    expect(await popup.texts('capture-status')).toEqual([]);
    await expect.poll(() => popup.texts('candidate-name')).toContain('Priya Raman');
  });
});
