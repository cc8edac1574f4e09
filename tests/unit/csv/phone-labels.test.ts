import { describe, expect, it } from 'vitest';
import { csvText } from '../../../lib/csv/export-csv';
import { autoMapColumns } from '../../../lib/csv/map-columns';
import { parseCsv } from '../../../lib/csv/parse-csv';
import { ImportRepository } from '../../../lib/db/import-repository';
import { LeadSchema } from '../../../lib/model/lead';
import { fixedClock, freshDb } from '../helpers';

const NOW = Date.UTC(2026, 10, 24, 9, 0, 0);

async function roundTrip(text: string) {
  const parsed = parseCsv(text);
  const db = freshDb();
  try {
    await new ImportRepository(db, fixedClock(NOW)).importRows(parsed, autoMapColumns(parsed.headers), {
      source: 'import',
      tags: [],
    });
    return await db.leads.toArray();
  } finally {
    db.close();
  }
}

describe('phone labels in the LeadClip preset', () => {
  const lead = LeadSchema.parse({
    id: 'lead-1',
    fullName: 'Ada Byron',
    phones: ['+447911123456', '+442079460999'],
    phoneLabels: { '+447911123456': 'mobile', '+442079460999': 'fax' },
    createdAt: NOW,
    updatedAt: NOW,
  });

  it('a mobile and a fax keep their kind through export and import', async () => {
    const text = csvText({ entity: 'leads', records: [lead] }, { preset: 'leadclip', delimiter: ',', bom: false });
    expect(text).toContain('Phone Labels');
    const [back] = await roundTrip(text);
    expect(back?.phones).toEqual(['+447911123456', '+442079460999']);
    expect(back?.phoneLabels).toEqual({ '+447911123456': 'mobile', '+442079460999': 'fax' });
  });

  it('a label for a number the row does not hold brings no number and is dropped', async () => {
    const text =
      'Full Name,Phones,Phone Labels\nAda Byron,+447911123456,"{""+15550100"":""mobile"",""+447911123456"":""office""}"\n';
    const [back] = await roundTrip(text);
    expect(back?.phones).toEqual(['+447911123456']);
    expect(back?.phoneLabels).toEqual({ '+447911123456': 'office' });
  });
});
