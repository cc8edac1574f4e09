import { mkdtempSync, rmSync } from 'node:fs';
import { type AddressInfo, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../../server/migrations';
import { openPglite } from '../../server/sql';
import { SyncStore } from '../../server/store';
import { type Child, spawnServer } from '../unit/server/spawn-server';
import {
  captureDemoTeamIntoWorkspace,
  type ExtensionBrowser,
  type FixtureServer,
  launchWithExtension,
  screenshot,
  serveFixtures,
} from './harness';

/** A team and a token, written into the PGlite folder before the server opens it (one process per folder). */
async function seedStore(dir: string): Promise<{ token: string }> {
  const db = await openPglite(dir);
  await migrate(db);
  const store = new SyncStore(db);
  const team = await store.createTeam('acme');
  await store.createUser(team.id, 'rep@acme.test');
  const { token } = await store.createToken('rep@acme.test');
  await db.close();
  return { token };
}

/** A port free right now: the server restarts on it, so both browsers keep the URL they were given. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

async function stop(server: Child, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  server.proc.kill(signal);
  if (server.proc.exitCode === null && server.proc.signalCode === null) {
    await new Promise((resolve) => server.proc.once('exit', resolve));
  }
}

async function openOptions(b: ExtensionBrowser): Promise<Page> {
  const page = await b.context.newPage();
  await page.goto(`chrome-extension://${b.extensionId}/options.html`);
  await page.getByRole('form', { name: 'Sync' }).waitFor();
  return page;
}

/** What the rep types in the options page's sync form. */
async function fillSync(options: Page, serverUrl: string, token: string): Promise<void> {
  const form = options.getByRole('form', { name: 'Sync' });
  await form.getByLabel('Server URL').fill(serverUrl);
  await form.getByLabel('API token').fill(token);
}

async function testConnectionSays(options: Page): Promise<string> {
  const form = options.getByRole('form', { name: 'Sync' });
  await form.getByRole('button', { name: 'Test connection' }).click();
  const result = form.locator('p.ok, p.error').first();
  await result.waitFor();
  return (await result.textContent()) ?? '';
}

async function turnSyncOn(b: ExtensionBrowser, serverUrl: string, token: string): Promise<void> {
  const options = await openOptions(b);
  await fillSync(options, serverUrl, token);
  const form = options.getByRole('form', { name: 'Sync' });
  await form.getByLabel('Sync is on').check();
  await form.getByRole('button', { name: 'Save' }).click();
  await form.getByText('Saved. Sync is on.').waitFor();
  await options.close();
}

async function openSidePanel(b: ExtensionBrowser): Promise<Page> {
  const panel = await b.context.newPage();
  await panel.goto(`chrome-extension://${b.extensionId}/sidepanel.html`);
  return panel;
}

async function openLead(panel: Page, name: string): Promise<void> {
  await panel.getByTestId('lead').filter({ hasText: name }).click();
  await expect.poll(() => panel.getByTestId('detail-name').textContent()).toBe(name);
}

async function backToList(panel: Page): Promise<void> {
  if (await panel.getByRole('button', { name: 'Back to the list' }).isVisible()) {
    await panel.getByRole('button', { name: 'Back to the list' }).click();
  }
}

async function editTitle(panel: Page, title: string): Promise<void> {
  const field = panel.getByLabel('Title', { exact: true });
  await field.fill(title);
  await field.press('Enter');
  await expect.poll(() => field.inputValue()).toBe(title);
}

async function syncNow(panel: Page): Promise<void> {
  await panel.getByRole('button', { name: 'Sync now' }).click();
}

/**
 * Two Chromium profiles with the built extension and `npm run server` on PGlite: what one rep
 * captures reaches the other, and the settings page says clearly what is wrong when it is.
 */
describe('sync between two browsers through the real server', () => {
  let dataDir: string;
  let server: Child;
  let token: string;
  let port: number;
  let panelA: Page;
  let panelB: Page;
  const start = async () => {
    server = await spawnServer({ LEADCLIP_DATA_DIR: dataDir, PORT: String(port) });
  };
  let site: FixtureServer;
  let a: ExtensionBrowser;
  let b: ExtensionBrowser;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'leadclip-e2e-sync-'));
    ({ token } = await seedStore(dataDir));
    port = await freePort();
    await start();
    site = await serveFixtures();
    a = await launchWithExtension();
    b = await launchWithExtension();
  }, 120_000);

  afterAll(async () => {
    await a?.close();
    await b?.close();
    await site?.close();
    if (server) await stop(server);
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('says clearly what is wrong: a wrong token, a wrong URL, a server that is down; and Test connection works', async () => {
    const options = await openOptions(a);
    await fillSync(options, server.url, 'lcs_wrong-token-that-the-server-never-issued');
    expect(await testConnectionSays(options)).toMatch(/does not accept this token/);
    await fillSync(options, 'http://sync.example.com', token);
    expect(await testConnectionSays(options)).toMatch(/must start with https:\/\//);
    // A port nothing listens on: the server is down.
    await fillSync(options, 'http://127.0.0.1:9', token);
    expect(await testConnectionSays(options)).toMatch(/Cannot reach the sync server/);
    await fillSync(options, server.url, token);
    expect(await testConnectionSays(options)).toMatch(/Connected to team acme as rep@acme\.test/);
    await screenshot(options, 'sync-settings-connected');
    await options.close();
  });

  it('captures in A, Sync now, and the leads are in B’s side panel', async () => {
    await turnSyncOn(a, server.url, token);
    await turnSyncOn(b, server.url, token);
    panelA = await captureDemoTeamIntoWorkspace(a, site);
    await syncNow(panelA);
    await panelA.getByText('nothing pending').waitFor({ timeout: 30_000 });
    panelB = await openSidePanel(b);
    await syncNow(panelB);
    await panelB.getByTestId('lead-count').filter({ hasText: /^4$/ }).waitFor({ timeout: 30_000 });
    await expect.poll(() => panelB.getByTestId('lead').filter({ hasText: 'Priya Raman' }).count()).toBe(1);
    await screenshot(panelB, 'sync-b-has-a-leads');
  });

  it('edits the same field in both while the server is down: both show the last writer, the loser is in history', async () => {
    await stop(server);
    await openLead(panelA, 'Jonas Okafor');
    await editTitle(panelA, 'Title written first, in A');
    // The later write, by wall clock and so by hybrid clock.
    await new Promise((r) => setTimeout(r, 50));
    await openLead(panelB, 'Jonas Okafor');
    await editTitle(panelB, 'Title written last, in B');
    await syncNow(panelA);
    await panelA.getByText(/Cannot reach the sync server/).waitFor({ timeout: 30_000 });
    await start();
    for (const panel of [panelB, panelA, panelB]) {
      await syncNow(panel);
      await panel.getByText('nothing pending').waitFor({ timeout: 30_000 });
    }
    for (const panel of [panelA, panelB]) {
      await expect
        .poll(() => panel.getByLabel('Title', { exact: true }).inputValue(), { timeout: 30_000 })
        .toBe('Title written last, in B');
    }
  });

  it('forgets a person in A, and the person is gone in B', async () => {
    await backToList(panelA);
    await openLead(panelA, 'Priya Raman');
    await panelA.getByTestId('privacy-section').getByRole('button', { name: 'Forget…' }).click();
    await panelA.getByTestId('forget-confirm').getByRole('button', { name: 'Forget permanently' }).click();
    await panelA.getByTestId('forget-summary').waitFor();
    await syncNow(panelA);
    await panelA.getByText('nothing pending').waitFor({ timeout: 30_000 });
    await backToList(panelB);
    await syncNow(panelB);
    await expect
      .poll(() => panelB.getByTestId('lead').filter({ hasText: 'Priya Raman' }).count(), { timeout: 30_000 })
      .toBe(0);
    await expect.poll(() => panelB.getByTestId('lead-count').textContent()).toBe('3');
  });

  it('loses nothing when the server is killed during a sync and started again', async () => {
    await backToList(panelA);
    await openLead(panelA, 'Jonas Okafor');
    await editTitle(panelA, 'Edited as the server died');
    await syncNow(panelA);
    await stop(server, 'SIGKILL');
    await start();
    for (const panel of [panelA, panelB, panelA]) {
      await syncNow(panel);
      await panel.getByText('nothing pending').waitFor({ timeout: 30_000 });
    }
    await backToList(panelB);
    await openLead(panelB, 'Jonas Okafor');
    await expect
      .poll(() => panelB.getByLabel('Title', { exact: true }).inputValue(), { timeout: 30_000 })
      .toBe('Edited as the server died');
    await screenshot(panelB, 'sync-b-after-server-restart');

    // The server's history holds the value that lost the offline conflict (read once the server is stopped:
    // a PGlite folder belongs to one process).
    await stop(server);
    const db = await openPglite(dataDir);
    const store = new SyncStore(db);
    const [team] = await db.query<{ id: string }>("SELECT id FROM teams WHERE name = 'acme'");
    const history = await store.history(team?.id ?? '', 'leads');
    await db.close();
    expect(history.map((h) => h.value)).toContain('Title written first, in A');
    await start();
  });
});
