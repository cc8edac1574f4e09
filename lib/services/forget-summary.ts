import type { ForgetSummary } from '../db/privacy-repository';

const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** What forgetting removed (or would remove), a line per kind of thing, for the confirmation. */
export function describeForget(s: ForgetSummary, done: boolean): string[] {
  const lines = [
    n(s.leads, 'lead', 'leads'),
    n(s.contacts, 'contact', 'contacts'),
    n(s.activities, 'activity', 'activities'),
  ];
  if (s.outboxRows > 0) lines.push(`${n(s.outboxRows, 'change', 'changes')} not yet sent to the team server`);
  if (s.syncClocks > 0) lines.push(`the sync history of ${n(s.syncClocks, 'record', 'records')}`);
  if (s.dealsUnlinked > 0) lines.push(`the link from ${n(s.dealsUnlinked, 'deal', 'deals')} (the deals stay)`);
  if (s.quarantined > 0) lines.push(n(s.quarantined, 'set-aside row', 'set-aside rows'));
  if (done) {
    if (s.tombstones > 0) {
      lines.push(`the team server is told to erase ${n(s.tombstones, 'record', 'records')} and their history`);
    }
    lines.push(`${n(s.suppressedKeys, 'identity key', 'identity keys')} added to the suppression list`);
  }
  return lines;
}
