import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  clickToolbarButton,
  type FixtureServer,
  launchWithExtension,
  newProfileDir,
  openWorkspaceFromPopup,
  removeProfile,
  screenshot,
  serveFixtures,
} from './harness';

describe('first slice in Chromium: capture from the popup, see it in the side panel, survive a restart', () => {
  let site: FixtureServer;
  const profile = newProfileDir();

  beforeAll(async () => {
    site = await serveFixtures();
  });
  afterAll(async () => {
    await site.close();
    removeProfile(profile);
  });

  it('captures two people from the demo team page and keeps them across a browser restart', async () => {
    const first = await launchWithExtension(profile);
    try {
      const page = await first.context.newPage();
      await page.goto(site.url('team.html'));
      const popup = await clickToolbarButton(first, page);

      const names = popup.getByTestId('candidate-name');
      await expect
        .poll(() => names.allTextContents())
        .toEqual(['Maria van der Berg', 'Jonas Okafor', 'Priya Raman', 'Tomás Ruiz']);
      await expect.poll(() => popup.getByTestId('found-count').textContent()).toContain('4 people');
      await screenshot(popup, 'slice-popup-before-capture');

      await popup.getByRole('button', { name: 'Capture Maria van der Berg' }).click();
      await expect.poll(() => popup.getByTestId('capture-status').textContent()).toBe('Saved Maria van der Berg');
      const maria = popup.getByTestId('candidate').filter({ hasText: 'Maria van der Berg' });
      await expect.poll(() => maria.getByTestId('candidate-outcome').textContent()).toBe('Already saved');

      const panel = await openWorkspaceFromPopup(first, popup);
      await expect.poll(() => panel.getByTestId('lead-name').allTextContents()).toEqual(['Maria van der Berg']);
      expect(await panel.getByTestId('lead-email').allTextContents()).toEqual([
        'maria.vanderberg@northwind-analytics.example',
      ]);

      // Opening the side panel closes the popup, as in a real browser. A second capture from a new
      // popup shows up in the open side panel without a reload (liveQuery).
      const again = await clickToolbarButton(first, page);
      await again.getByRole('button', { name: 'Capture Jonas Okafor' }).click();
      await expect
        .poll(() => panel.getByTestId('lead-name').allTextContents())
        .toEqual(['Jonas Okafor', 'Maria van der Berg']);
      await screenshot(panel, 'slice-sidepanel-after-capture');
    } finally {
      await first.close();
    }

    const second = await launchWithExtension(profile);
    try {
      const page = await second.context.newPage();
      await page.goto(site.url('team.html'));
      const popup = await clickToolbarButton(second, page);
      const saved = popup.getByTestId('candidate').filter({ hasText: 'Jonas Okafor' });
      await expect.poll(() => saved.getByTestId('candidate-outcome').textContent()).toBe('Already saved');
      const panel = await openWorkspaceFromPopup(second, popup);
      await expect
        .poll(() => panel.getByTestId('lead-name').allTextContents())
        .toEqual(['Jonas Okafor', 'Maria van der Berg']);
      expect(await panel.getByTestId('lead-count').textContent()).toBe('2');
    } finally {
      await second.close();
    }
  });

  it('tells the rep when a page has nobody on it', async () => {
    const b = await launchWithExtension();
    try {
      const page = await b.context.newPage();
      await page.goto(site.url('no-people.html'));
      const popup = await clickToolbarButton(b, page);
      await expect.poll(() => popup.getByTestId('empty-state').textContent()).toContain('No people found on this page');
      await screenshot(popup, 'slice-popup-empty');
    } finally {
      await b.close();
      removeProfile(b.profileDir);
    }
  });
});
