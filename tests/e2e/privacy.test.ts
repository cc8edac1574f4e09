import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  captureDemoTeamIntoWorkspace,
  clickToolbarButton,
  type ExtensionBrowser,
  type FixtureServer,
  launchWithExtension,
  screenshot,
  serveFixtures,
} from './harness';

/** Every email of every lead in the extension's IndexedDB, read from the side panel (the extension's origin). */
function storedEmails(panel: Page): Promise<string[]> {
  return panel.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('leadclip');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const all = db.transaction('leads').objectStore('leads').getAll();
          all.onerror = () => reject(all.error);
          all.onsuccess = () => {
            db.close();
            resolve((all.result as { emails: string[] }[]).flatMap((l) => l.emails));
          };
        };
      }),
  );
}

describe('forgetting a person in Chromium: capture → forget → gone → re-capture is flagged', () => {
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

  it('forgets a lead from its detail after a confirm step that shows what goes, then says what went', async () => {
    expect(await storedEmails(panel)).toContain('priya@northwind-analytics.example');
    await panel.getByTestId('lead').filter({ hasText: 'Priya Raman' }).click();
    await expect.poll(() => panel.getByTestId('detail-name').textContent()).toBe('Priya Raman');
    await panel.getByTestId('privacy-section').getByRole('button', { name: 'Forget…' }).click();
    const confirm = panel.getByTestId('forget-confirm');
    await expect.poll(() => confirm.textContent()).toMatch(/Forget Priya Raman for good\?.*1 lead.*0 contacts/);
    // Nothing has happened yet: the confirm step only shows.
    expect(await storedEmails(panel)).toContain('priya@northwind-analytics.example');
    await confirm.getByRole('button', { name: 'Forget permanently' }).click();

    const summary = panel.getByTestId('forget-summary');
    await expect.poll(() => summary.textContent()).toMatch(/Forgotten: Priya Raman\..*1 lead.*identity key/);
    await expect.poll(() => panel.getByTestId('lead-count').textContent()).toBe('3');
    expect(await panel.getByTestId('lead-name').allTextContents()).not.toContain('Priya Raman');
    expect(await storedEmails(panel)).not.toContain('priya@northwind-analytics.example');
    await screenshot(panel, 'privacy-forgotten');
  });

  it('flags the forgotten person on a re-capture, leaves them out of Capture all, and captures only on an explicit override', async () => {
    const page = await b.context.newPage();
    await page.goto(site.url('team.html'));
    const popup = await clickToolbarButton(b, page);
    const priya = popup.getByTestId('candidate').filter({ hasText: 'Priya Raman' });
    await expect
      .poll(() => priya.getByTestId('candidate-suppressed').textContent())
      .toMatch(/forgotten on \d{1,2} \w+ \d{4}/);
    // The other three are saved and Priya is forgotten: Capture all has nobody to take.
    await expect.poll(() => popup.getByRole('button', { name: /Capture all/ }).textContent()).toBe('Capture all (0)');
    await screenshot(popup, 'privacy-recapture-flagged');
    expect(await storedEmails(panel)).not.toContain('priya@northwind-analytics.example');

    await priya.getByRole('button', { name: 'Capture Priya Raman anyway' }).click();
    await expect.poll(() => popup.getByTestId('capture-status').textContent()).toBe('Saved Priya Raman');
    await expect.poll(() => panel.getByTestId('lead-count').textContent()).toBe('4');
    expect(await storedEmails(panel)).toContain('priya@northwind-analytics.example');
    await popup.close();
    await page.close();
  });

  it('forgets by email from the Privacy tab and lists who was forgotten', async () => {
    await panel.getByRole('tab', { name: 'Privacy' }).click();
    await panel.getByLabel('Email to forget').fill('jonas.okafor@northwind-analytics.example');
    await panel.getByTestId('privacy-tab').getByRole('button', { name: 'Forget…' }).click();
    await expect.poll(() => panel.getByTestId('forget-confirm').textContent()).toMatch(/Forget Jonas Okafor/);
    await panel.getByRole('button', { name: 'Forget permanently' }).click();
    await expect.poll(() => panel.getByTestId('forget-summary').textContent()).toMatch(/Forgotten: Jonas Okafor\./);
    await expect.poll(() => panel.getByTestId('lead-count').textContent()).toBe('3');
    await expect
      .poll(() => panel.getByTestId('suppression-list').textContent())
      .toContain('jonas.okafor@northwind-analytics.example');
    expect(await storedEmails(panel)).not.toContain('jonas.okafor@northwind-analytics.example');
  });
});
