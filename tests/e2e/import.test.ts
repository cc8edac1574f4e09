import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchWithExtension, screenshot } from './harness';

const FIXTURES = resolve(import.meta.dirname, '../fixtures/csv');

/** Each encoding's file: the encoding the wizard must name, and the accented first name of its first row. */
const ENCODINGS: [string, string][] = [
  ['utf-8.csv', 'utf-8'],
  ['utf-8-bom.csv', 'utf-8'],
  ['utf-16le.csv', 'utf-16le'],
  ['utf-16be-no-bom.csv', 'utf-16be'],
  ['windows-1252.csv', 'windows-1252'],
  ['iso-8859-1.csv', 'iso-8859-1'],
  ['iso-8859-15.csv', 'iso-8859-15'],
  ['mac-roman.csv', 'macintosh'],
];

/** Each format's file: the tool named, a person shown in the preview, and the preview's counts (new, rejected, duplicates, skipped). */
const FORMATS: [string, string, string, { new: number; rejected: number; duplicates: number; skipped: number }][] = [
  [
    'gmail-old.csv',
    'Google Contacts (older export)',
    'Tomás Ibáñez',
    { new: 3, rejected: 1, duplicates: 0, skipped: 0 },
  ],
  ['gmail-current.csv', 'Google Contacts', 'Élodie Martin', { new: 3, rejected: 0, duplicates: 0, skipped: 0 }],
  ['outlook.csv', 'Outlook contacts', 'Miriam Goldberg', { new: 3, rejected: 0, duplicates: 0, skipped: 0 }],
  [
    'thunderbird.csv',
    'Thunderbird address book',
    'Katarzyna Nowak',
    { new: 2, rejected: 0, duplicates: 0, skipped: 0 },
  ],
  [
    'hubspot-contacts-with-associations.csv',
    'HubSpot contacts',
    'Marco Rossi',
    { new: 3, rejected: 1, duplicates: 1, skipped: 0 },
  ],
  [
    'salesforce-lead-report.csv',
    'Salesforce report',
    'Chloé Fontaine',
    { new: 4, rejected: 0, duplicates: 0, skipped: 5 },
  ],
  [
    'salesforce-data-export-lead.csv',
    'Salesforce Data Export',
    'Kwame Mensah',
    { new: 3, rejected: 0, duplicates: 0, skipped: 0 },
  ],
  ['apollo-people.csv', 'Apollo', 'Priyanka Sharma', { new: 3, rejected: 0, duplicates: 0, skipped: 0 }],
  ['lusha-contacts.csv', 'Lusha', 'Lucía Fernández', { new: 2, rejected: 0, duplicates: 0, skipped: 0 }],
  ['zoominfo-contacts.csv', 'ZoomInfo', 'Piotr Kowalski', { new: 2, rejected: 0, duplicates: 0, skipped: 0 }],
  ['lemlist-campaign-leads.csv', 'Lemlist', 'Mateo García', { new: 2, rejected: 1, duplicates: 0, skipped: 0 }],
  ['pipedrive-people.csv', 'Pipedrive people', 'Isabel Costa', { new: 2, rejected: 0, duplicates: 1, skipped: 0 }],
  [
    'linkedin-connections-2018.csv',
    'LinkedIn connections',
    'Mei Lin',
    { new: 3, rejected: 0, duplicates: 0, skipped: 0 },
  ],
];

