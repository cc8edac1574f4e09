export interface SyncStatusProps {
  status:
    | {
        enabled: boolean;
        lastSyncAt?: number;
        pending: number;
        lastError?: string;
        quarantined?: number;
        quarantineError?: string;
      }
    | undefined;
  onSyncNow?: () => void;
  now?: number;
}

function ago(at: number, now: number): string {
  const s = Math.max(0, Math.round((now - at) / 1000));
  if (s < 60) return 'just now';
  const m = Math.round(s / 60);
  if (m < 60) return `${m} min ago`;
  const h = Math.round(m / 60);
  if (h < 48) return `${h} h ago`;
  return new Date(at).toLocaleDateString();
}

/** The side panel's footer line: when sync last ran, what is waiting, and what went wrong. */
export function SyncStatus({ status, onSyncNow, now = Date.now() }: SyncStatusProps) {
  if (!status?.enabled) return null;
  return (
    <footer class="sync-status">
      <span>
        Last sync: {status.lastSyncAt === undefined ? 'never' : ago(status.lastSyncAt, now)}
        {' · '}
        {status.pending === 0
          ? 'nothing pending'
          : `${status.pending} change${status.pending === 1 ? '' : 's'} pending`}
      </span>
      {status.lastError && (
        <span role="alert" class="error">
          {' · '}
          {status.lastError}
        </span>
      )}
      {(status.quarantined ?? 0) > 0 && (
        <span role="alert" class="error sync-quarantine">
          {' · '}
          {status.quarantined === 1 ? '1 change set aside' : `${status.quarantined} changes set aside`}
          {status.quarantineError ? `: ${status.quarantineError}` : ''}
        </span>
      )}
      {onSyncNow && (
        <button type="button" class="link" onClick={onSyncNow}>
          Sync now
        </button>
      )}
    </footer>
  );
}
