import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvCells } from '../../../lib/csv/export-csv';
import { autoMapColumns } from '../../../lib/csv/map-columns';
import { CSV_PRESET_LIST, CSV_PRESETS, type CsvEntity, presetHeaders } from '../../../lib/csv/presets';
import { type Account, AccountSchema } from '../../../lib/model/account';
import { type Contact, ContactSchema } from '../../../lib/model/contact';
import { storedLead } from './arbitraries';

const T = Date.UTC(2026, 10, 23, 9, 30);

const account: Account = AccountSchema.parse({
  id: 'acc-1',
  name: 'Northwind Analytics',
  nameKey: 'northwind analytics',
  domain: 'northwind-analytics.example',
  createdAt: T,
  updatedAt: T,
});

const contact: Contact = ContactSchema.parse({
  id: 'con-1',
  accountId: account.id,
  fullName: 'Maria van der Berg',
  title: 'VP of Sales',
  location: 'Berlin, Germany',
  emails: ['maria.vanderberg@northwind-analytics.example'],
  phones: ['+49 30 1234567'],
  createdAt: T,
  updatedAt: T,
});

const entitiesOf = (id: (typeof CSV_PRESET_LIST)[number]['id']) => CSV_PRESETS[id].entities;

describe('CSV_PRESET_LIST: every export format follows the same shape', () => {
  it('gives every preset a unique, short id and a label the export dialog can show', () => {
    const ids = CSV_PRESET_LIST.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const p of CSV_PRESET_LIST) {
      expect(p.id).toMatch(/^[a-z][a-z-]{1,39}$/);
      expect(p.label.trim()).not.toBe('');
    }
    expect(new Set(CSV_PRESET_LIST.map((p) => p.label)).size).toBe(ids.length);
  });

  it.each(CSV_PRESET_LIST.map((p) => [p.id, p] as const))(
    '%s writes unique, non-blank headers for each entity it exports',
    (id) => {
      for (const entity of entitiesOf(id)) {
        const headers = presetHeaders(id, entity);
        expect(headers.length).toBeGreaterThan(0);
        expect(headers.every((h) => h.trim() === h && h !== '')).toBe(true);
        expect(new Set(headers).size).toBe(headers.length);
      }
    },
  );

  it.each(CSV_PRESET_LIST.map((p) => [p.id, p] as const))(
    '%s exports a lead file the importer reads back with its name and email columns',
    (id) => {
      const mapped = autoMapColumns(presetHeaders(id, 'leads'));
      expect(mapped).toContain('email');
      expect(mapped.includes('fullName') || (mapped.includes('firstName') && mapped.includes('lastName'))).toBe(true);
    },
  );

  it.each(CSV_PRESET_LIST.map((p) => [p.id, p] as const))(
    '%s gives one text cell per header for any stored lead',
    (id) => {
      fc.assert(
        fc.property(storedLead(T), (lead) => {
          const { header, rows } = csvCells({ entity: 'leads', records: [lead] }, id);
          expect(rows).toHaveLength(1);
          expect(rows[0]).toHaveLength(header.length);
          for (const cell of rows[0] ?? []) expect(typeof cell).toBe('string');
        }),
        { numRuns: 30 },
      );
    },
  );

  it.each(CSV_PRESET_LIST.map((p) => [p.id, p] as const))(
    '%s names the company of a contact it exports from the contact’s account',
    (id) => {
      if (!entitiesOf(id).includes('contacts')) {
        expect(() => presetHeaders(id, 'contacts')).toThrow(/no contacts export/);
        return;
      }
      const { header, rows } = csvCells({ entity: 'contacts', records: [contact], accounts: [account] }, id);
      expect(rows[0]).toHaveLength(header.length);
      expect(rows[0]).toContain('Northwind Analytics');
    },
  );

  it('lists for each preset exactly the entities it has columns for', () => {
    const all: CsvEntity[] = ['leads', 'contacts', 'accounts'];
    for (const p of CSV_PRESET_LIST) {
      for (const entity of all) {
        if (entitiesOf(p.id).includes(entity)) expect(presetHeaders(p.id, entity).length).toBeGreaterThan(0);
        else expect(() => presetHeaders(p.id, entity)).toThrow(new RegExp(`no ${entity} export`));
      }
    }
  });
});
