import type { LeadClipDB } from '../db/database';
import { type SyncState, SyncStateSchema } from '../model/sync';
import { newHlcState } from './hlc';

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
