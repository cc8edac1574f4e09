import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FixtureServer, serveFixtures } from '../e2e/harness';
import { type FirefoxBrowser, launchFirefox, newFirefoxProfile, Rep, removeFirefoxProfile, type Tab } from './firefox';

// One Firefox profile for the whole file: the captures of the first tests are what the sidebar
// and the restart test must show. See `Rep` in ./firefox.ts for what stands in for the toolbar
// button, the popup panel and the sidebar, which BiDi cannot reach.

describe('LeadClip in Firefox ESR (WebDriver BiDi, temporary add-on)', () => {
  let site: FixtureServer;
  let firefox: FirefoxBrowser | undefined;
  let rep: Rep;
  const profile = newFirefoxProfile();

  const outcomes = (popup: Tab) => popup.texts('candidate-outcome');

  async function start(): Promise<void> {
    firefox = await launchFirefox(profile);
    rep = await Rep.in(firefox);
    // The temporary add-on is installed afresh on every start, without its optional grants.
    await rep.allowSite(site.url('/'));
  }

  async function open(path: string): Promise<Tab> {
    if (!firefox) throw new Error('Firefox is not running');
    return firefox.newTab(site.url(path));
  }

  beforeAll(async () => {
    site = await serveFixtures();
    await start();
  });
  afterAll(async () => {
    await firefox?.close();
    await site?.close();
    removeFirefoxProfile(profile);
  });

  it('captures one person from a profile page', async () => {
    const page = await open('capture/profile-maria.html');
    const popup = await rep.openPopup(page);
    await expect.poll(() => popup.texts('candidate-name')).toEqual(['Maria van der Berg']);
    expect(await popup.text('candidate')).toContain('VP of Sales · Northwind Analytics');
    expect(await popup.texts('candidate-email')).toEqual(['maria.vanderberg@northwind-analytics.example']);
    expect(await outcomes(popup)).toEqual(['New']);

    await popup.clickButton('Capture Maria van der Berg');
    await expect.poll(() => popup.text('capture-status')).toBe('Saved Maria van der Berg');
    await expect.poll(() => outcomes(popup)).toEqual(['Already saved']);
  });

  it('captures all 30 people of a speaker list in one click', async () => {
    const page = await open('capture/speakers.html');
    const popup = await rep.openPopup(page);
    await expect.poll(() => popup.text('found-count')).toContain('30 people');
    await popup.clickButton('Capture all (30)');
    await expect.poll(() => popup.text('capture-status')).toBe('Saved 30 leads');
    await expect.poll(async () => (await outcomes(popup)).filter((o) => o === 'Already saved').length).toBe(30);
  });

  it('shows the captured leads in the sidebar workspace', async () => {
    const sidebar = await rep.openSidebar();
    await expect.poll(() => sidebar.text('lead-count')).toBe('31');
    // The list is virtualised: the rep searches for the one captured first.
    await sidebar.type('Search leads', 'Maria');
    await expect.poll(() => sidebar.texts('lead-name')).toEqual(['Maria van der Berg']);
    expect(await sidebar.texts('lead-email')).toEqual(['maria.vanderberg@northwind-analytics.example']);
  });

  it("turns the site's access off and on again from the popup's auto-detect switch", async () => {
    const page = await open('capture/profile-maria.html');
    const popup = await rep.openPopup(page);
    // The switch is clicked once the scan has drawn its list above it: a list drawn after the click
    // was aimed moves the switch from under it, and the click lands elsewhere.
    await expect.poll(() => popup.texts('candidate-name')).toEqual(['Maria van der Berg']);
    await expect.poll(() => popup.isChecked('auto-detect')).toBe(true);
    await popup.clickTestId('auto-detect');
    await expect.poll(() => popup.isChecked('auto-detect')).toBe(false);

    // Without the grant (and without a toolbar click's activeTab) Firefox hides the tab from LeadClip.
    const blocked = await rep.openPopup(page);
    await expect.poll(() => blocked.bodyText()).toContain('LeadClip reads web pages only');
    await blocked.close();

    await popup.clickTestId('auto-detect');
    await expect.poll(() => popup.isChecked('auto-detect')).toBe(true);

    // The grant covers the page although the site runs on a port (a pattern with the port would
    // be "granted" by Firefox and then match nothing).
    const again = await rep.openPopup(page);
    await expect.poll(() => again.texts('candidate-name')).toEqual(['Maria van der Berg']);
    expect(await again.isChecked('auto-detect')).toBe(true);
  });

  it('still has them after Firefox restarts on the same profile (IndexedDB persisted)', async () => {
    await firefox?.close();
    firefox = undefined;
    await start();

    const sidebar = await rep.openSidebar();
    await expect.poll(() => sidebar.text('lead-count')).toBe('31');
    await sidebar.type('Search leads', 'Ada Castillo');
    await expect.poll(() => sidebar.texts('lead-name')).toEqual(['Ada Castillo']);

    const popup = await rep.openPopup(await open('capture/profile-maria.html'));
    await expect.poll(() => outcomes(popup)).toEqual(['Already saved']);
  });
});
