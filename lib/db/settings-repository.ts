import { liveQuery, type Observable } from 'dexie';
import { DEFAULT_SETTINGS, type Settings, SettingsSchema } from '../model/settings';
import type { LeadClipDB } from './database';

const KEY = 'settings';

/** Settings live in the store beside the data, parsed on every read: an old or damaged value falls back to defaults field by field. */
export class SettingsRepository {
  constructor(private readonly db: LeadClipDB) {}

  async get(): Promise<Settings> {
    const row = await this.db.meta.get(KEY);
    return parseSettings(row?.value);
  }

  async update(patch: Partial<Settings>): Promise<Settings> {
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
    out[key] = field.success ? field.data : DEFAULT_SETTINGS[key];
  }
  return SettingsSchema.parse(out);
}
