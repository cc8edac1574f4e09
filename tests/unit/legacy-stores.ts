import { Dexie } from 'dexie';

/**
 * The store as earlier releases declared it, to write what they wrote and open it with today's
 * LeadClipDB (which upgrades through lib/db/schema-history.ts). Each release adds to the one before.
 */
const V1 = { leads: 'id, status, updatedAt, email' };
const V2 = {
  leads:
    'id, status, score.total, updatedAt, createdAt, source, *tags, *emailKeys, *profileKeys, nameKey, companyDomain',
  contacts: 'id, accountId, leadId, *emailKeys, *tags, updatedAt',
  accounts: 'id, domain, nameKey, *tags, updatedAt',
  deals: 'id, accountId, contactId, stage, updatedAt',
  activities: 'id, leadId, contactId, at',
  meta: 'key',
  quarantine: '++seq, table',
};
const V3 = { ...V2, outbox: '++seq', syncState: 'id', syncRecords: '[table+key]' };
const V4 = { ...V3, suppressions: 'key, forgottenAt' };
const RELEASES = { 1: V1, 2: V2, 3: V3, 4: V4 } as const;

/** Opens `name` exactly as release `version` did, lets `write` fill it, and closes it. */
export async function writeAsRelease(
  version: keyof typeof RELEASES,
  name: string,
  write: (db: Dexie) => Promise<void>,
): Promise<void> {
  const old = new Dexie(name);
  old.version(version).stores(RELEASES[version]);
  await write(old);
  old.close();
}
