import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CandidateSchema } from '../../lib/model/candidate';
import { DEFAULT_SETTINGS } from '../../lib/model/settings';
import { openStore } from '../../lib/services/open-store';
import { fixedClock, freshDb } from './helpers';

const v = (value: string) => ({ value, confidence: 0.9, source: 'test' });
// A head of analytics: the title keyword the rules below add is hers.
const analyst = CandidateSchema.parse({
  fullName: v('Ada Lovelace'),
  title: v('Head of Analytics'),
  sources: ['test'],
});

describe('openStore: one way in for every entrypoint', () => {
  it('a lead the background captures is what the side panel lists, and new scoring rules rescore it', async () => {
    const background = openStore({ db: freshDb(), clock: fixedClock() });
    const sidePanel = openStore({ db: background.db, clock: fixedClock() });
    const [saved] = await background.leads.capture(
      { pageUrl: 'https://acme.example/team', pageTitle: 'Team', candidates: [analyst] },
      [0],
      { source: 'web', tags: [] },
    );
    const services = sidePanel.sidePanelServices(() => undefined);
    const [row] = await services.recentLeadRows(10);
    expect(row?.id).toBe(saved?.leadId);
    const before = (await sidePanel.leads.get(saved?.leadId ?? ''))?.score.total ?? 0;

    const message = await openStore({ db: background.db }).saveScoringRules({
      ...DEFAULT_SETTINGS.scoring,
      titleKeywords: ['analytics'],
    });
    expect(message).toBe('Saved. Rescored every lead: 1 score changed.');
    expect((await sidePanel.leads.get(saved?.leadId ?? ''))?.score.total).toBeGreaterThan(before);
  });

  it('no entrypoint opens the database or builds a repository by itself', () => {
    const dir = resolve(__dirname, '../../entrypoints');
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.tsx?$/.test(f));
    expect(files.length).toBeGreaterThan(3);
    const offenders = files.filter((f) =>
      /new \w*(LeadClipDB|Repository|SyncLoop)\(/.test(readFileSync(join(dir, f), 'utf8')),
    );
    expect(offenders).toEqual([]);
  });
});
