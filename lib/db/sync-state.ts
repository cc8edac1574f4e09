import { boundHlc, type HlcState, newHlcState } from '../model/hlc';
import { SYNC_LIMITS, type SyncState, SyncStateSchema } from '../model/sync';
import type { LeadClipDB } from './database';

export const STATE_ID = 'state';

function newClientId(): string {
  return crypto.randomUUID();
}

export function freshState(serverUrl = ''): SyncState {
  const clientId = newClientId();
  return {
    id: 'state',
    clientId,
    tracking: false,
    snapshotDone: false,
    lastMutationId: 0,
    cookie: '0',
    hlc: newHlcState(clientId),
    serverUrl,
  };
}

/** The sync state row, or undefined before sync was ever enabled. A damaged row reads as absent. */
export async function readState(db: LeadClipDB): Promise<SyncState | undefined> {
  const row = await db.syncState.get(STATE_ID);
  if (row === undefined) return undefined;
  const parsed = SyncStateSchema.safeParse(row);
  return parsed.success ? parsed.data : undefined;
}

export async function writeState(db: LeadClipDB, state: SyncState): Promise<void> {
  await db.syncState.put(SyncStateSchema.parse(state));
}

/** Skews smaller than this are network latency, not a wrong clock. */
export const SKEW_TOLERANCE_MS = 60_000;

/**
 * The time new clocks are stamped from: this computer's clock, or the server's when this one was
 * last seen running ahead of it. Setting the computer's clock back (the fix) makes its own time
 * trusted again at once.
 */
export function stampTime(state: SyncState, now: number): number {
  if (state.skewMs === undefined || state.skewAt === undefined) return now;
  if (now < state.skewAt - SKEW_TOLERANCE_MS) return now;
  return now + state.skewMs;
}

/** The state's clock, ready to tick at `stampTime`: a clock left in the future by a wrong clock starts again. */
export function localClock(state: SyncState, now: number): { clock: HlcState; at: number } {
  const at = stampTime(state, now);
  return { clock: boundHlc(state.hlc, at, SYNC_LIMITS.maxClockAheadMs), at };
}

/** The skew fields after an answer carrying the server's time: kept only while this computer runs ahead. */
export function withServerTime(state: SyncState, serverTime: number | undefined, now: number): SyncState {
  if (serverTime === undefined) return state;
  const { skewMs: _s, skewAt: _a, ...rest } = state;
  const skew = serverTime - now;
  return skew < -SKEW_TOLERANCE_MS ? { ...rest, skewMs: skew, skewAt: now } : rest;
}

/** The state of a pass done at `at`: its time kept, the last error cleared. */
export function passDone(state: SyncState, at: number): SyncState {
  const { lastError: _cleared, ...withoutError } = state;
  return { ...withoutError, lastSyncAt: at };
}
