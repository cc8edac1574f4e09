import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchWithExtension, screenshot } from './harness';

/**
 * A rep who set sync up before servers had to be https updates the extension. Sync must stop
 * (plain http would carry their token and leads to another computer) and the options page must
 * say why, with their old address in the field to correct, instead of showing blank settings.
 */
describe('sync settings saved by an older version with a plain http server', () => {
  let b: ExtensionBrowser;

  beforeAll(async () => {
    b = await launchWithExtension();
  }, 60_000);

  afterAll(async () => {
    await b?.close();
  });

  it('the options page says sync is off and why, and saving the https address turns it on', async () => {
    const options = await b.context.newPage();
    await options.goto(`chrome-extension://${b.extensionId}/options.html`);
    await options.getByRole('form', { name: 'Sync' }).waitFor();
    // The settings row as the older version stored it, written into the extension's own IndexedDB.
    await options.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('leadclip');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction('meta', 'readwrite');
            tx.objectStore('meta').put({
              key: 'settings',
              value: { sync: { enabled: true, serverUrl: 'http://sync.acme.example:8787', token: 'lcs_old' } },
            });
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
    );
    await options.reload();
    const form = options.getByRole('form', { name: 'Sync' });
    const alert = form.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/Sync is off.*http:\/\/sync\.acme\.example:8787.*https:\/\//s);
    expect(await form.getByLabel('Server URL').inputValue()).toBe('http://sync.acme.example:8787');
    expect(await form.getByLabel('API token').inputValue()).toBe('lcs_old');
    expect(await form.getByLabel('Sync is on').isChecked()).toBe(false);
    await screenshot(options, 'sync-settings-refused-http');

    await form.getByLabel('Server URL').fill('https://sync.acme.example');
    await form.getByLabel('Sync is on').check();
    await form.getByRole('button', { name: 'Save' }).click();
    await form.getByText('Saved. Sync is on.').waitFor();
    await options.reload();
    await options.getByRole('form', { name: 'Sync' }).waitFor();
    expect(await options.getByRole('form', { name: 'Sync' }).getByRole('alert').count()).toBe(0);
    expect(await options.getByLabel('Server URL').inputValue()).toBe('https://sync.acme.example');
    expect(await options.getByLabel('Sync is on').isChecked()).toBe(true);
    await options.close();
  });
});
