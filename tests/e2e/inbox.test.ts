import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  clickToolbarButton,
  fixturePage,
  launchWithExtension,
  openWorkspaceFromPopup,
  removeProfile,
  screenshot,
  serveAtRealAddress,
} from './harness';

// The saved message views, served at the webmail's real addresses: the tab's address is what the adapters go by.
const GMAIL = 'https://mail.google.com/mail/u/0/';
const OUTLOOK = 'https://outlook.office.com/mail/inbox/id/AAQkADAwATM0MDAAMS1iNTcwLWI2NjAtMDACLTAwCgAQAMxQ';
// A colleague of the Gmail sender, on their company's site, with no email anywhere on the page.
const COLLEAGUE = 'https://acme-robotics.example/about/ken-adams';
const COLLEAGUE_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Ken Adams · Acme Robotics</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Person","name":"Ken Adams","jobTitle":"Head of Sales",
"worksFor":{"@type":"Organization","name":"Acme Robotics Inc."}}</script></head>
<body><h1>Ken Adams</h1><p>Head of Sales, Acme Robotics Inc.</p></body></html>`;

const ROOT_DIR = join(import.meta.dirname, '../..');
const names = (popup: Page) => popup.getByTestId('candidate-name').allTextContents();

describe('capture from the inbox in Chromium', () => {
  it('lists the open message’s sender with their signature and never the rep; a colleague later gets the suggested email', async () => {
    const b = await launchWithExtension();
    try {
      // Nothing is fetched in the background: every request that is not one of the pages served below
      // (a Gmail or Graph API call, a lookup service) is recorded and refused. Registered first, so the
      // pages' own routes take precedence.
      const unexpected: string[] = [];
      await b.context.route('**/*', (route) => {
        const url = route.request().url();
        // The extension's own files load as they always do.
        if (url.startsWith('chrome-extension://')) return route.continue();
        unexpected.push(url);
        return route.abort();
      });
      await serveAtRealAddress(b.context, {
        [`${GMAIL}**`]: fixturePage('webmail/gmail-reading-pane.html'),
        [`${OUTLOOK}**`]: fixturePage('webmail/outlook-reading-pane.html'),
      });
      await b.context.route(COLLEAGUE, (route) =>
        route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: COLLEAGUE_PAGE }),
      );

      // Gmail: the sender with title, company and phones from the signature, the cc; not the rep.
      const gmail = await b.context.newPage();
      await gmail.goto(`${GMAIL}#inbox/FMfcgzQZTzvXKpLqWcRmBnDsJhGtVfPq`);
      const popup = await clickToolbarButton(b, gmail);
      await expect.poll(() => names(popup)).toEqual(['Jane Doe', 'Kwame Mensah']);
      const jane = popup.getByTestId('candidate').filter({ hasText: 'Jane Doe' });
      const janeText = (await jane.textContent()) ?? '';
      expect(janeText).toContain('VP of Operations · Acme Robotics Inc.');
      expect(await jane.getByTestId('candidate-phone').allTextContents()).toEqual([
        '+1 (415) 555-0134 (work)',
        '+1 (415) 555-0188 (mobile)',
      ]);
      expect(await jane.getByTestId('candidate-email').allTextContents()).toEqual(['jane.doe@acme-robotics.example']);
      // The rep (riley.rep@…) is in the tab's title and the account menu, never among the people.
      expect((await popup.getByTestId('candidate').allTextContents()).join(' ')).not.toMatch(/riley/i);
      await screenshot(popup, 'inbox-popup-gmail');
      await jane.getByRole('button', { name: 'Capture Jane Doe' }).click();
      await expect.poll(() => popup.getByTestId('capture-status').textContent()).toBe('Saved Jane Doe');

      // Outlook on the web: the same for its reading pane.
      const outlook = await b.context.newPage();
      await outlook.goto(OUTLOOK);
      const popup2 = await clickToolbarButton(b, outlook);
      await expect.poll(() => names(popup2)).toEqual(['Ana Costa', 'Diego Álvarez', 'Helen Park']);
      const ana = popup2.getByTestId('candidate').filter({ hasText: 'Ana Costa' });
      expect(await ana.textContent()).toContain('Director of Finance · Fabrikam, Inc.');
      expect((await popup2.getByTestId('candidate').allTextContents()).join(' ')).not.toMatch(/riley/i);
      await ana.getByRole('button', { name: 'Capture Ana Costa' }).click();
      await expect.poll(() => popup2.getByTestId('capture-status').textContent()).toBe('Saved Ana Costa');

      // A colleague at Jane's company, found without an email: the popup suggests one, as a guess.
      const colleague = await b.context.newPage();
      await colleague.goto(COLLEAGUE);
      const popup3 = await clickToolbarButton(b, colleague);
      await expect.poll(() => names(popup3)).toEqual(['Ken Adams']);
      const guess = popup3.getByTestId('candidate-email-guess');
      await expect
        .poll(() => guess.textContent())
        .toBe(
          'Email (guess): ken.adams@acme-robotics.example likely — based on 1 of 1 person at acme-robotics.example',
        );
      expect(await popup3.getByTestId('candidate-email').count()).toBe(0);
      await screenshot(popup3, 'inbox-popup-email-guess');
      await popup3.getByRole('button', { name: 'Capture Ken Adams' }).click();
      await expect.poll(() => popup3.getByTestId('capture-status').textContent()).toBe('Saved Ken Adams');

      // Saved without an email; the lead detail shows the guess, and the rep accepts it.
      const panel = await openWorkspaceFromPopup(b, popup3);
      await panel.getByTestId('lead').filter({ hasText: 'Ken Adams' }).click();
      await expect.poll(() => panel.getByLabel('Emails', { exact: true }).inputValue()).toBe('');
      await expect
        .poll(() => panel.getByTestId('email-guess-basis').textContent())
        .toBe('likely — based on 1 of 1 person at acme-robotics.example');
      await panel.getByTestId('email-guess-accept').click();
      await expect
        .poll(() => panel.getByLabel('Emails', { exact: true }).inputValue())
        .toBe('ken.adams@acme-robotics.example');
      await expect.poll(() => panel.getByTestId('email-guess').count()).toBe(0);

      // The sender captured from Gmail kept what the signature said.
      await panel.getByRole('button', { name: 'Back to the list' }).click();
      await panel.getByTestId('lead').filter({ hasText: 'Jane Doe' }).click();
      await expect.poll(() => panel.getByLabel('Title', { exact: true }).inputValue()).toBe('VP of Operations');
      expect(await panel.getByLabel('Company', { exact: true }).inputValue()).toBe('Acme Robotics Inc.');
      expect(await panel.getByLabel('Emails', { exact: true }).inputValue()).toBe('jane.doe@acme-robotics.example');
      expect(await panel.getByLabel('Phones', { exact: true }).inputValue()).toBe('+14155550134, +14155550188');
      expect(await panel.locator('a[href*="linkedin.com/in/jane-doe-acme"]').count()).toBe(1);
      await screenshot(panel, 'inbox-saved-sender');
      expect(unexpected).toEqual([]);
    } finally {
      await b.close();
      removeProfile(b.profileDir);
    }
  });

  it('reads an email the browser shows as a text page (a list archive): its writer with the signature', async () => {
    const archive = 'https://lists.fjord-analytics.example/archive/2026/06/000042.txt';
    const mail = readFileSync(join(ROOT_DIR, 'tests/fixtures/mail/list-archive-message.txt'), 'utf8');
    const b = await launchWithExtension();
    try {
      await b.context.route(archive, (route) =>
        route.fulfill({ status: 200, contentType: 'text/plain; charset=utf-8', body: mail }),
      );
      const page = await b.context.newPage();
      await page.goto(archive);
      const popup = await clickToolbarButton(b, page);
      // The writer first; the addresses the text also shows (the To: line) follow as they are.
      await expect.poll(async () => (await names(popup))[0]).toBe('Ola Berg');
      const ola = popup.getByTestId('candidate').filter({ hasText: 'Ola Berg' });
      expect(await ola.textContent()).toContain('Head of Data · Fjord Analytics AS');
      expect(await ola.getByTestId('candidate-email').allTextContents()).toEqual(['ola.berg@fjord-analytics.example']);
      await screenshot(popup, 'inbox-popup-text-page');
    } finally {
      await b.close();
      removeProfile(b.profileDir);
    }
  });
});
