import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  captureDemoTeamIntoWorkspace,
  type ExtensionBrowser,
  type FixtureServer,
  launchWithExtension,
  screenshot,
  serveFixtures,
} from './harness';

/** Clicks a button that makes the page download a file and returns the file's bytes and suggested name. */
async function download(panel: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([panel.waitForEvent('download'), click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: readFileSync(path) };
}

const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

// LinkedIn's own export: a few "Notes:" lines come before the header row.
const CONNECTIONS = [
  'Notes:',
  '"When exporting your connection data, you may notice that some of the email addresses are missing."',
  '',
  'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
  'Ada,Lovelace,https://www.linkedin.com/in/ada-lovelace,ada@analytical-engines.example,Analytical Engines,"Head of Research, Europe",01 Mar 2024',
  'Grace,Hopper,https://www.linkedin.com/in/grace-hopper,,COBOL Systems,CTO,02 Mar 2024',
  'Bob,Broken,https://www.linkedin.com/in/bob-broken,bob@,Nowhere,Intern,03 Mar 2024',
  'Jonas,Okafor,https://www.linkedin.com/in/jonas-okafor,jonas.okafor@northwind-analytics.example,Northwind Analytics,Account Executive,04 Mar 2024',
  '',
].join('\r\n');

describe('CSV and vCard in Chromium: export from the side panel, import a LinkedIn export', () => {
  let site: FixtureServer;
  let b: ExtensionBrowser;
  let panel: Page;

  beforeAll(async () => {
    site = await serveFixtures();
    b = await launchWithExtension();
    panel = await captureDemoTeamIntoWorkspace(b, site);
  });
  afterAll(async () => {
    await b?.close();
    await site?.close();
  });

  it('exports the leads as a HubSpot import file with a dated name', async () => {
    await panel.getByRole('button', { name: 'Export…' }).click();
    const dialog = panel.getByTestId('export-dialog');
    await dialog.getByLabel('Export format').selectOption({ label: 'HubSpot contacts import' });
    await screenshot(panel, 'csv-export-dialog');
    const file = await download(panel, () => dialog.getByRole('button', { name: 'Download CSV' }).click());
    expect(file.name).toBe(`leadclip-leads-${today()}.csv`);
    const text = file.bytes.toString('utf8');
    const lines = text.split('\r\n').filter(Boolean);
    expect(lines[0]).toMatch(/^First Name,Last Name,Email,/);
    expect(lines).toHaveLength(5);
    expect(text).toContain('Maria,van der Berg,maria.vanderberg@northwind-analytics.example');
    await expect.poll(() => dialog.getByTestId('export-status').textContent()).toContain('Exported 4 leads');
  });

  it('exports the selected leads only, semicolon-separated with a BOM, and as vCards', async () => {
    await panel.getByRole('button', { name: 'Close export' }).click();
    await panel.getByRole('checkbox', { name: 'Select Priya Raman' }).check();
    await panel.getByTestId('bulkbar').getByRole('button', { name: 'Export' }).click();
    const dialog = panel.getByTestId('export-dialog');
    await dialog.getByLabel('The selected leads').check();
    await dialog.getByLabel('Separator').selectOption(';');
    await dialog.getByLabel('Add a BOM').check();
    const csv = await download(panel, () => dialog.getByRole('button', { name: 'Download CSV' }).click());
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = csv.bytes.subarray(3).toString('utf8').split('\r\n').filter(Boolean);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toContain(';');
    expect(rows[1]).toContain('priya@northwind-analytics.example');

    const vcf = await download(panel, () => dialog.getByRole('button', { name: 'Download vCard' }).click());
    expect(vcf.name).toBe(`leadclip-leads-${today()}.vcf`);
    const card = vcf.bytes.toString('utf8');
    expect(card.startsWith('BEGIN:VCARD\r\nVERSION:4.0\r\n')).toBe(true);
    expect(card).toContain('FN:Priya Raman');
    expect(card.match(/BEGIN:VCARD/g)).toHaveLength(1);
    await panel.getByRole('button', { name: 'Close export' }).click();
    await panel.getByRole('button', { name: 'Clear selection' }).click();
  });

  it("imports LinkedIn's Connections.csv: maps its columns, previews per-row errors and duplicates, writes only valid rows", async () => {
    await panel.getByRole('button', { name: 'Import…' }).click();
    const wizard = panel.getByTestId('import-wizard');
    await wizard.getByLabel('CSV file').setInputFiles({
      name: 'Connections.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(CONNECTIONS, 'utf8'),
    });
    await expect.poll(() => wizard.getByTestId('column-mapping').locator('tbody tr').count()).toBe(7);
    expect(await wizard.getByLabel('Field for column Email Address').inputValue()).not.toBe('');
    expect(await wizard.getByLabel('Field for column Position').inputValue()).not.toBe('');
    expect(await wizard.getByLabel('Field for column URL').inputValue()).toBe('linkedin');

    await wizard.getByRole('button', { name: 'Preview import' }).click();
    const counts = wizard.getByTestId('import-counts');
    await expect
      .poll(() => counts.textContent())
      .toMatch(/^2 new, 1 updates, 0 already saved, 0 duplicates in the file, 1 rejected/);
    const bob = wizard.getByTestId('import-row').filter({ hasText: 'Bob' });
    expect(await bob.textContent()).toMatch(/Rejected.*bob@/);
    await screenshot(panel, 'csv-import-preview');
    // A dry run writes nothing.
    expect(await panel.getByTestId('lead-count').textContent()).toBe('4');

    const report = await download(panel, () => wizard.getByRole('button', { name: 'Download error report' }).click());
    const reportLines = report.bytes.toString('utf8').split(/\r?\n/).filter(Boolean);
    expect(reportLines[0]).toMatch(/^Error,First Name,Last Name/);
    expect(reportLines).toHaveLength(2);
    expect(reportLines[1]).toContain('Bob');

    await wizard.getByRole('button', { name: 'Import 3 rows' }).click();
    await expect.poll(() => wizard.getByTestId('import-result').textContent()).toContain('2 new, 1 updated');
    await panel.getByRole('button', { name: 'Close import' }).click();
    await expect.poll(() => panel.getByTestId('lead-count').textContent()).toBe('6');
    const names = await panel.getByTestId('lead-name').allTextContents();
    expect(names).toEqual(expect.arrayContaining(['Ada Lovelace', 'Grace Hopper']));
    expect(names).not.toContain('Bob Broken');
  });
});
