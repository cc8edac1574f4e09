import { liveQuery, type Observable } from 'dexie';
import { z } from 'zod';
import { DEFAULT_SETTINGS, type Settings, type SettingsInput, SettingsSchema } from '../model/settings';
import { syncServerUrlProblem } from '../model/sync';
import type { LeadClipDB } from './database';

const KEY = 'settings';

/** Settings live in the store beside the data, parsed on every read: an old or damaged value falls back to defaults field by field. */
export class SettingsRepository {
  constructor(private readonly db: LeadClipDB) {}

  async get(): Promise<Settings> {
    const row = await this.db.meta.get(KEY);
    return parseSettings(row?.value);
  }

  async update(patch: Partial<SettingsInput>): Promise<Settings> {
    return this.db.transaction('rw', this.db.meta, async () => {
      const next = SettingsSchema.parse({ ...(await this.get()), ...patch });
      await this.db.meta.put({ key: KEY, value: next });
      return next;
    });
  }

  watch(): Observable<Settings> {
    return liveQuery(() => this.get());
  }
}

export function parseSettings(value: unknown): Settings {
  const whole = SettingsSchema.safeParse(value ?? {});
  if (whole.success) return whole.data;
  // Keep every field that still parses rather than throwing away all the rep's choices.
  const out: Record<string, unknown> = {};
  const source = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  for (const key of Object.keys(SettingsSchema.shape) as (keyof Settings)[]) {
    const field = SettingsSchema.shape[key].safeParse(source[key]);
    if (field.success) out[key] = field.data;
    else out[key] = (key === 'sync' ? refusedSync(source.sync) : undefined) ?? DEFAULT_SETTINGS[key];
  }
  return SettingsSchema.parse(out);
}

const StoredSyncSchema = z.object({ serverUrl: z.string().max(2048), token: z.string().max(500).catch('') });

/**
 * Sync settings saved before sync servers had to be https: sync is turned off rather than sent
 * over plain http, but the address and token stay, so the options page can say why and the rep
 * can put the https address in. Dropped, sync would just stop with the settings blank.
 */
function refusedSync(value: unknown): Settings['sync'] | undefined {
  const stored = StoredSyncSchema.safeParse(value);
  if (!stored.success || stored.data.serverUrl === '' || !syncServerUrlProblem(stored.data.serverUrl)) return undefined;
  return { enabled: false, serverUrl: '', token: stored.data.token, refusedServerUrl: stored.data.serverUrl };
}
