import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  captureDemoTeamIntoWorkspace,
  clickToolbarButton,
  type ExtensionBrowser,
  type FixtureServer,
  launchWithExtension,
  serveFixtures,
} from './harness';

const ROOT = resolve(import.meta.dirname, '../..');
const NARROW = 360;

/**
 * What sticks out past the right edge of the window: elements that neither fit nor are cut on purpose
 * by a box that fits (an ellipsis). A rep at the side panel's 360 px cannot see them without scrolling
 * sideways, if at all.
 */
function cutOff(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const edge = window.innerWidth + 1;
    const clippedInside = (e: Element): boolean => {
      for (let a = e.parentElement; a; a = a.parentElement) {
        const overflow = getComputedStyle(a).overflowX;
        // Hidden is a deliberate cut (an ellipsis); a box that scrolls sideways hides it from the rep.
        if (overflow !== 'visible')
          return overflow !== 'auto' && overflow !== 'scroll' && a.getBoundingClientRect().right <= edge;
      }
      return false;
    };
    return [...document.body.querySelectorAll('*')]
      .filter((e) => {
        const r = e.getBoundingClientRect();
        return r.width > 0 && r.height > 0 && r.right > edge && !clippedInside(e);
      })
      .map((e) => `${e.tagName.toLowerCase()} "${(e.textContent ?? '').trim().slice(0, 40)}"`);
  });
}

describe('screens that fit: nothing is cut off at the side panel width, the popup header stays', () => {
  let site: FixtureServer;
  let b: ExtensionBrowser;
  let panel: Page;

  beforeAll(async () => {
    site = await serveFixtures();
    b = await launchWithExtension();
    await (await captureDemoTeamIntoWorkspace(b, site)).close();
    panel = await b.context.newPage();
    await panel.setViewportSize({ width: NARROW, height: 720 });
    await panel.goto(`chrome-extension://${b.extensionId}/sidepanel.html`);
    await panel.getByTestId('lead-count').filter({ hasText: '4' }).waitFor();
  });
  afterAll(async () => {
    await b?.close();
    await site?.close();
  });

  it('keeps the popup header in view at the end of a list longer than the popup', async () => {
    const page = await b.context.newPage();
    await page.goto(site.url('capture/speakers.html'));
    const popup = await clickToolbarButton(b, page);
    await expect.poll(() => popup.getByTestId('candidate').count()).toBe(30);
    await popup.evaluate(() => {
      document.querySelector('ul.people')?.scrollBy(0, 100_000);
      window.scrollBy(0, 100_000);
    });
    // The last person is on screen, and the button at the header's place is still "Open workspace".
    await expect.poll(() => popup.getByTestId('candidate').last().isVisible()).toBe(true);
    const atHeader = await popup.evaluate(() => {
      const button = [...document.querySelectorAll('header button')].find((e) => e.textContent === 'Open workspace');
      const r = button?.getBoundingClientRect();
      if (!r) return 'no header button';
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      return r.right <= window.innerWidth && r.top >= 0 ? (hit?.textContent ?? '') : `outside the window (${r.right})`;
    });
    expect(atHeader).toBe('Open workspace');
    expect(await cutOff(popup)).toEqual([]);
    await page.close();
  });

  it('fits the lead list, a lead with its conversion preview and BANT, and the other tabs in 360 px', async () => {
    expect(await cutOff(panel)).toEqual([]);
    await panel.getByTestId('lead').filter({ hasText: 'Jonas Okafor' }).click();
    await panel.getByTestId('convert').getByRole('button', { name: 'Preview conversion' }).click();
    await panel.getByTestId('conversion-preview').waitFor();
    expect(await cutOff(panel)).toEqual([]);
    for (const tab of ['Contacts', 'Accounts', 'Insights', 'Privacy', 'Leads']) {
      await panel.getByRole('tab', { name: tab }).click();
      expect(await cutOff(panel), tab).toEqual([]);
    }
  });

  it('fits the export dialog and an import with its column mapping and dry run in 360 px', async () => {
    await panel.getByRole('button', { name: 'Export…' }).click();
    await panel.getByTestId('export-dialog').waitFor();
    expect(await cutOff(panel)).toEqual([]);
    await panel.getByRole('button', { name: 'Close export' }).click();

    await panel.getByRole('button', { name: 'Import…' }).click();
    const file = 'linkedin-connections-2018.csv';
    await panel.getByLabel('CSV file').setInputFiles({
      name: file,
      mimeType: 'text/csv',
      buffer: readFileSync(join(ROOT, 'tests/fixtures/csv/formats', file)),
    });
    await panel.getByRole('button', { name: 'Preview import' }).click();
    await panel.getByTestId('import-counts').waitFor();
    expect(await cutOff(panel)).toEqual([]);
    await panel.getByRole('button', { name: 'Close import' }).click();
  });

  it('lays out the options one setting a row, fields lined up on the right, nothing cut off at 360 px', async () => {
    const options = await b.context.newPage();
    await options.setViewportSize({ width: NARROW, height: 720 });
    await options.goto(`chrome-extension://${b.extensionId}/options.html`);
    await options.getByRole('form', { name: 'Sync' }).waitFor();
    expect(await cutOff(options)).toEqual([]);
    // One setting a row: no two labels share a line, and each field ends at the form's right edge.
    const forms = await options.evaluate(() =>
      ['[data-testid="privacy-settings"]', 'form[aria-label="Sync"]'].map((selector) => {
        const form = document.querySelector(selector);
        const labels = [...(form?.querySelectorAll('label') ?? [])].map((l) => l.getBoundingClientRect());
        const sharedRows = labels.filter((a, i) =>
          labels.some((b, j) => j > i && a.top < b.bottom && b.top < a.bottom),
        );
        const fields = [...(form?.querySelectorAll('label > input:not([type="checkbox"]), label > select') ?? [])];
        const right = form?.getBoundingClientRect().right ?? 0;
        const ragged = fields.filter((f) => Math.abs(f.getBoundingClientRect().right - right) > 1);
        return { labels: labels.length, sharedRows: sharedRows.length, ragged: ragged.length };
      }),
    );
    expect(forms).toEqual([
      { labels: 3, sharedRows: 0, ragged: 0 },
      { labels: 3, sharedRows: 0, ragged: 0 },
    ]);
    await options.close();
  });
});
