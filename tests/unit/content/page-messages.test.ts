import { describe, expect, it } from 'vitest';
import { startContentRuntime } from '../../../lib/content/content-runtime';
import { request, requestWithReplies } from '../../../lib/messaging/client';
import { createRequestDispatcher } from '../../../lib/messaging/dispatcher';
import { contentRequests, pageReplies } from '../../../lib/messaging/page-messages';
import { backgroundProtocol, type ContentProtocol, contentProtocol } from '../../../lib/messaging/protocol';

// The content script carries only the schemas it parses (page-messages.ts); these tests hold that the
// messages it exchanges are still parsed on both sides.

function contentDispatch() {
  const handlers = startContentRuntime({
    window,
    askBackground: async () => {
      throw new Error('no background in this test');
    },
    autoDetect: false,
  });
  return createRequestDispatcher<ContentProtocol, undefined>(contentRequests, handlers);
}

describe('messages the content script exchanges', () => {
  it('its replies from the background are the background protocol’s own reply schemas', () => {
    for (const [type, reply] of Object.entries(pageReplies)) {
      expect(reply).toBe(backgroundProtocol[type as keyof typeof pageReplies].response);
    }
  });

  it('it accepts exactly the messages the content protocol names, each parsed by the same request schema', () => {
    expect(Object.keys(contentRequests).sort()).toEqual(Object.keys(contentProtocol).sort());
    for (const [type, contract] of Object.entries(contentProtocol)) {
      expect(contract.request).toBe(contentRequests[type as keyof typeof contentRequests]);
    }
  });

  it('refuses a malformed request and shows nothing in the page', async () => {
    const dispatch = contentDispatch();
    const reply = await dispatch({ type: 'page.toast', payload: { message: 'x'.repeat(301) } }, undefined);
    expect(reply).toMatchObject({ ok: false });
    expect(reply.ok ? '' : reply.error).toMatch(/Invalid page\.toast message/);
    expect(document.querySelector('leadclip-ui')).toBeNull();
    expect(await dispatch({ type: 'constructor', payload: {} }, undefined)).toEqual({
      ok: false,
      error: 'Unknown message type: constructor',
    });
  });

  it('answers a scan, and the popup parses that answer: a link a page forged never gets through', async () => {
    const dispatch = contentDispatch();
    const reply = await dispatch({ type: 'page.scan', payload: {} }, undefined);
    expect(reply).toMatchObject({ ok: true, data: { pageUrl: window.location.href } });
    const forged = {
      ok: true,
      data: {
        pageUrl: 'https://acme.example/',
        pageTitle: 'Team',
        candidates: [{ urls: [{ value: 'javascript:alert(1)', confidence: 1, source: 'links' }] }],
      },
    };
    await expect(request(contentProtocol, async () => forged, 'page.scan', {})).rejects.toThrow(/http\(s\)/);
  });

  it('parses the background’s reply against that message’s schema', async () => {
    const ask = (data: unknown) =>
      requestWithReplies<typeof backgroundProtocol, typeof pageReplies, 'page.mainPersonStatus'>(
        pageReplies,
        async () => ({ ok: true, data }),
        'page.mainPersonStatus',
        { scan: { pageUrl: 'https://acme.example/', pageTitle: '', candidates: [] }, index: 0 },
      );
    await expect(ask({ saved: true, leadId: 'L1' })).resolves.toEqual({ saved: true, leadId: 'L1' });
    await expect(ask({ saved: 'yes' })).rejects.toThrow();
  });
});
