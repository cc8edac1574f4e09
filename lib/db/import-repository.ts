import type { IdentityKeys } from '../crm/lead-keys';
import { withScore } from '../crm/score-lead';
import { findSuppression } from '../crm/suppression';
import { LeadIndex } from '../csv/key-index';
import type { ColumnMapping } from '../csv/map-columns';
import type { ParsedCsv } from '../csv/parse-csv';
import {
  checkChoices,
  type ImportChoices,
  ImportPlanner,
  type ImportPreview,
  type ImportRowPlan,
  previewOf,
} from '../csv/plan-import';
import { type RowRead, rowReader } from '../csv/row-reader';
import { type Activity, ActivitySchema } from '../model/activity';
import type { BatchedImportResult, ImportProgress } from '../model/import';
import { type Lead, LeadSchema } from '../model/lead';
import { SuppressionSchema } from '../model/privacy';
import { announceTableChanged } from './announce-changes';
import { type Clock, systemClock } from './clock';
import type { LeadClipDB } from './database';
import { isTracking, recordChanges, syncTables } from './outbox';
import { parseRows } from './parse-rows';
import { PrivacyRepository } from './privacy-repository';
import { SettingsRepository } from './settings-repository';

export type { ImportChoices, ImportPreview, ImportRowPlan } from '../csv/plan-import';
export { importErrorReport } from '../csv/plan-import';
export type { BatchedImportResult, ImportProgress, ImportResult } from '../model/import';

export interface ImportRunOptions {
  onProgress?: (p: ImportProgress) => void;
  /** Checked between batches: a cancelled import keeps the batches already written and stops. */
  signal?: AbortSignal;
  /** Rows a batch holds; BATCH_ROWS unless a test wants small files cut into several. */
  batchRows?: number;
}

/**
 * Rows looked up, planned and written at once: a few indexed queries per
 * batch instead of several per row, and one write transaction per batch, so
 * a cancel stops at a batch boundary with every batch before it whole.
 */
const BATCH_ROWS = 2_500;
/** Up to this many forgotten people are read once per import rather than looked up batch by batch. */
const SUPPRESSIONS_READ_AT_ONCE = 20_000;

/** A chunk's rows as planned, and the leads they write. */
interface PlannedChunk {
  plans: ImportRowPlan[];
  writes: Lead[];
}

/**
 * Whether the store still holds only the leads this import wrote, asked in
 * each batch's own transaction: while it does, a row can only be a lead an
 * earlier row planned, and the planner knows those, so nothing is looked
 * up. Once another lead is there (the store was not empty, or a capture in
 * another tab landed mid-import) every later batch looks its rows up.
 */
class OnlyThisImport {
  /** Leads the store holds if nothing else wrote to it; undefined once something else did. */
  private expected: number | undefined = 0;

  async still(leads: LeadClipDB['leads']): Promise<boolean> {
    if (this.expected === undefined) return false;
    if ((await leads.count()) === this.expected) return true;
    this.expected = undefined;
    return false;
  }

  /** Count the new leads a batch planned under `still` (all new: none of them was in the store). */
  wrote(newLeads: number): void {
    if (this.expected !== undefined) this.expected += newLeads;
  }
}

/**
 * Imports CSV rows as leads. The preview is a dry run of exactly what the
 * import does: both plan every row with the same planner, batch by batch,
 * the preview in one read transaction, the import writing each batch of
 * 2,500 rows in its own read-write transaction (scored with the rules in
 * settings, validated like every write). A rejected row writes nothing; a
 * capture racing the import is serialised with the batch it meets, so it
 * dedupes against the leads imported so far; a cancelled import keeps the
 * whole batches written before it and says how many rows they hold. Open
 * views hear of the written leads once, when the import ends.
 */
export class ImportRepository {
  constructor(
    private readonly db: LeadClipDB,
    private readonly clock: Clock = systemClock,
  ) {}

  async previewImport(
    parsed: ParsedCsv,
    mapping: ColumnMapping,
    choices: ImportChoices,
    options: ImportRunOptions = {},
  ): Promise<ImportPreview> {
    return (await this.run(parsed, mapping, choices, false, options)).preview;
  }

