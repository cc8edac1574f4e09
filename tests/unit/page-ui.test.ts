import { afterEach, describe, expect, it, vi } from 'vitest';
import { createPageUi } from '../../lib/content/page-ui';

afterEach(() => {
  vi.restoreAllMocks();
  document.querySelector('leadclip-ui')?.remove();
});

describe('the in-page capture button, as page script sees it', () => {
  it('lives in a closed shadow root: the page finds the host but nothing inside it', () => {
    createPageUi(document).showCaptureButton('Ada Example', {
      capture: async () => 'lead-1',
      open: async () => undefined,
    });
    const host = document.querySelector('leadclip-ui');
    expect(host).not.toBeNull();
    expect(host?.shadowRoot).toBeNull();
    expect(host?.textContent).toBe('');
    expect(document.querySelector('button')).toBeNull();
  });

  it('ignores a script’s synthetic click, even on the button itself', async () => {
    // Test-only access to the closed root: what a hostile page cannot get, to prove the second guard.
    const attach = vi.spyOn(HTMLElement.prototype, 'attachShadow');
    const onCapture = vi.fn(async () => 'lead-1');
    createPageUi(document).showCaptureButton('Ada Example', { capture: onCapture, open: async () => undefined });
    const root = attach.mock.results[0]?.value as ShadowRoot;
    const button = root.querySelector('button');
    expect(button?.textContent).toBe('Save Ada Example to LeadClip');
    button?.click();
    button?.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    document.querySelector('leadclip-ui')?.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await Promise.resolve();
    expect(onCapture).not.toHaveBeenCalled();
    expect(button?.textContent).toBe('Save Ada Example to LeadClip');
  });

  it('says a saved person is saved, and a script cannot make it open the lead', async () => {
    const attach = vi.spyOn(HTMLElement.prototype, 'attachShadow');
    const onOpen = vi.fn(async () => undefined);
    createPageUi(document).showCaptureButton('Ada Example', {
      savedLeadId: 'lead-7',
      capture: async () => 'lead-7',
      open: onOpen,
    });
    const root = attach.mock.results[0]?.value as ShadowRoot | undefined;
    const button = root?.querySelector('button');
    expect(button?.textContent).toBe('✓ Ada Example saved · open');
    button?.click();
    await Promise.resolve();
    expect(onOpen).not.toHaveBeenCalled();
  });
});
