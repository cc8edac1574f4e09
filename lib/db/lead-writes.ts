import type { Table } from 'dexie';
import type { z } from 'zod';
import { type ScoringRules, withScore } from '../crm/score-lead';
import { type Activity, ActivitySchema } from '../model/activity';
import { type Lead, LeadSchema } from '../model/lead';
import type { SyncTable } from '../model/sync';
import { type Clock, systemClock } from './clock';
import type { LeadClipDB } from './database';
import { type LocalChange, recordChanges, type SyncedRow, syncTables } from './outbox';
import { parseRows } from './parse-rows';
import { SettingsRepository } from './settings-repository';

/** A zod failure as one sentence the side panel can show. */
function explain(error: z.ZodError, what: string): Error {
  // List positions ("emails.0") mean nothing to a rep; field names do.
  const why = error.issues.map((i) => {
    const field = i.path.filter((p) => typeof p === 'string').join('.');
    return field ? `${field}: ${i.message}` : i.message;
  });
  return new Error(`${what}: ${why.join('; ')}`);
}

/** The rep's input parsed, or an error that says in words what is wrong with it. */
export function parseOrExplain<T extends z.ZodType>(schema: T, value: unknown, what: string): z.infer<T> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw explain(parsed.error, what);
  return parsed.data;
}

/** A lead write's tables, with the sync tables its outbox row goes to in the same transaction. */
export const leadTables = (db: LeadClipDB) => [db.leads, db.activities, db.meta, ...syncTables(db)];

/**
 * What every repository that changes leads shares: reading a lead and its activities, and the one way a
 * changed row reaches the store (parsed, rescored for leads, and queued for sync in the same transaction).
 */
export class LeadWrites {
  private readonly settings: SettingsRepository;

  constructor(
    readonly db: LeadClipDB,
    readonly clock: Clock,
  ) {
    this.settings = new SettingsRepository(db);
  }

  async rules(): Promise<ScoringRules> {
    return (await this.settings.get()).scoring;
  }

  async loadActivities(leadId: string): Promise<Activity[]> {
    return parseRows(ActivitySchema, await this.db.activities.where('leadId').equals(leadId).toArray());
  }

  async loadLead(id: string): Promise<Lead> {
    const row = await this.db.leads.get(id);
    if (row === undefined) throw new Error('This lead no longer exists.');
    return LeadSchema.parse(row);
  }

  /** Score, validate and save: the one way a changed lead reaches the store. Call inside a transaction over leads, activities and meta. */
  async save(lead: Lead, rules?: ScoringRules, activities?: readonly Activity[]): Promise<Lead> {
    const scored = withScore(
      lead,
      activities ?? (await this.loadActivities(lead.id)),
      rules ?? (await this.rules()),
      this.clock.now(),
    );
    const parsed = LeadSchema.parse(scored);
    await this.putSynced('leads', [parsed]);
    return parsed;
  }

  /**
   * Put rows and queue them for sync in the caller's transaction (which must
   * include the sync tables): only the fields that changed are sent.
   */
  async putSynced<T extends { id: string }>(table: SyncTable, values: readonly T[]): Promise<void> {
    if (values.length === 0) return;
    // The typed property, not db.table(name): callers (and tests) see the same Table object.
    const store = this.db[table] as unknown as Table<SyncedRow, string>;
    const before = await store.bulkGet(values.map((v) => v.id));
    const [only] = values;
    if (values.length === 1 && only) await store.put({ ...only });
    else await store.bulkPut(values.map((v) => ({ ...v })));
    const changes: LocalChange[] = values.map((v, i) => ({ table, key: v.id, next: { ...v }, prev: before[i] }));
    await recordChanges(this.db, changes, this.clock.now());
  }
}

/** A repository that changes leads: its database, its clock, and the shared way its writes reach the store. */
export abstract class LeadWriteRepository {
  protected readonly writes: LeadWrites;

  constructor(
    protected readonly db: LeadClipDB,
    protected readonly clock: Clock = systemClock,
  ) {
    this.writes = new LeadWrites(db, clock);
  }
}
