import { Dexie, type EntityTable, type Table } from 'dexie';
import type { Account } from '../model/account';
import type { Activity } from '../model/activity';
import type { Contact } from '../model/contact';
import type { Deal } from '../model/deal';
import type { Lead } from '../model/lead';
import type { Suppression } from '../model/privacy';
import type { OutboxRow, SyncRecord, SyncState } from '../model/sync';
import { declareSchemaHistory } from './schema-history';

export interface MetaRow {
  key: string;
  value: unknown;
}

/** A row an upgrade could not read: kept, with the reason, rather than dropped. */
export interface QuarantineRow {
  seq?: number;
  table: string;
  fromVersion: number;
  error: string;
  row: unknown;
}

export const DEFAULT_DB_NAME = 'leadclip';

/**
 * The local store. It lives in the extension's origin only: background and
 * extension pages open it; content scripts reach it by message.
 */
export class LeadClipDB extends Dexie {
  leads!: EntityTable<Lead, 'id'>;
  contacts!: EntityTable<Contact, 'id'>;
  accounts!: EntityTable<Account, 'id'>;
  deals!: EntityTable<Deal, 'id'>;
  activities!: EntityTable<Activity, 'id'>;
  meta!: EntityTable<MetaRow, 'key'>;
  quarantine!: EntityTable<QuarantineRow, 'seq'>;
  /** Sync (version 3): local changes waiting to be pushed, oldest first. */
  outbox!: EntityTable<OutboxRow, 'seq'>;
  /** Sync: one row, `id: 'state'`. */
  syncState!: EntityTable<SyncState, 'id'>;
  /** Sync: each synced record's field clocks, keyed [table, key]. */
  syncRecords!: Table<SyncRecord, [string, string]>;
  /** Privacy (version 4): identity keys of forgotten people, so capture and import flag them. Never synced. */
  suppressions!: EntityTable<Suppression, 'key'>;

  constructor(name: string = DEFAULT_DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    declareSchemaHistory(this);
  }
}

/**
 * The one way in to LeadClip's own store: every context that reads or writes it (the store factory
 * in lib/services/open-store.ts for the entrypoints, and the import worker) opens it here, so all
 * of them open the same database by the same name with the same schema history.
 */
export function openDatabase(): LeadClipDB {
  return new LeadClipDB();
}
