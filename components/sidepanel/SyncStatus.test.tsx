import { describe, expect, it, vi } from 'vitest';
import { mount } from '../../tests/unit/component-harness';
import { SyncStatus } from './SyncStatus';

const t0 = Date.UTC(2026, 11, 6, 12);

describe('SyncStatus', () => {
  it("shows set-aside changes and their reason in the side panel's sync status", async () => {
    const ui = await mount(
      <SyncStatus
        status={{ enabled: true, pending: 0, quarantined: 2, quarantineError: 'title: Too long for this server' }}
        now={t0}
      />,
    );
    expect(ui.root.querySelector('[role="alert"]')?.textContent).toContain(
      '2 changes set aside: title: Too long for this server',
    );
    await ui.unmount();
    const clean = await mount(<SyncStatus status={{ enabled: true, pending: 0, quarantined: 0 }} now={t0} />);
    expect(clean.text()).not.toContain('set aside');
    await clean.unmount();
  });

  it('says what is pending and offers Sync now', async () => {
    const onSyncNow = vi.fn();
    const ui = await mount(
      <SyncStatus
        status={{ enabled: true, pending: 3, lastSyncAt: t0 - 5 * 60_000, quarantined: 0 }}
        now={t0}
        onSyncNow={onSyncNow}
      />,
    );
    expect(ui.text()).toContain('Last sync: 5 min ago');
    expect(ui.text()).toContain('3 changes pending');
    await ui.click(ui.button('Sync now'));
    expect(onSyncNow).toHaveBeenCalledTimes(1);
    await ui.unmount();
  });

  it('shows nothing while sync is off', async () => {
    const ui = await mount(<SyncStatus status={{ enabled: false, pending: 0, quarantined: 0 }} now={t0} />);
    expect(ui.text()).toBe('');
    await ui.unmount();
  });
});
