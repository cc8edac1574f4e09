import type { Account } from '../../model/account';
import type { Contact } from '../../model/contact';
import type { Lead } from '../../model/lead';
import { hubSpotPreset } from './hubspot';
import { leadClipPreset } from './leadclip';
import { plainPreset } from './plain';
import type { CsvColumn, CsvEntity } from './preset';
import { salesforcePreset } from './salesforce';

export type { CsvColumn, CsvContext, CsvEntity, CsvPreset } from './preset';
export { SALESFORCE_NOT_PROVIDED } from './salesforce';

/** Every export format, in the order the export dialog offers them. A new format is one file and one line here. */
export const CSV_PRESET_LIST = [leadClipPreset, hubSpotPreset, salesforcePreset, plainPreset] as const;

export type CsvPresetId = (typeof CSV_PRESET_LIST)[number]['id'];

const byId = <T>(pick: (preset: (typeof CSV_PRESET_LIST)[number]) => T) =>
  Object.fromEntries(CSV_PRESET_LIST.map((p) => [p.id, pick(p)])) as Record<CsvPresetId, T>;

/** The entities a preset writes, in the order the export dialog names them. */
function entitiesOf(preset: (typeof CSV_PRESET_LIST)[number]): CsvEntity[] {
  const entities: CsvEntity[] = ['leads'];
  if (preset.contacts) entities.push('contacts');
  if (preset.accounts) entities.push('accounts');
  return entities;
}

export const CSV_PRESETS: Record<CsvPresetId, { label: string; entities: readonly CsvEntity[] }> = byId((p) => ({
  label: p.label,
  entities: entitiesOf(p),
}));

export const LEAD_COLUMNS: Record<CsvPresetId, readonly CsvColumn<Lead>[]> = byId((p) => p.leads);

function unsupported(preset: CsvPresetId, entity: CsvEntity): Error {
  return new Error(`The ${CSV_PRESETS[preset].label} format has no ${entity} export`);
}

export function contactColumns(preset: CsvPresetId): readonly CsvColumn<Contact>[] {
  const cols = CSV_PRESET_LIST.find((p) => p.id === preset)?.contacts;
  if (!cols) throw unsupported(preset, 'contacts');
  return cols;
}

export function accountColumns(preset: CsvPresetId): readonly CsvColumn<Account>[] {
  const cols = CSV_PRESET_LIST.find((p) => p.id === preset)?.accounts;
  if (!cols) throw unsupported(preset, 'accounts');
  return cols;
}

/** The header row a preset writes for an entity. */
export function presetHeaders(preset: CsvPresetId, entity: CsvEntity): string[] {
  const cols =
    entity === 'leads' ? LEAD_COLUMNS[preset] : entity === 'contacts' ? contactColumns(preset) : accountColumns(preset);
  return cols.map((c) => c.header);
}
