import type { Dexie } from 'dexie';
import { upgradeLeadV1 } from './upgrades/lead-v1-to-v2';
import { privacyDefaultsFor } from './upgrades/privacy-v3-to-v4';
import { keepOnlyWebLinks } from './upgrades/web-links-v4-to-v5';

/** The tables each version added or changed, as Dexie declares them. */
export const STORES_BY_VERSION = {
  1: { leads: 'id, status, updatedAt, email' },
  2: {
    leads:
      'id, status, score.total, updatedAt, createdAt, source, *tags, *emailKeys, *profileKeys, nameKey, companyDomain',
    contacts: 'id, accountId, leadId, *emailKeys, *tags, updatedAt',
    accounts: 'id, domain, nameKey, *tags, updatedAt',
    deals: 'id, accountId, contactId, stage, updatedAt',
    activities: 'id, leadId, contactId, at',
    meta: 'key',
    quarantine: '++seq, table',
  },
  3: { outbox: '++seq', syncState: 'id', syncRecords: '[table+key]' },
  4: { suppressions: 'key, forgottenAt' },
  5: {},
  // Every index is written on every put: only those a query reads are kept (a 10,000-lead write
  // took about a fifth longer with the six nobody read).
  6: {
    leads: 'id, updatedAt, *emailKeys, *profileKeys, nameKey',
    contacts: 'id, accountId, leadId, *emailKeys, updatedAt',
  },
} as const;

/**
 * Every version the store has had, oldest first. Never edit or remove an old
 * version: a browser that skipped releases upgrades through each of them.
 * Only fields that are queried are indexed.
 */
export function declareSchemaHistory(db: Dexie): void {
  db.version(1).stores(STORES_BY_VERSION[1]);

  db.version(2)
    .stores(STORES_BY_VERSION[2])
    .upgrade(async (tx) => {
      const leads = tx.table('leads');
      const rows: unknown[] = await leads.toArray();
      const quarantine = tx.table('quarantine');
      for (const row of rows) {
        const result = upgradeLeadV1(row);
        if ('lead' in result) {
          await leads.put(result.lead);
        } else {
          const id = typeof row === 'object' && row !== null && 'id' in row ? row.id : undefined;
          await quarantine.add({ table: 'leads', fromVersion: 1, error: result.error, row });
          if (typeof id === 'string') await leads.delete(id);
        }
      }
    });

  // Sync: new tables only, so there is nothing to upgrade; old rows get an outbox row
  // when sync is first enabled (lib/sync/outbox.ts, the snapshot).
  db.version(3).stores(STORES_BY_VERSION[3]);

  // Privacy: every lead and contact gains a lawful basis (the default in settings, else
  // legitimate interest) and a do-not-contact flag; forgotten people's keys go to `suppressions`.
  db.version(4)
    .stores(STORES_BY_VERSION[4])
    .upgrade(async (tx) => {
      const settings = await tx.table('meta').get('settings');
      const fill = privacyDefaultsFor(settings?.value);
      await tx.table('leads').toCollection().modify(fill);
      await tx.table('contacts').toCollection().modify(fill);
    });

  // Only web addresses are links: a stored javascript:/data: address is dropped, the person kept.
  db.version(5)
    .stores(STORES_BY_VERSION[5])
    .upgrade(async (tx) => {
      await tx.table('leads').toCollection().modify(keepOnlyWebLinks);
      await tx.table('contacts').toCollection().modify(keepOnlyWebLinks);
    });

  // Indexes no query reads are dropped; the rows stay as they are.
  db.version(6).stores(STORES_BY_VERSION[6]);
}

export const CURRENT_SCHEMA_VERSION = 6;
