import { liveQuery } from 'dexie';
import type { LeadClipDB } from '../db/database';
import { startTracking, syncTables } from '../db/outbox';
import { SettingsRepository } from '../db/settings-repository';
import { readState, writeState } from '../db/sync-state';
import { type EngineOptions, SYNC_QUARANTINE_PREFIX, SyncEngine, type SyncResult } from './engine';
import { SyncHttpError } from './http';

export interface RetryPolicy {
  maxAttempts: number;
  baseMs: number;
  maxMs: number;
  /** Longer waits are not slept through here: the next alarm or write tries again. */
  maxInlineWaitMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { maxAttempts: 5, baseMs: 1000, maxMs: 5 * 60_000, maxInlineWaitMs: 30_000 };

/** Exponential backoff with "equal jitter": half the window fixed, half random, so clients spread out. A Retry-After wins. */
export function backoffDelay(
  attempt: number,
  policy: RetryPolicy,
  random: () => number,
  retryAfterMs?: number,
): number {
  if (retryAfterMs !== undefined) return retryAfterMs + Math.floor(random() * 250);
  const window = Math.min(policy.maxMs, policy.baseMs * 2 ** attempt);
  return Math.floor(window / 2 + random() * (window / 2));
}

export type SyncOutcome =
  | { kind: 'off' }
  | { kind: 'busy' }
  | { kind: 'waiting'; until: number }
  | { kind: 'ok'; result: SyncResult }
  | { kind: 'failed'; error: string; retryable: boolean };

export interface LoopOptions extends EngineOptions {
  debounceMs?: number;
  retry?: RetryPolicy;
  random?: () => number;
  sleep?: (ms: number) => Promise<void>;
  /** `navigator.locks` where the platform has it; otherwise a lease row in the store. */
  locks?: LockManager | undefined;
}

const LOCK_NAME = 'leadclip-sync';
const LEASE_KEY = 'syncLease';
const LEASE_MS = 2 * 60_000;

/**
 * Runs sync: one pass at a time across every extension context, after local
 * writes (debounced), when the alarm fires and at start-up. Off unless the
 * settings enable it with a server URL and a token.
 */
export class SyncLoop {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running: Promise<SyncOutcome> | undefined;
  private readonly owner = crypto.randomUUID();
  private readonly now: () => number;
  private readonly random: () => number;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly retry: RetryPolicy;
  private readonly locks: LockManager | undefined;

  constructor(
    private readonly db: LeadClipDB,
    private readonly options: LoopOptions = {},
  ) {
    this.now = options.now ?? Date.now;
    this.random = options.random ?? Math.random;
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    this.retry = options.retry ?? DEFAULT_RETRY;
    this.locks = 'locks' in options ? options.locks : globalThis.navigator?.locks;
  }

