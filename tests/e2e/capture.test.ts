import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  badgeText,
  clickToolbarButton,
  type ExtensionBrowser,
  type FixtureServer,
  inPageButton,
  openWorkspaceFromPopup,
  registeredContentScripts,
  screenshot,
  serveFixtures,
  withBrowser,
} from './harness';

let site: FixtureServer;
beforeAll(async () => {
  site = await serveFixtures();
});
afterAll(async () => {
  await site.close();
});

async function open(b: ExtensionBrowser, path: string): Promise<Page> {
  const page = await b.context.newPage();
  await page.goto(site.url(path));
  return page;
}

const leadNames = (panel: Page) => panel.getByTestId('lead-name').allTextContents();

describe('capture in Chromium', () => {
  it('captures one person from a profile; a later capture of the same person from another page merges', async () => {
    await withBrowser({}, async (b) => {
      const profile = await open(b, 'capture/profile-maria.html');
      const popup = await clickToolbarButton(b, profile);
      await expect.poll(() => popup.getByTestId('candidate-name').allTextContents()).toEqual(['Maria van der Berg']);
      const row = popup.getByTestId('candidate');
      expect(await row.textContent()).toContain('VP of Sales · Northwind Analytics');
      expect(await row.getByTestId('candidate-email').allTextContents()).toEqual([
        'maria.vanderberg@northwind-analytics.example',
      ]);
      expect(await row.getByTestId('candidate-fields').textContent()).toContain('namesure');
      expect(await row.getByTestId('candidate-outcome').textContent()).toBe('New');
      await screenshot(popup, 'capture-popup-profile');
      await popup.getByRole('button', { name: 'Capture Maria van der Berg' }).click();
      await expect.poll(() => popup.getByTestId('capture-status').textContent()).toBe('Saved Maria van der Berg');

      // The team page knows her office phone, which the profile did not.
      const team = await open(b, 'team.html');
      const popup2 = await clickToolbarButton(b, team);
      const maria = popup2.getByTestId('candidate').filter({ hasText: 'Maria van der Berg' });
      await expect.poll(() => maria.getByTestId('candidate-outcome').textContent()).toBe('Would update: phone');
      await maria.getByRole('button', { name: 'Capture Maria van der Berg' }).click();
      await expect.poll(() => maria.getByTestId('candidate-outcome').textContent()).toBe('Already saved');

      const panel = await openWorkspaceFromPopup(b, popup2);
      await expect.poll(() => leadNames(panel)).toEqual(['Maria van der Berg']);
      await panel.getByTestId('lead').filter({ hasText: 'Maria van der Berg' }).click();
      // Stored in E.164, however the page wrote them (issue #14).
      await expect
        .poll(() => panel.getByLabel('Phones', { exact: true }).inputValue())
        .toBe('+31612345678, +31207941234');
    });
  });

  it('captures all 30 people of a speaker list in one click', async () => {
    await withBrowser({}, async (b) => {
      const page = await open(b, 'capture/speakers.html');
      const popup = await clickToolbarButton(b, page);
      await expect.poll(() => popup.getByTestId('found-count').textContent()).toContain('30 people');
      await popup.getByRole('button', { name: 'Capture all (30)' }).click();
      await expect.poll(() => popup.getByTestId('capture-status').textContent()).toBe('Saved 30 leads');
      await expect.poll(() => popup.getByText('Already saved').count()).toBe(30);
      expect(await badgeText(b, page.url())).toBe('30');
      const panel = await openWorkspaceFromPopup(b, popup);
      await expect.poll(() => panel.getByTestId('lead-count').textContent()).toBe('30');
      // The list is virtualised: search, as a rep would, rather than expect all 30 rows in the DOM.
      await panel.getByRole('searchbox', { name: 'Search leads' }).fill('ada castillo');
      await expect.poll(() => leadNames(panel)).toEqual(['Ada Castillo']);
    });
  });

  it('reads jobs a page states only in microdata and microformats: the markup reader comes with such a page', async () => {
    await withBrowser({}, async (b) => {
      const page = await open(b, 'capture/markup-panel.html');
      const popup = await clickToolbarButton(b, page);
      await expect
        .poll(() => popup.getByTestId('candidate-name').allTextContents())
        .toEqual(['Ines Castellano', 'Tobias Lindqvist']);
      const rows = popup.getByTestId('candidate');
      expect(await rows.filter({ hasText: 'Ines Castellano' }).textContent()).toContain(
        'Head of Procurement · Fabrikam Foods',
      );
      expect(await rows.filter({ hasText: 'Tobias Lindqvist' }).textContent()).toContain(
        'Chief Operating Officer · Contoso Logistics',
      );
      await screenshot(popup, 'capture-popup-markup');
    });
  });

  it('captures a selected email signature as a lead, with the tags the rep chose', async () => {
    await withBrowser({}, async (b) => {
      const page = await open(b, 'capture/blog-signature.html');
      await page.evaluate(() => {
        const p = document.querySelector('#signature p:last-child');
        const selection = window.getSelection();
        if (!p || !selection) throw new Error('fixture changed');
        const range = document.createRange();
        range.selectNodeContents(p);
        selection.removeAllRanges();
        selection.addRange(range);
      });
      const popup = await clickToolbarButton(b, page);
      const first = popup.getByTestId('candidate').first();
      await expect.poll(() => first.getByTestId('candidate-name').textContent()).toBe('Kwame Mensah');
      expect(await first.textContent()).toContain('Head of Procurement · Globex Ltd');
      expect(await first.textContent()).toContain('from selection');
      await popup.getByRole('button', { name: 'customer' }).click();
      await popup.getByLabel('Add tags').fill('pipeline-review');
      await popup.getByLabel('Add tags').press('Enter');
      await first.getByRole('button', { name: 'Capture Kwame Mensah' }).click();
      await expect.poll(() => popup.getByTestId('capture-status').textContent()).toBe('Saved Kwame Mensah');
      const panel = await openWorkspaceFromPopup(b, popup);
      const lead = panel.getByTestId('lead').filter({ hasText: 'Kwame Mensah' });
      await expect.poll(() => lead.textContent()).toContain('Head of Procurement · Globex Ltd');
      expect(await lead.textContent()).toContain('kwame.mensah@globex.example');
      expect(await lead.locator('.chip').allTextContents()).toEqual(['New', 'customer', 'pipeline-review']);

      // The choices are remembered for the next capture.
      const again = await clickToolbarButton(b, await open(b, 'team.html'));
      await expect
        .poll(() => again.getByRole('button', { name: 'customer' }).getAttribute('aria-pressed'))
        .toBe('true');
    });
  });

  describe('with auto-detect on for the site', () => {
    const granted = { grantedHosts: ['http://127.0.0.1/*'] };

    it('counts people on the badge, offers an in-page button, and two tabs saving at once make one lead', async () => {
      await withBrowser(granted, async (b) => {
        await expect.poll(() => registeredContentScripts(b)).toBe(1);
        const tab1 = await open(b, 'capture/profile-maria.html');
        const tab2 = await open(b, 'capture/profile-maria.html');
        const button1 = inPageButton(tab1);
        const button2 = inPageButton(tab2);
        await expect.poll(() => button1.text()).toBe('Save Maria van der Berg to LeadClip');
        await expect.poll(() => button2.text()).toBe('Save Maria van der Berg to LeadClip');
        expect(await badgeText(b, tab1.url())).toBe('1');
        await screenshot(tab1, 'capture-inpage-button');

        await Promise.all([button1.click(), button2.click()]);
        await expect.poll(() => button1.text()).toBe('✓ Maria van der Berg saved · open');
        await expect.poll(() => button2.text()).toBe('✓ Maria van der Berg saved · open');
        await expect.poll(() => badgeText(b, tab1.url())).toBe('✓');
        await screenshot(tab1, 'capture-inpage-button-saved');

        // Back on her page later: the button and the badge know she is saved, and "open" shows her lead.
        await tab1.reload();
        await expect.poll(() => button1.text()).toBe('✓ Maria van der Berg saved · open');
        await expect.poll(() => badgeText(b, tab1.url())).toBe('✓');
        const workspace = b.context.waitForEvent('page', { predicate: (p) => p.url().includes('/sidepanel.html') });
        await button1.click();
        const opened = await workspace;
        await expect.poll(() => opened.getByLabel('Name', { exact: true }).inputValue()).toBe('Maria van der Berg');
        await screenshot(opened, 'capture-inpage-open-lead');
        await opened.close();

        const popup = await clickToolbarButton(b, tab2);
        expect(await popup.getByTestId('auto-detect').isChecked()).toBe(true);
        const panel = await openWorkspaceFromPopup(b, popup);
        await expect.poll(() => leadNames(panel)).toEqual(['Maria van der Berg']);
      });
    });

    it('follows a single-page navigation to the next profile and never shows the previous person', async () => {
      await withBrowser(granted, async (b) => {
        await expect.poll(() => registeredContentScripts(b)).toBe(1);
        const page = await open(b, 'capture/spa-profiles.html');
        const button = inPageButton(page);
        await expect.poll(() => button.text()).toBe('Save Inês Duarte to LeadClip');
        await page.click('#to-lars');
        await expect.poll(() => page.url()).toContain('member=lars');
        await expect.poll(() => button.text()).toBe('Save Lars Eriksen to LeadClip');
        expect(await button.count()).toBe(1);

        const popup = await clickToolbarButton(b, page);
        await expect.poll(() => popup.getByTestId('candidate-name').allTextContents()).toEqual(['Lars Eriksen']);
        await button.click();
        await expect.poll(() => button.text()).toBe('✓ Lars Eriksen saved · open');
      });
    });
  });
});
