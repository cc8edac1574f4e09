import { useState } from 'preact/hooks';

/**
 * One action at a time with its outcome on show: `run` clears the last error, marks the panel busy
 * while the action runs, keeps the message of whatever it throws, and is no longer busy when it
 * settles, either way. `onSettled` tidies up after it (a progress bar, say).
 */
export function useBusyAction(onSettled?: () => void) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const run = async (action: () => Promise<void>) => {
    setError('');
    setBusy(true);
    try {
      await action();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
      onSettled?.();
    }
  };
  return { busy, error, run };
}