  /** Sync soon; calls within the debounce window fold into one pass. */
  requestSync(delayMs = this.options.debounceMs ?? 2000): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.runNow();
    }, delayMs);
  }

  /** Sync after every local write: the outbox growing (in any context) schedules a pass. */
  watchLocalWrites(): () => void {
    let last = -1;
    const sub = liveQuery(() => this.db.outbox.count()).subscribe({
      next: (n) => {
        if (n > last && n > 0) this.requestSync();
        last = n;
      },
      error: () => undefined,
    });
    return () => sub.unsubscribe();
  }

  stop(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** One pass now (or the one already running in this context). */
  runNow(force = false): Promise<SyncOutcome> {
    this.running ??= this.exclusive(() => this.pass(force)).finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private async exclusive(fn: () => Promise<SyncOutcome>): Promise<SyncOutcome> {
    if (this.locks) {
      return this.locks.request(LOCK_NAME, { ifAvailable: true }, async (lock) => (lock ? fn() : { kind: 'busy' }));
    }
    if (!(await this.takeLease())) return { kind: 'busy' };
    try {
      return await fn();
    } finally {
      await this.releaseLease();
    }
  }

  /** The lease expires by itself, so a context that died holding it blocks nobody for long. */
  private async takeLease(): Promise<boolean> {
    return this.db.transaction('rw', this.db.meta, async () => {
      const row = await this.db.meta.get(LEASE_KEY);
      const lease = row?.value as { owner?: unknown; until?: unknown } | undefined;
      if (lease && lease.owner !== this.owner && typeof lease.until === 'number' && lease.until > this.now()) {
        return false;
      }
      await this.db.meta.put({ key: LEASE_KEY, value: { owner: this.owner, until: this.now() + LEASE_MS } });
      return true;
    });
  }

  private async releaseLease(): Promise<void> {
    await this.db.transaction('rw', this.db.meta, async () => {
      const row = await this.db.meta.get(LEASE_KEY);
      const lease = row?.value as { owner?: unknown } | undefined;
      if (lease?.owner === this.owner) await this.db.meta.delete(LEASE_KEY);
    });
  }

  private async pass(force: boolean): Promise<SyncOutcome> {
    const { sync } = await new SettingsRepository(this.db).get();
    if (!sync.enabled || !sync.serverUrl.trim() || !sync.token.trim()) return { kind: 'off' };
    const serverUrl = sync.serverUrl.trim();
    await startTracking(this.db, serverUrl, this.now);
    const before = await readState(this.db);
    if (!force && before?.retryAt !== undefined && before.retryAt > this.now()) {
      return { kind: 'waiting', until: before.retryAt };
    }
    const engine = new SyncEngine(this.db, { serverUrl, token: sync.token.trim() }, this.options);
    for (let attempt = 0; ; attempt++) {
      try {
        const result = await engine.syncOnce();
        await this.patchState({ retryAt: undefined });
        return { kind: 'ok', result };
      } catch (err) {
        const e = err instanceof SyncHttpError ? err : new SyncHttpError(String(err), 0);
        const last = attempt + 1 >= this.retry.maxAttempts;
        if (!e.retryable || last) {
          // Not retried until something changes (a write, the alarm, new settings) — or, for
          // retryable errors, until the backoff has passed.
          const retryAt = e.retryable
            ? this.now() + backoffDelay(attempt, this.retry, this.random, e.retryAfterMs)
            : undefined;
          await this.patchState({ lastError: e.message, retryAt });
          return { kind: 'failed', error: e.message, retryable: e.retryable };
        }
        const wait = backoffDelay(attempt, this.retry, this.random, e.retryAfterMs);
        await this.patchState({ lastError: e.message });
        if (wait > this.retry.maxInlineWaitMs) {
          await this.patchState({ retryAt: this.now() + wait });
          return { kind: 'waiting', until: this.now() + wait };
        }
        await this.sleep(wait);
      }
    }
  }

  private async patchState(patch: { lastError?: string; retryAt?: number | undefined }): Promise<void> {
    await this.db.transaction('rw', syncTables(this.db), async () => {
      const s = await readState(this.db);
      if (!s) return;
      const next = { ...s, ...patch };
      if (patch.retryAt === undefined && 'retryAt' in patch) delete next.retryAt;
      await writeState(this.db, next);
    });
  }
}

export interface SyncStatusView {
  enabled: boolean;
  lastSyncAt?: number;
  pending: number;
  lastError?: string;
  /** Changes sync set aside (refused by the server, or a teammate's it could not apply). */
  quarantined: number;
  /** The most recent one's reason. */
  quarantineError?: string;
}

/** What the side panel shows, re-read whenever any context changes it. */
export function watchSyncStatus(db: LeadClipDB) {
  return liveQuery(async (): Promise<SyncStatusView> => {
    const [{ sync }, state, pending, quarantined] = await Promise.all([
      new SettingsRepository(db).get(),
      readState(db),
      db.outbox.count(),
      db.quarantine.filter((q) => q.error.startsWith(SYNC_QUARANTINE_PREFIX)).toArray(),
    ]);
    const latest = quarantined.at(-1);
    return {
      enabled: sync.enabled && sync.serverUrl.trim() !== '' && sync.token.trim() !== '',
      pending,
      quarantined: quarantined.length,
      ...(latest ? { quarantineError: latest.error.slice(SYNC_QUARANTINE_PREFIX.length).trim() } : {}),
      ...(state?.lastSyncAt !== undefined ? { lastSyncAt: state.lastSyncAt } : {}),
      ...(state?.lastError ? { lastError: state.lastError } : {}),
    };
  });
}