  async importRows(
    parsed: ParsedCsv,
    mapping: ColumnMapping,
    choices: ImportChoices,
    options: ImportRunOptions = {},
  ): Promise<BatchedImportResult> {
    const { preview, rowsDone, cancelled } = await this.run(parsed, mapping, choices, true, options);
    const { counts } = preview;
    return {
      created: counts.new,
      updated: counts.update,
      unchanged: counts.unchanged + counts['duplicate-in-file'],
      rejected: counts.error,
      suppressed: counts.suppressed,
      skipped: counts.blank,
      rowsDone,
      rowsTotal: parsed.rows.length,
      cancelled,
    };
  }

  private async run(
    parsed: ParsedCsv,
    mapping: ColumnMapping,
    choices: ImportChoices,
    write: boolean,
    options: ImportRunOptions,
  ): Promise<{ preview: ImportPreview; rowsDone: number; cancelled: boolean }> {
    const read = rowReader(parsed, mapping);
    const now = this.clock.now();
    const rows: ImportRowPlan[] = [];
    const { leads, activities, meta, suppressions } = this.db;
    const total = parsed.rows.length;
    const size = Math.max(1, options.batchRows ?? BATCH_ROWS);
    // Read once, so the whole import is scored with one set of rules and one lawful basis.
    const { scoring, privacy } = await new SettingsRepository(this.db).get();
    const checked = checkChoices({ ...choices, lawfulBasis: choices.lawfulBasis ?? privacy.defaultLawfulBasis });
    const planner = new ImportPlanner({ now, newId: this.clock.newId, choices: checked });
    const privacyRepo = new PrivacyRepository(this.db, this.clock);
    const tracking = write && (await isTracking(this.db));
    // The list of forgotten people is short: read once, it spares a lookup of every row's keys in every batch.
    const allForgotten =
      (await suppressions.count()) <= SUPPRESSIONS_READ_AT_ONCE
        ? new Map(parseRows(SuppressionSchema, await suppressions.toArray()).map((r) => [r.key, r]))
        : undefined;
    const onlyOurs = new OnlyThisImport();
    let rowsDone = 0;
    let cancelled = false;
    // Writing also queues each saved lead for sync, in the batch's transaction.
    const tables = write
      ? [leads, activities, meta, suppressions, ...syncTables(this.db)]
      : [leads, activities, meta, suppressions];
    /**
     * Plans one chunk of read rows in the caller's transaction. `allNew`: the store holds only what this
     * import wrote, so the only leads a row can be are the ones earlier rows planned, which the planner
     * knows: nothing is looked up.
     */
    const planChunk = async (chunk: readonly RowRead[], allNew: boolean): Promise<PlannedChunk> => {
      const saved = allNew ? { index: new LeadIndex(), ids: [] } : await this.savedMatches(chunk);
      const history = await this.activitiesOf(saved);
      const score = (lead: Lead) => withScore(lead, history.get(lead.id) ?? [], scoring, now);
      const forgotten =
        allForgotten ?? (await privacyRepo.suppressionMap(chunk.flatMap((r) => (r.values ? [r.values.keys] : []))));
      const suppressed = (keys: IdentityKeys) => findSuppression(keys, forgotten);
      const plans: ImportRowPlan[] = [];
      const writes: Lead[] = [];
      for (const row of chunk) {
        const step = planner.plan(row, saved.index, score, suppressed);
        plans.push(step.plan);
        if (step.write) writes.push(step.write);
      }
      return { plans, writes };
    };
    const readChunk = (from: number): RowRead[] => parsed.rows.slice(from, from + size).map(read);
    if (write) {
      let chunk = total > 0 ? readChunk(0) : [];
      /** The next chunk, planned while the store wrote the one before, on the guess that nothing else wrote to it. */
      let ahead: { planned: PlannedChunk; guess: { keep: () => void; forget: () => void } } | undefined;
      let wroteAny = false;
      try {
        for (let from = 0; from < total; from += size) {
          if (options.signal?.aborted) {
            ahead?.guess.forget();
            cancelled = true;
            break;
          }
          let next: RowRead[] = [];
          await this.db.transaction('rw', tables, async (tx) => {
            // Asked in every batch's own transaction, so a lead captured (or deleted) elsewhere during the
            // import sends this batch and the rest to the lookups, and a plan made on the old guess is dropped.
            const allNew = await onlyOurs.still(leads);
            let planned: PlannedChunk;
            if (ahead && allNew) {
              ahead.guess.keep();
              planned = ahead.planned;
            } else {
              ahead?.guess.forget();
              planned = await planChunk(chunk, allNew);
            }
            ahead = undefined;
            for (const plan of planned.plans) rows.push(plan);
            const { writes } = planned;
            // A lead planned into a store of only this import's leads is new: nothing saved to diff against.
            const before = tracking && !allNew && writes.length > 0 ? await leads.bulkGet(writes.map((w) => w.id)) : [];
            // Put through the transaction's own store, so open views are not woken batch by batch (announced
            // once below); a failed put aborts the transaction, and the batch with it, as bulkPut's would.
            const store = tx.idbtrans.objectStore(leads.name);
            for (const lead of writes) store.put(lead);
            if (writes.length > 0) wroteAny = true;
            if (allNew) onlyOurs.wrote(writes.length);
            // While the store writes this batch, the next is read and planned.
            next = readChunk(from + size);
            if (allNew && next.length > 0) {
              const guess = planner.planAhead();
              ahead = { planned: await planChunk(next, true), guess };
            }
            if (tracking && writes.length > 0) {
              const changes = writes.map((w, i) => ({ table: 'leads' as const, key: w.id, next: w, prev: before[i] }));
              await recordChanges(this.db, changes, now);
            }
          });
          chunk = next;
          rowsDone = Math.min(total, from + size);
          options.onProgress?.({ done: rowsDone, total });
        }
      } finally {
        // Once, however the import ends: the batches written are there for every view to show.
        if (wroteAny) announceTableChanged(this.db, leads.name);
      }
    } else {
      await this.db.transaction('r', tables, async () => {
        for (let from = 0; from < total; from += size) {
          const planned = await planChunk(readChunk(from), await onlyOurs.still(leads));
          for (const plan of planned.plans) rows.push(plan);
          rowsDone = Math.min(total, from + size);
          options.onProgress?.({ done: rowsDone, total });
        }
      });
    }
    return { preview: previewOf(rows), rowsDone, cancelled };
  }

