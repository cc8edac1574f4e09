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

const TEAM = ['Maria van der Berg', 'Jonas Okafor', 'Priya Raman', 'Tomás Ruiz'];

async function scoreOf(panel: Page): Promise<number> {
  const text = (await panel.getByTestId('detail-score').textContent()) ?? '';
  const m = /Score (\d+)/.exec(text);
  if (!m?.[1]) throw new Error(`No score in "${text}"`);
  return Number(m[1]);
}

async function openLead(panel: Page, name: string): Promise<void> {
  await panel.getByTestId('lead').filter({ hasText: name }).click();
  await expect.poll(() => panel.getByTestId('detail-name').textContent()).toBe(name);
}

async function backToList(panel: Page): Promise<void> {
  await panel.getByRole('button', { name: 'Back to the list' }).click();
  await panel.getByTestId('lead-list').waitFor();
}

describe('the workspace in Chromium: from lead to prospect to contact with an account and a deal', () => {
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

  it('searches as the rep types and lists every captured lead', async () => {
    expect((await panel.getByTestId('lead-name').allTextContents()).sort()).toEqual([...TEAM].sort());
    await panel.getByRole('searchbox', { name: 'Search leads' }).fill('priya');
    await expect.poll(() => panel.getByTestId('lead-name').allTextContents()).toEqual(['Priya Raman']);
    await panel.getByRole('searchbox', { name: 'Search leads' }).fill('nobody-at-all');
    await expect.poll(() => panel.getByText('No lead matches').count()).toBe(1);
    await panel.getByRole('searchbox', { name: 'Search leads' }).fill('');
    await expect.poll(() => panel.getByTestId('lead-name').count()).toBe(4);
  });

  it('edits a lead inline, rescoring it, and refuses an invalid email', async () => {
    await openLead(panel, 'Jonas Okafor');
    const before = await scoreOf(panel);
    const title = panel.getByLabel('Title', { exact: true });
    await title.fill('VP of Sales');
    await title.press('Enter');
    await expect.poll(() => scoreOf(panel)).toBeGreaterThan(before);
    await expect.poll(() => panel.getByTestId('score-breakdown').textContent()).toMatch(/VP/i);

    const emails = panel.getByLabel('Emails', { exact: true });
    await emails.fill('not-an-email');
    await expect.poll(() => panel.getByText('"not-an-email" is not a valid email address').count()).toBe(1);
    await emails.press('Escape');
    await expect.poll(() => emails.inputValue()).toBe('jonas.okafor@northwind-analytics.example');
  });

  it('logs an inbound reply, which suggests qualifying; BANT qualifies the lead as a prospect', async () => {
    const before = await scoreOf(panel);
    await panel.getByLabel('Activity kind').selectOption('reply');
    await panel.getByLabel('Direction').selectOption('inbound');
    await panel.getByLabel('What happened').fill('Interested in a pilot for Q1');
    await panel.getByRole('button', { name: 'Log' }).click();
    await expect.poll(() => panel.getByTestId('activity').allTextContents()).toHaveLength(1);
    await expect.poll(() => panel.getByTestId('qualify-suggestion').count()).toBe(1);
    await expect.poll(() => scoreOf(panel)).toBeGreaterThan(before);

    await panel.locator('#bant-budget').selectOption('yes');
    await panel.locator('#bant-need').selectOption('yes');
    await panel.getByLabel('Need note').fill('Manual lead research takes them 2 days a week');
    await panel.getByRole('button', { name: 'Qualify as prospect' }).click();
    await expect.poll(() => panel.getByTestId('detail-status').textContent()).toBe('Prospect');
    expect(await panel.locator('#bant-budget').inputValue()).toBe('yes');
    await screenshot(panel, 'workspace-prospect');
  });

  it('converts a prospect with a deal after a preview, then reuses the account for a colleague', async () => {
    const convert = panel.getByTestId('convert');
    await convert.getByLabel('Also create a deal').check();
    await convert.getByLabel('Deal name').fill('Northwind pilot');
    await convert.getByLabel('Amount').fill('12000');
    await convert.getByRole('button', { name: 'Preview conversion' }).click();
    const preview = panel.getByTestId('conversion-preview');
    await expect.poll(() => preview.textContent()).toContain('Create: Jonas Okafor');
    expect(await preview.textContent()).toMatch(/Account\s*Create: Northwind/);
    expect(await preview.textContent()).toContain('Create: Northwind pilot (12000 EUR)');
    expect(await preview.textContent()).toMatch(/Activities moved to the contact\s*1/);
    await screenshot(panel, 'workspace-conversion-preview');
    await preview.getByRole('button', { name: 'Convert to contact' }).click();
    await expect.poll(() => panel.getByTestId('detail-status').textContent()).toBe('Converted');
    expect(await panel.getByTestId('converted-note').count()).toBe(1);
    expect(await panel.getByTestId('convert').count()).toBe(0);

    await backToList(panel);
    await openLead(panel, 'Maria van der Berg');
    await panel.getByTestId('convert').getByRole('button', { name: 'Preview conversion' }).click();
    await expect.poll(() => panel.getByTestId('conversion-preview').textContent()).toMatch(/Reuse existing: Northwind/);
    await panel.getByRole('button', { name: 'Convert to contact' }).click();
    await expect.poll(() => panel.getByTestId('detail-status').textContent()).toBe('Converted');
    await backToList(panel);
  });

  it('shows contacts, and an account with its contacts and deal', async () => {
    await panel.getByRole('tab', { name: 'Contacts' }).click();
    await expect.poll(() => panel.getByTestId('contact').count()).toBe(2);
    await panel.getByRole('tab', { name: 'Accounts' }).click();
    await expect.poll(() => panel.getByTestId('account').count()).toBe(1);
    await panel.getByRole('button', { name: /^Open account Northwind/ }).click();
    await expect
      .poll(async () => (await panel.getByTestId('account-contact').allTextContents()).join('|'))
      .toMatch(/Jonas Okafor.*\|.*Maria van der Berg|Maria van der Berg.*\|.*Jonas Okafor/);
    expect(await panel.getByTestId('account-deal').allTextContents()).toEqual([
      expect.stringContaining('Northwind pilot'),
    ]);
    await screenshot(panel, 'workspace-account');

    await panel.getByRole('tab', { name: 'Insights' }).click();
    await expect.poll(() => panel.getByTestId('funnel-leads').textContent()).toBe('4');
    expect(await panel.getByTestId('funnel-prospects').textContent()).toBe('2');
    expect(await panel.getByTestId('funnel-contacts').textContent()).toBe('2');
    await screenshot(panel, 'workspace-insights');
    await panel.getByRole('tab', { name: 'Leads' }).click();
  });

  it('bulk tags, refuses what makes no sense, and deletes with undo', async () => {
    await panel.getByRole('checkbox', { name: 'Select Priya Raman' }).check();
    await panel.getByRole('checkbox', { name: 'Select Tomás Ruiz' }).check();
    await expect.poll(() => panel.getByTestId('bulkbar').textContent()).toContain('2 selected');
    await panel.getByLabel('Tag selected leads').fill('nordics');
    await panel.getByRole('button', { name: 'Add tag' }).click();
    await expect
      .poll(() => panel.getByTestId('lead').filter({ hasText: 'nordics' }).getByTestId('lead-name').allTextContents())
      .toEqual(expect.arrayContaining(['Priya Raman', 'Tomás Ruiz']));

    // Converted leads cannot go back to working: the bar says how many were refused and why.
    await panel.getByRole('button', { name: 'Select all shown' }).click();
    await panel.getByLabel('Set status of selected leads').selectOption('working');
    await expect
      .poll(() => panel.getByRole('status').filter({ hasText: 'refused' }).textContent())
      .toMatch(/2 changed; 2 refused/);

    await panel.getByRole('button', { name: 'Clear selection' }).click();
    await panel.getByRole('checkbox', { name: 'Select Priya Raman' }).check();
    await panel.getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => panel.getByTestId('lead-count').textContent()).toBe('3');
    expect(await panel.getByTestId('undo-bar').textContent()).toContain('Deleted 1 lead');
    await panel.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => panel.getByTestId('lead-count').textContent()).toBe('4');
    await openLead(panel, 'Priya Raman');
    await expect.poll(() => panel.getByTestId('detail-status').textContent()).toBe('Working');
    await backToList(panel);
  });

  it('rescores every lead when the rep changes the rules on the options page', async () => {
    await panel.getByRole('tab', { name: 'Insights' }).click();
    await expect.poll(() => panel.getByTestId('insights').textContent()).toMatch(/sales-ready \(score ≥ 60\)/);

    const options = await b.context.newPage();
    await options.goto(`chrome-extension://${b.extensionId}/options.html`);
    const rules = options.getByTestId('scoring-rules');
    await rules.locator('input[name="threshold"]').fill('250');
    await rules.getByRole('button', { name: 'Save and rescore' }).click();
    await expect.poll(() => options.getByRole('alert').textContent()).toContain('Not saved');

    await rules.locator('input[name="threshold"]').fill('0');
    await rules.locator('input[name="targetDomains"]').fill('northwind-analytics.example');
    await rules.getByRole('button', { name: 'Save and rescore' }).click();
    await expect
      .poll(() => options.getByTestId('rules-status').textContent())
      .toMatch(/Rescored every lead: 4 scores changed/);
    await screenshot(options, 'options-scoring');

    await expect.poll(() => panel.getByTestId('insights').textContent()).toMatch(/4 sales-ready \(score ≥ 0\)/);
    await panel.getByRole('tab', { name: 'Leads' }).click();
    await openLead(panel, 'Tomás Ruiz');
    await expect
      .poll(() => panel.getByTestId('score-breakdown').textContent())
      .toMatch(/Ideal customer: target account northwind-analytics\.example/);
  });
});
