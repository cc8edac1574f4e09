import type { DeletedFlag, FieldMap, PackedFields } from '../lib/model/sync';
import type { RecordRow } from './merge-records';

/**
 * How a record's fields are stored: `{"h": [clocks…], "f": {field: [value, clock index]}}`.
 * Fields written together share one clock, so naming each clock once keeps a
 * freshly created lead about half the size of the wire form — and the store's
 * cost is mostly bytes. Pulls send this form as it is (PackedFieldsSchema).
 */
type Stored = PackedFields;

export function encodeFields(fields: FieldMap): string {
  return JSON.stringify(packFields(fields));
}

/** The stored form as an object, for a caller that serialises many records at once. */
export function packFields(fields: FieldMap): Stored {
  const clocks: string[] = [];
  const index = new Map<string, number>();
  const f: Stored['f'] = {};
  for (const [name, { v, hlc }] of Object.entries(fields)) {
    let i = index.get(hlc);
    if (i === undefined) {
      i = clocks.push(hlc) - 1;
      index.set(hlc, i);
    }
    f[name] = [v, i];
  }
  return { h: clocks, f };
}

export function decodeFields(text: string): FieldMap {
  const stored = JSON.parse(text) as Stored;
  const out: FieldMap = {};
  for (const [name, [v, i]] of Object.entries(stored.f)) {
    const hlc = stored.h[i];
    if (hlc === undefined) throw new Error(`Damaged record: field ${name} has no clock`);
    out[name] = { v: v as FieldMap[string]['v'], hlc };
  }
  return out;
}

export function decodeDeleted(text: string | null): DeletedFlag | null {
  return text === null ? null : (JSON.parse(text) as DeletedFlag);
}

/** A records row as stored: fields and tombstone as JSON text. */
export interface StoredRow {
  tbl: string;
  key: string;
  fields: string;
  deleted: string | null;
  version?: unknown;
  [k: string]: unknown;
}

export const decodeRow = (r: StoredRow): RecordRow => ({
  tbl: r.tbl,
  key: r.key,
  fields: decodeFields(r.fields),
  deleted: decodeDeleted(r.deleted),
});
