import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  clickToolbarButton,
  fixturePage,
  inPageButton,
  openWorkspaceFromPopup,
  registeredContentScripts,
  screenshot,
  serveAtRealAddress,
  withBrowser,
} from './harness';

/**
 * The page is hostile: its script must not learn what LeadClip knows (saved or not, errors) nor press
 * LeadClip's button, and its own claim about where it lives must not make it someone's profile.
 * Pages are served at real addresses by request interception, as the web would serve them.
 */

const MARIA_PAGE = 'https://people.example/speakers/maria-van-der-berg';

/** What the page's own script can find out about LeadClip's button. */
async function whatPageScriptSees(page: Page) {
  return page.evaluate(() => {
    const host = document.querySelector('leadclip-ui');
    return {
      hostFound: host !== null,
      shadowRoot: host?.shadowRoot === null ? 'null' : 'readable',
      text: host?.textContent ?? '',
      // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what a closed root must hide too
      innerText: host instanceof HTMLElement ? host.innerText : '',
      html: host?.innerHTML ?? '',
      buttons: document.querySelectorAll('button').length,
    };
  });
}

/**
 * The box of LeadClip's UI as a page script can map it: where `elementFromPoint` answers with the
 * host, swept along the bottom row of the viewport's right side and up from it. A box that grew or
 * shrank when the person was saved would tell the page what the rep keeps.
 */
async function footprintSeenByPage(page: Page) {
  return page.evaluate(() => {
    const host = document.querySelector('leadclip-ui');
    const hits = (x: number, y: number) => host !== null && document.elementFromPoint(x, y) === host;
    const w = window.innerWidth;
    const h = window.innerHeight;
    // The row: the first height from the bottom where the host shows, a little to the left of the edge.
    let row = -1;
    for (let y = h - 1; y > h - 120 && row < 0; y--) {
      for (let x = w - 1; x > w - 120; x -= 4) {
        if (hits(x, y)) {
          row = y;
          break;
        }
      }
    }
    if (row < 0) return undefined;
    const xs: number[] = [];
    for (let x = 0; x < w; x++) if (hits(x, row - 8)) xs.push(x);
    const mid = xs.length > 0 ? Math.round(((xs[0] ?? 0) + (xs.at(-1) ?? 0)) / 2) : w - 40;
    let top = row;
    while (top > 0 && hits(mid, top - 1)) top--;
    return { left: xs[0], right: xs.at(-1), top, bottom: row };
  });
}

/** Everything a script can do to press a button it cannot see. */
async function pageScriptTriesToClick(page: Page, at: { x: number; y: number } | undefined) {
  await page.evaluate((point) => {
    const host = document.querySelector('leadclip-ui');
    if (host instanceof HTMLElement) {
      host.click();
      host.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      host.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    }
    const hit = point ? document.elementFromPoint(point.x, point.y) : null;
    if (hit instanceof HTMLElement) {
      hit.click();
      hit.dispatchEvent(
        new MouseEvent('click', { bubbles: true, composed: true, clientX: point?.x, clientY: point?.y }),
      );
    }
  }, at);
}