  /** The saved leads any row of the chunk may be: same id, or sharing an identity key. Rows that no longer parse are left out. */
  private async savedMatches(chunk: readonly RowRead[]): Promise<{ index: LeadIndex; ids: string[] }> {
    const ids = new Set<string>();
    const emailKeys = new Set<string>();
    const profileKeys = new Set<string>();
    const nameKeys = new Set<string>();
    for (const r of chunk) {
      const v = r.values;
      if (!v) continue;
      if (v.id !== undefined) ids.add(v.id);
      for (const k of v.keys.emailKeys) emailKeys.add(k);
      for (const k of v.keys.profileKeys) profileKeys.add(k);
      if (v.keys.nameKey) nameKeys.add(v.keys.nameKey);
    }
    const { leads } = this.db;
    // One keys-only lookup per key, all in flight at once, then each matching lead read once. `anyOf`
    // walks one cursor from key to key: with a file's new keys falling between the store's, that is
    // thousands of sequential cursor steps a batch, and it read whole leads once per index.
    const keysOf = (index: 'emailKeys' | 'profileKeys' | 'nameKey', keys: Set<string>): Promise<string[]>[] =>
      [...keys].map((k) => leads.where(index).equals(k).primaryKeys());
    const matched = await Promise.all([
      ...keysOf('emailKeys', emailKeys),
      ...keysOf('profileKeys', profileKeys),
      ...keysOf('nameKey', nameKeys),
    ]);
    for (const list of matched) for (const id of list) ids.add(id);
    const found = ids.size > 0 ? await leads.bulkGet([...ids]) : [];
    const index = new LeadIndex();
    const seen = new Set<string>();
    for (const row of found) {
      if (row === undefined || seen.has(row.id)) continue;
      seen.add(row.id);
      const parsed = LeadSchema.safeParse(row);
      if (parsed.success) index.add(parsed.data);
      else index.unreadable.add(row.id);
    }
    return { index, ids: [...seen] };
  }

  /** The activities of the matched leads: an updated lead is rescored with its history. */
  private async activitiesOf(saved: { ids: string[] }): Promise<Map<string, Activity[]>> {
    const byLead = new Map<string, Activity[]>();
    if (saved.ids.length === 0) return byLead;
    const rows = await this.db.activities.where('leadId').anyOf(saved.ids).toArray();
    for (const row of rows) {
      const parsed = ActivitySchema.safeParse(row);
      if (!parsed.success || parsed.data.leadId === undefined) continue;
      const list = byLead.get(parsed.data.leadId);
      if (list) list.push(parsed.data);
      else byLead.set(parsed.data.leadId, [parsed.data]);
    }
    return byLead;
  }
}
