import { describe, expect, it } from 'vitest';
import { captureInTab, type TabAccess } from '../../lib/background/capture-in-tab';
import { LeadRepository } from '../../lib/db/lead-repository';
import { SettingsRepository } from '../../lib/db/settings-repository';
import type { PageScan } from '../../lib/model/candidate';
import { CandidateSchema } from '../../lib/model/candidate';
import { fixedClock, freshDb } from './helpers';

const person = (name: string, email: string, url?: string) =>
  CandidateSchema.parse({
    fullName: { value: name, confidence: 0.95, source: 'jsonld' },
    emails: [{ value: email, confidence: 0.9, source: 'jsonld' }],
    urls: url ? [{ value: url, confidence: 0.9, source: 'jsonld' }] : [],
    sources: ['jsonld'],
  });

/** A tab whose page answers like the content script would, and records the toasts it was asked to show. */
function fakeTab(scan: PageScan, selection = '') {
  const toasts: string[] = [];
  const injected: number[] = [];
  const tab: TabAccess = {
    inject: async (id) => {
      injected.push(id);
    },
    ask: (async (_id: number, type: string, payload: { message?: string }) => {
      if (type === 'page.scan') return scan;
      if (type === 'page.selection') return { text: selection, pageUrl: scan.pageUrl, pageTitle: scan.pageTitle };
      if (type === 'page.toast') {
        toasts.push(payload.message ?? '');
        return {};
      }
      throw new Error(type);
    }) as TabAccess['ask'],
  };
  return { tab, toasts, injected };
}

function setup() {
  const db = freshDb();
  return { db, leads: new LeadRepository(db, fixedClock()), settings: new SettingsRepository(db) };
}

const team: PageScan = {
  pageUrl: 'https://acme.example/team',
  pageTitle: 'Team',
  candidates: [person('Ada Lovelace', 'ada@acme.example'), person('Grace Hopper', 'grace@acme.example')],
};

describe('captureInTab (context menu and shortcut)', () => {
  it('"Capture people on this page" saves everyone with the remembered source and tags', async () => {
    const { db, leads, settings } = setup();
    await settings.update({ lastSource: 'seminar', lastTags: ['webinar-q4'] });
    const { tab, toasts, injected } = fakeTab(team);
    await captureInTab('page', 12, tab, leads, settings);
    expect(injected).toEqual([12]);
    expect(await db.leads.toArray()).toMatchObject([
      { fullName: 'Ada Lovelace', source: 'seminar', tags: ['webinar-q4'] },
      { fullName: 'Grace Hopper', source: 'seminar', tags: ['webinar-q4'] },
    ]);
    expect(toasts).toEqual(['LeadClip: 2 new, 0 updated, 0 already saved']);
  });

  it('the shortcut captures the profile owner, not the other people on a profile page', async () => {
    const { db, leads, settings } = setup();
    const profile: PageScan = {
      pageUrl: 'https://www.linkedin.com/in/grace-hopper/',
      pageTitle: 'Grace Hopper | LinkedIn',
      candidates: [
        person('Ada Lovelace', 'ada@acme.example', 'https://www.linkedin.com/in/ada/'),
        person('Grace Hopper', 'grace@navy.example', 'https://www.linkedin.com/in/grace-hopper'),
      ],
    };
    const { tab, toasts } = fakeTab(profile);
    await captureInTab('main-person', 3, tab, leads, settings);
    expect((await db.leads.toArray()).map((l) => l.fullName)).toEqual(['Grace Hopper']);
    expect(toasts).toEqual(['LeadClip: Grace Hopper saved']);
  });

  it('a page on another host that claims to be a profile (rel=canonical) has no main person', async () => {
    const { db, leads, settings } = setup();
    // What the content script reports: the tab's address; the page's claim never reaches the background.
    const mirror: PageScan = {
      pageUrl: 'https://mirror.example/profiles/grace',
      pageTitle: 'Grace Hopper | LinkedIn',
      candidates: [
        person('Ada Lovelace', 'ada@acme.example', 'https://www.linkedin.com/in/ada/'),
        person('Grace Hopper', 'grace@navy.example', 'https://www.linkedin.com/in/grace-hopper'),
      ],
    };
    const { tab, toasts } = fakeTab(mirror);
    await captureInTab('main-person', 3, tab, leads, settings);
    expect(await db.leads.count()).toBe(0);
    expect(toasts[0]).toContain('no single person on this page');
  });

  it('the shortcut on a list page saves nobody and says why', async () => {
    const { db, leads, settings } = setup();
    const { tab, toasts } = fakeTab(team);
    await captureInTab('main-person', 3, tab, leads, settings);
    expect(await db.leads.count()).toBe(0);
    expect(toasts[0]).toContain('no single person on this page');
  });

  it('"Capture selection as lead" reads a signature, and a second time merges into the same lead', async () => {
    const { db, leads, settings } = setup();
    const signature = 'Jane Doe\nVP of Sales at Acme Corp\njane.doe@acme.example';
    const { tab, toasts } = fakeTab(team, signature);
    await captureInTab('selection', 1, tab, leads, settings);
    await captureInTab('selection', 1, fakeTab(team, `${signature}\n+1 415 555 0134`).tab, leads, settings);
    const all = await db.leads.toArray();
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({
      fullName: 'Jane Doe',
      title: 'VP of Sales',
      company: 'Acme Corp',
      // Stored in E.164, however the page wrote it.
      phones: ['+14155550134'],
    });
    expect(all[0]?.provenance[0]?.extractors).toEqual(['selection']);
    expect(toasts).toEqual(['LeadClip: Jane Doe saved']);
  });
});
