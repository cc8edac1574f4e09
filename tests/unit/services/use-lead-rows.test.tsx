import { useMemo } from 'preact/hooks';
import { afterEach, describe, expect, it } from 'vitest';
import { useLeadRows } from '../../../components/sidepanel/use-lead-rows';
import { LeadClipDB } from '../../../lib/db/database';
import { LeadSchema } from '../../../lib/model/lead';
import { toLeadRow } from '../../../lib/services/lead-rows';
import { liveLeadRows } from '../../../lib/services/live-lead-rows';
import { mount } from '../component-harness';
import { freshDb } from '../helpers';

const lead = (i: number) =>
  LeadSchema.parse({
    id: `lead-${String(i).padStart(5, '0')}`,
    fullName: `Person ${i}`,
    emails: [`p${i}@example.com`],
    createdAt: i,
    updatedAt: i,
  });
const leads = (from: number, to: number) => Array.from({ length: to - from }, (_, k) => lead(from + k));

/** What the lead list's header shows: how many leads, and whether that is all of them. */
function Count({ db }: { db: LeadClipDB }) {
  // One services object for the component's life, as the side panel passes it.
  const services = useMemo(
    () => ({
      recentLeadRows: async (n: number) =>
        (await db.leads.orderBy('updatedAt').reverse().limit(n).toArray()).map(toLeadRow),
      watchLeadRows: () => liveLeadRows(db, { chunkSize: 25 }),
    }),
    [db],
  );
  const { rows, complete } = useLeadRows(services, 10);
  return <p>{rows === undefined ? 'loading' : `${rows.length} ${complete ? 'leads' : 'so far'}`}</p>;
}

async function waitForText(ui: { text(): string; settle(): Promise<void> }, text: string): Promise<void> {
  for (let i = 0; i < 200 && ui.text() !== text; i++) await ui.settle();
  expect(ui.text()).toBe(text);
}

let db: LeadClipDB;
afterEach(() => db?.close());

describe('useLeadRows', () => {
  it('shows the first screenful, then every lead as the complete list', async () => {
    db = freshDb();
    await db.leads.bulkPut(leads(0, 300));
    const seen: string[] = [];
    const ui = await mount(<Count db={db} />);
    for (let i = 0; i < 200 && ui.text() !== '300 leads'; i++) {
      seen.push(ui.text());
      await ui.settle();
    }
    expect(ui.text()).toBe('300 leads');
    expect(seen).toContain('10 so far');
    // Never a part of the table presented as the whole.
    expect(seen.filter((t) => t.endsWith('leads'))).toEqual([]);
    await ui.unmount();
  });

  it('shows leads another writer adds, and drops the ones it deletes', async () => {
    db = freshDb();
    await db.leads.bulkPut(leads(0, 60));
    const ui = await mount(<Count db={db} />);
    await waitForText(ui, '60 leads');
    const other = new LeadClipDB(db.name);
    await other.leads.bulkPut(leads(60, 160));
    await waitForText(ui, '160 leads');
    await other.leads.bulkDelete(['lead-00000', 'lead-00001']);
    await waitForText(ui, '158 leads');
    other.close();
    await ui.unmount();
  });
});
