import { liveQuery, type Observable } from 'dexie';
import { type CaptureStep, candidateKeys, planCapture } from '../crm/capture-plan';
import type { IdentityKeys } from '../crm/lead-keys';
import { withScore } from '../crm/score-lead';
import { ActivitySchema } from '../model/activity';
import type { PageScan } from '../model/candidate';
import type { CaptureChoices } from '../model/capture-choices';
import { type Lead, type LeadInput, LeadSchema } from '../model/lead';
import { type Clock, systemClock } from './clock';
import type { LeadClipDB } from './database';
import { isTracking, recordChanges, syncTables } from './outbox';
import { parseRows } from './parse-rows';
import { PrivacyRepository } from './privacy-repository';
import { SettingsRepository } from './settings-repository';

export interface CaptureResult {
  leadId: string;
  fullName: string;
  /** `suppressed`: the person was forgotten and the rep did not override, so nothing was saved. */
  outcome: CaptureStep['outcome'] | 'suppressed';
  changed: CaptureStep['changed'];
}

/** The one way UI and background read and write leads. */
export class LeadRepository {
  constructor(
    private readonly db: LeadClipDB,
    private readonly clock: Clock = systemClock,
  ) {}

  /** Dedupe order: normalised email, then canonical profile URL, then name + company. */
  private async findMatch(keys: IdentityKeys): Promise<Lead | undefined> {
    for (const k of keys.emailKeys) {
      const hit = await this.db.leads.where('emailKeys').equals(k).first();
      if (hit) return hit;
    }
    for (const k of keys.profileKeys) {
      const hit = await this.db.leads.where('profileKeys').equals(k).first();
      if (hit) return hit;
    }
    if (keys.nameKey) return this.db.leads.where('nameKey').equals(keys.nameKey).first();
    return undefined;
  }

  /** What capturing each candidate of a scan would do, without writing anything. */
  async previewCapture(scan: PageScan, choices: CaptureChoices): Promise<CaptureStep[]> {
    return this.db.transaction('r', [this.db.leads, this.db.suppressions], async () => {
      const steps: CaptureStep[] = [];
      for (const candidate of scan.candidates) {
        const keys = candidateKeys(candidate);
        const existing = await this.findMatch(keys);
        steps.push(
          await this.flagSuppressed(planCapture(candidate, existing, this.ctx(scan), choices), keys, existing),
        );
      }
      return steps;
    });
  }

  /** A person not saved now but forgotten before is flagged; a saved one was captured again deliberately. */
  private async flagSuppressed(
    step: CaptureStep,
    keys: IdentityKeys,
    existing: Lead | undefined,
  ): Promise<CaptureStep> {
    if (existing) return step;
    const hit = await new PrivacyRepository(this.db, this.clock).suppressionFor(keys);
    return hit ? { ...step, suppressed: { forgottenAt: hit.forgottenAt, reason: hit.reason } } : step;
  }

  /**
   * Save the chosen candidates of a scan. One read-write transaction: two tabs
   * capturing the same person at once are serialised by IndexedDB, so the
   * second finds the first's lead and merges into it.
   */
  async capture(scan: PageScan, indexes: number[], choices: CaptureChoices): Promise<CaptureResult[]> {
    const tables = [this.db.leads, this.db.activities, this.db.meta, this.db.suppressions, ...syncTables(this.db)];
    return this.db.transaction('rw', tables, async () => {
      // Read inside the transaction so a capture racing a rules change is scored with one set of rules.
      const { scoring, privacy } = await new SettingsRepository(this.db).get();
      const planChoices = { ...choices, lawfulBasis: privacy.defaultLawfulBasis };
      const results: CaptureResult[] = [];
      for (const i of indexes) {
        const candidate = scan.candidates[i];
        if (!candidate) throw new Error(`No person #${i} on this page`);
        const keys = candidateKeys(candidate);
        const existing = await this.findMatch(keys);
        const step = await this.flagSuppressed(
          planCapture(candidate, existing, this.ctx(scan), planChoices),
          keys,
          existing,
        );
        if (step.suppressed && choices.overrideSuppressed !== true) {
          results.push({ leadId: '', fullName: step.lead.fullName, outcome: 'suppressed', changed: [] });
          continue;
        }
        const activities = existing ? await this.db.activities.where('leadId').equals(existing.id).toArray() : [];
        const scored = withScore(step.lead, parseRows(ActivitySchema, activities), scoring, this.clock.now());
        const lead = LeadSchema.parse(scored);
        await this.db.leads.put(lead);
        // Queued for sync in the same transaction: the capture and its outbox row commit together.
        await recordChanges(this.db, [{ table: 'leads', key: lead.id, next: lead, prev: existing }], this.clock.now());
        results.push({ leadId: lead.id, fullName: lead.fullName, outcome: step.outcome, changed: step.changed });
      }
      return results;
    });
  }

  private ctx(scan: PageScan) {
    return {
      pageUrl: scan.pageUrl,
      pageTitle: scan.pageTitle,
      ...(scan.regionHint ? { regionHint: scan.regionHint } : {}),
      now: this.clock.now(),
      newId: this.clock.newId,
    };
  }

  /** Validated bulk save in one transaction (imports, seeding, benchmarks). */
  async saveMany(inputs: readonly LeadInput[]): Promise<void> {
    const leads = inputs.map((l) => LeadSchema.parse(l));
    await this.db.transaction('rw', [this.db.leads, ...syncTables(this.db)], async () => {
      // The rows before the write only matter to sync: skip reading them while sync is off.
      const tracking = await isTracking(this.db);
      const before = tracking ? await this.db.leads.bulkGet(leads.map((l) => l.id)) : [];
      await this.db.leads.bulkPut(leads);
      if (!tracking) return;
      await recordChanges(
        this.db,
        leads.map((l, i) => ({ table: 'leads', key: l.id, next: l, prev: before[i] })),
        this.clock.now(),
      );
    });
  }

  async get(id: string): Promise<Lead | undefined> {
    const row = await this.db.leads.get(id);
    return row === undefined ? undefined : LeadSchema.parse(row);
  }

  async count(): Promise<number> {
    return this.db.leads.count();
  }

  /** Most recently changed first. Rows that no longer parse are left out rather than crash the list. */
  async listRecent(limit = 200): Promise<Lead[]> {
    return parseRows(LeadSchema, await this.db.leads.orderBy('updatedAt').reverse().limit(limit).toArray());
  }

  /** The recent leads, re-emitted whenever any context writes to the table. */
  watchRecent(limit = 200): Observable<Lead[]> {
    return liveQuery(() => this.listRecent(limit));
  }
}
