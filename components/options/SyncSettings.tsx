import { useEffect, useState } from 'preact/hooks';
import { syncServerUrlProblem } from '../../lib/model/sync';

/** Checked before anything is saved or sent: an empty URL is fine until sync is turned on. */
const urlProblem = (url: string) => (url.trim() === '' ? undefined : syncServerUrlProblem(url.trim()));

export interface SyncSettingsValue {
  enabled: boolean;
  serverUrl: string;
  token: string;
  /** An address saved by an older version that this one refuses: shown, with why sync is off. */
  refusedServerUrl?: string;
}

/**
 * Sync with a team server: off until the rep enters a server URL and their
 * personal API token and turns it on. "Test connection" asks the server's
 * health endpoint with the token, so a wrong token shows here, not later.
 */
export function SyncSettings(props: {
  value: SyncSettingsValue;
  onSave: (value: SyncSettingsValue) => Promise<unknown>;
  onTest: (serverUrl: string, token: string) => Promise<{ ok: boolean; message: string }>;
}) {
  const refused = props.value.refusedServerUrl ?? '';
  // The refused address is put back in the field, for the rep to correct rather than retype.
  const [serverUrl, setServerUrl] = useState(props.value.serverUrl || refused);
  const [token, setToken] = useState(props.value.token);
  const [enabled, setEnabled] = useState(props.value.enabled);
  const [result, setResult] = useState<{ ok: boolean; message: string } | undefined>();
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<{ ok: boolean; message: string } | undefined>();

  useEffect(() => {
    setServerUrl(props.value.serverUrl || refused);
    setToken(props.value.token);
    setEnabled(props.value.enabled);
  }, [props.value.serverUrl, props.value.token, props.value.enabled, refused]);

  const test = async () => {
    setResult(undefined);
    const problem = urlProblem(serverUrl);
    if (problem) {
      setResult({ ok: false, message: problem });
      return;
    }
    setBusy(true);
    try {
      setResult(await props.onTest(serverUrl.trim(), token.trim()));
    } finally {
      setBusy(false);
    }
  };
  const save = async (e: Event) => {
    e.preventDefault();
    setSaved(undefined);
    const problem = urlProblem(serverUrl);
    if (problem) {
      setSaved({ ok: false, message: problem });
      return;
    }
    if (enabled && (!serverUrl.trim() || !token.trim())) {
      setSaved({ ok: false, message: 'Enter the server URL and your API token to turn sync on.' });
      return;
    }
    try {
      await props.onSave({ enabled, serverUrl: serverUrl.trim(), token: token.trim() });
      setSaved({ ok: true, message: enabled ? 'Saved. Sync is on.' : 'Saved. Sync is off.' });
    } catch (err) {
      setSaved({ ok: false, message: err instanceof Error ? err.message : String(err) });
    }
  };

  return (
    <form class="settings" onSubmit={save} aria-label="Sync">
      <h2>Sync with your team's server</h2>
      <p class="muted">Off by default: without it nothing leaves this browser.</p>
      {refused && (
        <p role="alert" class="error">
          Sync is off: the server address saved before, {refused}, is no longer accepted.{' '}
          {syncServerUrlProblem(refused) ?? ''} Enter your server's https:// address and save to turn sync on again.
        </p>
      )}
      <label>
        Server URL
        <input
          type="url"
          placeholder="https://sync.example.com"
          value={serverUrl}
          onInput={(e) => setServerUrl(e.currentTarget.value)}
        />
      </label>
      <label>
        API token
        <input type="password" autocomplete="off" value={token} onInput={(e) => setToken(e.currentTarget.value)} />
      </label>
      <label class="check">
        <input type="checkbox" checked={enabled} onChange={(e) => setEnabled(e.currentTarget.checked)} /> Sync is on
      </label>
      <div class="actions">
        <button type="button" class="secondary" onClick={() => void test()} disabled={busy}>
          {busy ? 'Testing…' : 'Test connection'}
        </button>
        <button type="submit">Save</button>
      </div>
      {result && (
        <p role="status" class={result.ok ? 'ok' : 'error'}>
          {result.ok ? '✓ ' : '✗ '}
          {result.message}
        </p>
      )}
      {saved && (
        <p role={saved.ok ? 'status' : 'alert'} class={saved.ok ? 'ok' : 'error'}>
          {saved.message}
        </p>
      )}
    </form>
  );
}
