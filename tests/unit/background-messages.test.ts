import { describe, expect, it } from 'vitest';
import { backgroundHandlers } from '../../lib/background/handlers';
import { LeadRepository } from '../../lib/db/lead-repository';
import { SettingsRepository } from '../../lib/db/settings-repository';
import { createDispatcher } from '../../lib/messaging/dispatcher';
import { backgroundProtocol } from '../../lib/messaging/protocol';
import { fixedClock, freshDb } from './helpers';

function setup() {
  const db = freshDb();
  const badges: [number, number][] = [];
  const dispatch = createDispatcher(
    backgroundProtocol,
    backgroundHandlers({
      leads: new LeadRepository(db, fixedClock()),
      settings: new SettingsRepository(db),
      setBadgeCount: async (tabId, count) => {
        badges.push([tabId, count]);
      },
      setBadgeSaved: async () => undefined,
      openSidePanelAt: async () => undefined,
    }),
  );
  return { db, dispatch, badges };
}

const goodScan = {
  pageUrl: 'https://acme.example/team',
  pageTitle: 'Team',
  candidates: [
    { fullName: { value: 'Ada Lovelace', confidence: 0.9, source: 'jsonld' }, emails: [], sources: ['jsonld'] },
  ],
};

describe('background messages', () => {
  it('saves a capture and remembers the source and tags chosen', async () => {
    const { db, dispatch } = setup();
    const reply = await dispatch(
      { type: 'capture.save', payload: { scan: goodScan, indexes: [0], choices: { source: 'seminar', tags: ['Q4'] } } },
      {},
    );
    expect(reply).toMatchObject({ ok: true, data: [{ fullName: 'Ada Lovelace', outcome: 'new' }] });
    expect(await db.leads.count()).toBe(1);
    expect(await new SettingsRepository(db).get()).toMatchObject({ lastSource: 'seminar', lastTags: ['q4'] });
  });

  it('applies the remembered source and tags when a capture comes without choices (in-page button)', async () => {
    const { db, dispatch } = setup();
    await new SettingsRepository(db).update({ lastSource: 'trade-show', lastTags: ['booth-12'] });
    const reply = await dispatch({ type: 'capture.save', payload: { scan: goodScan, indexes: [0] } }, { tabId: 1 });
    expect(reply.ok).toBe(true);
    expect(await db.leads.toArray()).toMatchObject([{ source: 'trade-show', tags: ['booth-12'] }]);
  });

  it("shows the number of people a tab reported on that tab's badge", async () => {
    const { dispatch, badges } = setup();
    expect(await dispatch({ type: 'page.detected', payload: { count: 31 } }, { tabId: 7 })).toEqual({
      ok: true,
      data: {},
    });
    expect(badges).toEqual([[7, 31]]);
  });

  it.each([
    ['not an object', 'hello', 'Not a LeadClip message'],
    ['an unknown type', { type: 'lead.dropTable', payload: {} }, 'Unknown message type: lead.dropTable'],
    ['a prototype key as type', { type: 'toString', payload: {} }, 'Unknown message type: toString'],
    [
      'a bad lead source',
      { type: 'capture.save', payload: { scan: goodScan, indexes: [0], choices: { source: 'hacker', tags: [] } } },
      'Invalid capture.save message: choices.source',
    ],
    [
      'no people chosen',
      { type: 'capture.save', payload: { scan: goodScan, indexes: [], choices: { source: 'web', tags: [] } } },
      'Invalid capture.save message: indexes',
    ],
    [
      'a confidence out of range',
      {
        type: 'capture.save',
        payload: {
          scan: { ...goodScan, candidates: [{ fullName: { value: 'X Y', confidence: 7, source: 's' } }] },
          indexes: [0],
          choices: { source: 'web', tags: [] },
        },
      },
      'Invalid capture.save message: scan.candidates.0.fullName.confidence',
    ],
  ])('rejects %s with an error and writes nothing', async (_case, message, error) => {
    const { db, dispatch, badges } = setup();
    const reply = await dispatch(message, { tabId: 4 });
    expect(reply.ok).toBe(false);
    expect(reply.ok ? '' : reply.error).toContain(error);
    expect(await db.leads.count()).toBe(0);
    expect(await db.meta.count()).toBe(0);
    expect(badges).toEqual([]);
  });
});
