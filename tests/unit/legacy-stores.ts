import { Dexie } from 'dexie';
import { STORES_BY_VERSION } from '../../lib/db/schema-history';

/**
 * The store as earlier releases declared it, to write what they wrote and open it with today's
 * LeadClipDB (which upgrades through lib/db/schema-history.ts). A release's layout is every table
 * declared up to it, read from that history so the two cannot drift apart.
 */
/** Every table declared up to `version`: what that release's store held. */
function layoutOf(version: number): Record<string, string> {
  const layout: Record<string, string> = {};
  for (const [v, stores] of Object.entries(STORES_BY_VERSION)) if (Number(v) <= version) Object.assign(layout, stores);
  return layout;
}

/** Opens `name` exactly as release `version` did, lets `write` fill it, and closes it. */
export async function writeAsRelease(
  version: 1 | 2 | 3 | 4,
  name: string,
  write: (db: Dexie) => Promise<void>,
): Promise<void> {
  const old = new Dexie(name);
  old.version(version).stores(layoutOf(version));
  await write(old);
  old.close();
}