describe('importing every real export through the side panel, in Chromium', () => {
  let b: ExtensionBrowser;
  let panel: Page;
  let wizard: Locator;

  const choose = async (dir: string, name: string) => {
    await wizard.getByLabel('CSV file').setInputFiles({
      name,
      mimeType: 'text/csv',
      buffer: readFileSync(join(FIXTURES, dir, name)),
    });
  };

  beforeAll(async () => {
    b = await launchWithExtension();
    panel = await b.context.newPage();
    await panel.goto(`chrome-extension://${b.extensionId}/sidepanel.html`);
    // An empty workspace offers "Import a CSV file…" in place of the toolbar's "Import…".
    await panel.getByRole('button', { name: 'Import a CSV file…' }).click();
    wizard = panel.getByTestId('import-wizard');
  });
  afterAll(async () => {
    await b?.close();
  });

  it.each(ENCODINGS)('%s: names the encoding %s and shows the accents right', async (file, encoding) => {
    await choose('encodings', file);
    await expect.poll(() => wizard.getByText(`Columns of ${file}`).count()).toBe(1);
    expect(await wizard.getByLabel('File encoding').inputValue()).toBe(encoding);
    expect(await wizard.getByTestId('first-row-cell').first().textContent()).toBe('Hélène');
    expect(await wizard.getByTestId('first-row-cell').nth(3).textContent()).toBe('Conseil Généraux');
  });

  it('lets the rep choose another encoding, and the characters change with it', async () => {
    await choose('encodings', 'mac-roman.csv');
    await expect.poll(() => wizard.getByLabel('File encoding').inputValue()).toBe('macintosh');
    await wizard.getByLabel('File encoding').selectOption('windows-1252');
    await expect.poll(() => wizard.getByTestId('first-row-cell').first().textContent()).not.toBe('Hélène');
    await wizard.getByLabel('File encoding').selectOption('macintosh');
    await expect.poll(() => wizard.getByTestId('first-row-cell').first().textContent()).toBe('Hélène');
  });

  it.each(FORMATS)('%s: recognised as %s, every row accounted for', async (file, format, person, counts) => {
    await choose('formats', file);
    await expect.poll(() => wizard.getByText(`Columns of ${file}`).count()).toBe(1);
    expect(await wizard.getByTestId('import-file-facts').textContent()).toContain(`Recognised as a ${format} export.`);
    await wizard.getByRole('button', { name: 'Preview import' }).click();
    const shown = wizard.getByTestId('import-counts');
    await shown.waitFor();
    const text = (await shown.textContent()) ?? '';
    expect(text).toMatch(
      new RegExp(
        `^${counts.new} new, 0 updates, 0 already saved, ${counts.duplicates} duplicates in the file, ${counts.rejected} rejected`,
      ),
    );
    if (counts.skipped > 0) expect(text).toContain(`${counts.skipped} blank or notes skipped`);
    else expect(text).not.toContain('skipped');
    // The person's first row is new, with the characters as the file has them.
    expect(await wizard.getByTestId('import-row').filter({ hasText: person }).first().textContent()).toContain(
      'New lead',
    );
  });

  it('imports a file with a progress bar and reports what it wrote; the accented names reach the lead list', async () => {
    await choose('encodings', 'windows-1252.csv');
    await expect.poll(() => wizard.getByLabel('File encoding').inputValue()).toBe('windows-1252');
    await wizard.getByRole('button', { name: 'Preview import' }).click();
    await expect.poll(() => wizard.getByTestId('import-counts').textContent()).toMatch(/^6 new/);
    await wizard.getByRole('button', { name: 'Import 6 rows' }).click();
    await expect
      .poll(() => wizard.getByTestId('import-result').textContent())
      .toBe('Imported: 6 new, 0 updated, 0 unchanged, 0 rejected.');
    await screenshot(panel, 'csv-import-windows-1252');
    await panel.getByRole('button', { name: 'Close import' }).click();
    await expect.poll(() => panel.getByTestId('lead-count').textContent()).toBe('6');
    const names = await panel.getByTestId('lead-name').allTextContents();
    expect(names).toEqual(expect.arrayContaining(['Hélène Dubois', 'Siobhán O’Brien', 'Søren Østergaard']));
  });

  it('Cancel stops a long import at a batch boundary and says how many rows the written batches hold', async () => {
    const lines = ['First Name,Last Name,Email,Company'];
    for (let i = 0; i < 12_000; i++) lines.push(`Bulk,Person ${i},bulk.${i}@bulk-${i % 50}.example,Bulk Co ${i}`);
    await panel.getByRole('button', { name: 'Import…' }).click();
    await wizard.getByLabel('CSV file').setInputFiles({
      name: 'bulk.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(lines.join('\r\n'), 'utf8'),
    });
    await expect.poll(() => wizard.getByText('Columns of bulk.csv (12,000 rows)').count()).toBe(1);
    await wizard.getByRole('button', { name: 'Preview import' }).click();
    await expect
      .poll(() => wizard.getByTestId('import-counts').textContent(), { timeout: 60_000 })
      .toMatch(/^12,000 new/);
    const before = Number(await panel.getByTestId('lead-count').textContent());
    await wizard.getByRole('button', { name: 'Import 12,000 rows' }).click();
    await wizard.getByRole('button', { name: 'Cancel import' }).click();
    const result = wizard.getByTestId('import-result');
    await result.waitFor({ timeout: 60_000 });
    const text = (await result.textContent()) ?? '';
    const written = /^Cancelled: rows 1–([\d,]+) of 12,000 were imported in whole batches/.exec(text);
    if (written) {
      const rows = Number((written[1] ?? '').replace(/,/g, ''));
      expect(rows % 2_500 === 0 && rows < 12_000).toBe(true);
      await expect.poll(() => panel.getByTestId('lead-count').textContent()).toBe(String(before + rows));
    } else {
      expect(text).toBe('Cancelled before anything was written: nothing was imported.');
      expect(Number(await panel.getByTestId('lead-count').textContent())).toBe(before);
    }
  }, 120_000);
});
