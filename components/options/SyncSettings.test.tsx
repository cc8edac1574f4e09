import { describe, expect, it, vi } from 'vitest';
import { SettingsSchema } from '../../lib/model/settings';
import { syncServerUrlProblem } from '../../lib/model/sync';
import { mount } from '../../tests/unit/component-harness';
import { SyncSettings, type SyncSettingsValue } from './SyncSettings';

const off: SyncSettingsValue = { enabled: false, serverUrl: '', token: '' };

describe('sync server URL', () => {
  it.each([
    'https://sync.example.com',
    'https://sync.example.com:8443/base',
    'http://localhost:8787',
    'http://127.0.0.1:8787',
  ])('accepts %s', (url) => {
    expect(syncServerUrlProblem(url)).toBeUndefined();
    expect(SettingsSchema.safeParse({ sync: { enabled: true, serverUrl: url, token: 't' } }).success).toBe(true);
  });

  it.each([
    ['plain http to another computer', 'http://sync.example.com', /https:\/\/.*localhost or 127\.0\.0\.1/],
    ['plain http to a LAN address', 'http://192.168.1.20:8787', /https:\/\//],
    ['a host that only starts like localhost', 'http://localhost.evil.example', /https:\/\//],
    ['another scheme', 'ftp://sync.example.com', /https:\/\//],
    ['not a URL', 'sync.example.com', /not a web address/],
  ])('refuses %s with a clear message, and settings refuse to store it', (_case, url, message) => {
    expect(syncServerUrlProblem(url)).toMatch(message);
    const parsed = SettingsSchema.safeParse({ sync: { enabled: true, serverUrl: url, token: 't' } });
    expect(parsed.success).toBe(false);
  });
});

describe('SyncSettings', () => {
  it('refuses an http URL to another computer: nothing is saved or sent', async () => {
    const onSave = vi.fn(async () => undefined);
    const onTest = vi.fn(async () => ({ ok: true, message: 'Connected.' }));
    const ui = await mount(<SyncSettings value={off} onSave={onSave} onTest={onTest} />);
    await ui.type(ui.byLabel('Server URL'), 'http://sync.example.com');
    await ui.type(ui.byLabel('API token'), 'lcs_abc');
    await ui.click(ui.button('Test connection'));
    expect(onTest).not.toHaveBeenCalled();
    expect(ui.root.querySelector('[role="status"].error')?.textContent).toContain('must start with https://');
    await ui.click(ui.button('Save'));
    expect(onSave).not.toHaveBeenCalled();
    expect(ui.root.querySelector('[role="alert"]')?.textContent).toContain('must start with https://');
    await ui.unmount();
  });

  it('tests the connection and saves a valid https server', async () => {
    const onSave = vi.fn(async (_v: SyncSettingsValue) => undefined);
    const onTest = vi.fn(async () => ({ ok: true, message: 'Connected to team acme as rep@acme.test.' }));
    const ui = await mount(<SyncSettings value={off} onSave={onSave} onTest={onTest} />);
    await ui.type(ui.byLabel('Server URL'), ' https://sync.example.com ');
    await ui.type(ui.byLabel('API token'), 'lcs_abc');
    await ui.click(ui.button('Test connection'));
    expect(onTest).toHaveBeenCalledWith('https://sync.example.com', 'lcs_abc');
    expect(ui.text()).toContain('✓ Connected to team acme as rep@acme.test.');
    await ui.click(ui.root.querySelector('input[type="checkbox"]') as HTMLInputElement);
    await ui.click(ui.button('Save'));
    expect(onSave).toHaveBeenCalledWith({ enabled: true, serverUrl: 'https://sync.example.com', token: 'lcs_abc' });
    expect(ui.text()).toContain('Saved. Sync is on.');
    await ui.unmount();
  });

  it('will not turn sync on without a token', async () => {
    const onSave = vi.fn(async () => undefined);
    const ui = await mount(<SyncSettings value={off} onSave={onSave} onTest={vi.fn()} />);
    await ui.type(ui.byLabel('Server URL'), 'https://sync.example.com');
    await ui.click(ui.root.querySelector('input[type="checkbox"]') as HTMLInputElement);
    await ui.click(ui.button('Save'));
    expect(onSave).not.toHaveBeenCalled();
    expect(ui.text()).toContain('Enter the server URL and your API token');
    await ui.unmount();
  });
});

describe('SyncSettings after an update refused the saved server', () => {
  const refused: SyncSettingsValue = {
    enabled: false,
    serverUrl: '',
    token: 'lcs_old',
    refusedServerUrl: 'http://sync.acme.example:8787',
  };

  it('says why sync is off, shows the old address, and saves the corrected https one', async () => {
    const onSave = vi.fn(async (_v: SyncSettingsValue) => undefined);
    const ui = await mount(<SyncSettings value={refused} onSave={onSave} onTest={vi.fn()} />);
    const alert = ui.root.querySelector('[role="alert"]')?.textContent ?? '';
    expect(alert).toContain('Sync is off');
    expect(alert).toContain('http://sync.acme.example:8787');
    expect(alert).toContain('must start with https://');
    expect((ui.byLabel('Server URL') as HTMLInputElement).value).toBe('http://sync.acme.example:8787');
    expect((ui.byLabel('API token') as HTMLInputElement).value).toBe('lcs_old');
    // Saved as it is, the old address is refused again: nothing is saved.
    await ui.click(ui.root.querySelector('input[type="checkbox"]') as HTMLInputElement);
    await ui.click(ui.button('Save'));
    expect(onSave).not.toHaveBeenCalled();
    const field = ui.byLabel('Server URL') as HTMLInputElement;
    field.value = '';
    await ui.type(field, 'https://sync.acme.example');
    await ui.click(ui.button('Save'));
    expect(onSave).toHaveBeenCalledWith({ enabled: true, serverUrl: 'https://sync.acme.example', token: 'lcs_old' });
    await ui.unmount();
  });
});
