import type { Suppression } from '../model/privacy';
import type { IdentityKeys } from './lead-keys';

/**
 * The keys a forgotten person is suppressed by: the same identity keys dedupe
 * uses (lib/crm/lead-keys). Name + company only when there is nothing better:
 * it is the weakest key, and another person may share it.
 */
export function suppressionKeysOf(keys: IdentityKeys): Pick<Suppression, 'key' | 'kind'>[] {
  const out: Pick<Suppression, 'key' | 'kind'>[] = [
    ...keys.emailKeys.map((key) => ({ key, kind: 'email' as const })),
    ...keys.profileKeys.map((key) => ({ key, kind: 'profile' as const })),
  ];
  if (out.length === 0 && keys.nameKey) out.push({ key: keys.nameKey, kind: 'name' });
  return out;
}

/** Every key a person could be matched against the list by (name + company always: a re-capture may bring it alone). */
export function lookupKeysOf(keys: IdentityKeys): string[] {
  return [...keys.emailKeys, ...keys.profileKeys, ...(keys.nameKey ? [keys.nameKey] : [])];
}

/** The earliest suppression among a person's keys, or undefined when the person was never forgotten. */
export function findSuppression(keys: IdentityKeys, list: ReadonlyMap<string, Suppression>): Suppression | undefined {
  let found: Suppression | undefined;
  for (const k of lookupKeysOf(keys)) {
    const s = list.get(k);
    if (s && (found === undefined || s.forgottenAt < found.forgottenAt)) found = s;
  }
  return found;
}

/** "forgotten on 3 March 2026": what the popup and the import preview say. */
export function forgottenOn(at: number): string {
  return `forgotten on ${new Date(at).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })}`;
}
