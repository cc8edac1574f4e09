import { everyAlarm } from '../platform/browser-api';
import type { SyncLoop } from '../sync/loop';

export const SYNC_ALARM = 'leadclip-sync';
/** Every five minutes: the service worker may sleep between, the alarm wakes it. */
const SYNC_PERIOD_MINUTES = 5;

/**
 * The background's sync loop: at start-up, on the alarm, and (debounced)
 * after every local write in any context. The loop keeps nothing in memory
 * that matters: a service worker killed mid-pass resumes from the store.
 */
export function startBackgroundSync(loop: SyncLoop): SyncLoop {
  loop.watchLocalWrites();
  everyAlarm(SYNC_ALARM, { periodInMinutes: SYNC_PERIOD_MINUTES }, () => void loop.runNow());
  void loop.runNow();
  return loop;
}