describe('a hostile page', () => {
  it('cannot read the in-page button, nor press it; the rep’s real click still saves', async () => {
    await withBrowser({ grantedHosts: ['https://people.example/*'] }, async (b) => {
      await serveAtRealAddress(b.context, { [MARIA_PAGE]: fixturePage('capture/profile-maria.html') });
      await expect.poll(() => registeredContentScripts(b)).toBe(1);
      const page = await b.context.newPage();
      await page.goto(MARIA_PAGE);
      const button = inPageButton(page);
      await expect.poll(() => button.text()).toBe('Save Maria van der Berg to LeadClip');

      const seen = await whatPageScriptSees(page);
      expect(seen).toEqual({ hostFound: true, shadowRoot: 'null', text: '', innerText: '', html: '', buttons: 0 });
      const box = await footprintSeenByPage(page);
      expect(box?.right).toBeGreaterThan(box?.left ?? Number.POSITIVE_INFINITY);

      const viewport = page.viewportSize() ?? { width: 1200, height: 800 };
      // The button sits at the bottom right; the page aims there, as a clickjacking script would.
      await pageScriptTriesToClick(page, { x: viewport.width - 40, y: viewport.height - 30 });
      await page.waitForTimeout(800);
      expect(await button.text()).toBe('Save Maria van der Berg to LeadClip');
      const popup = await clickToolbarButton(b, page);
      await expect.poll(() => popup.getByTestId('candidate-outcome').allTextContents()).toEqual(['New']);
      await popup.close();

      await button.click();
      await expect.poll(() => button.text()).toBe('✓ Maria van der Berg saved · open');
      // Saved, and still nothing for the page to read: not the text, nor the button's size.
      expect(await whatPageScriptSees(page)).toEqual(seen);
      expect(await footprintSeenByPage(page)).toEqual(box);
      await screenshot(page, 'hostile-page-button-saved');
    });
  });

  it('claiming to be a LinkedIn profile (rel=canonical, og:url) from another host neither reads as that profile nor merges into its lead', async () => {
    await withBrowser({}, async (b) => {
      const real = 'https://www.linkedin.com/in/teodora-halvard-demo';
      const mirror = 'https://profiles-mirror.example/in/teodora-halvard-demo';
      // The same LinkedIn layout and the same claimed address (rel=canonical, og:url), another person on it.
      // Its JSON-LD goes: a Person's own `url` is a statement about that person, not about the page's address.
      const forged = readFileSync(fixturePage('linkedin-profile-public.html'), 'utf8')
        .replace(/<script type="application\/ld\+json">[\s\S]*?<\/script>/g, '')
        .replaceAll('Teodora Halvard', 'Mallory Example');
      await serveAtRealAddress(b.context, { [real]: fixturePage('linkedin-profile-public.html') });
      await b.context.route(mirror, (route) =>
        route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: forged }),
      );

      const profile = await b.context.newPage();
      await profile.goto(real);
      const popup = await clickToolbarButton(b, profile);
      await expect.poll(() => popup.getByTestId('candidate-name').allTextContents()).toEqual(['Teodora Halvard']);
      await popup.getByRole('button', { name: 'Capture Teodora Halvard' }).click();
      await expect.poll(() => popup.getByTestId('capture-status').textContent()).toBe('Saved Teodora Halvard');

      const fake = await b.context.newPage();
      await fake.goto(mirror);
      const popup2 = await clickToolbarButton(b, fake);
      await popup2.getByText('Looking for people on this page…').waitFor({ state: 'hidden' });
      // Whatever the generic reader finds there, none of it is Teodora's saved lead.
      const outcomes = await popup2.getByTestId('candidate-outcome').allTextContents();
      for (const outcome of outcomes) expect(outcome).toBe('New');
      expect(await popup2.getByTestId('candidate-name').allTextContents()).not.toContain('Teodora Halvard');
      await screenshot(popup2, 'hostile-page-forged-profile-popup');
      if (outcomes.length > 0) {
        await popup2.getByRole('button', { name: /Capture all/ }).click();
        await expect.poll(() => popup2.getByTestId('capture-status').textContent()).toMatch(/^Saved/);
      }
      const panel = await openWorkspaceFromPopup(b, popup2);
      await expect.poll(() => panel.getByTestId('lead-name').allTextContents()).toContain('Teodora Halvard');
      const teodora = panel.getByTestId('lead').filter({ hasText: 'Teodora Halvard' });
      await teodora.click();
      await expect.poll(() => panel.getByLabel('Name', { exact: true }).inputValue()).toBe('Teodora Halvard');
    });
  });

  it('never stores nor shows a javascript:, data: or vbscript: address as a link: only the web links reach the lead', async () => {
    const page = 'https://speakers.example/idris-okonkwo';
    await withBrowser({}, async (b) => {
      await serveAtRealAddress(b.context, { [page]: fixturePage('capture/profile-hostile-links.html') });
      const tab = await b.context.newPage();
      await tab.goto(page);
      const popup = await clickToolbarButton(b, tab);
      await expect.poll(() => popup.getByTestId('candidate-name').allTextContents()).toEqual(['Idris Okonkwo']);
      await popup.getByRole('button', { name: 'Capture Idris Okonkwo' }).click();
      await expect.poll(() => popup.getByTestId('capture-status').textContent()).toBe('Saved Idris Okonkwo');
      const panel = await openWorkspaceFromPopup(b, popup);
      await panel.getByTestId('lead').filter({ hasText: 'Idris Okonkwo' }).click();
      await expect.poll(() => panel.getByLabel('Name', { exact: true }).inputValue()).toBe('Idris Okonkwo');
      const hrefs = await panel.locator('a[href]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      expect(hrefs).toContainEqual(expect.stringMatching(/^https:\/\/www\.linkedin\.com\/in\/idris-okonkwo-demo\/?$/));
      for (const href of hrefs) expect(href).toMatch(/^(https?:|#|\/|[a-z-]+\.html)/);
      const shown = await panel.locator('body').textContent();
      expect(shown).not.toMatch(/javascript:|vbscript:|data:text/i);
      await screenshot(panel, 'hostile-page-links-lead');
    });
  });
});
