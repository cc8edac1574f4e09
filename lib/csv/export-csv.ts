import type { Account } from '../model/account';
import type { Contact } from '../model/contact';
import type { Lead } from '../model/lead';
import { localDate } from './cell-codec';
import {
  accountColumns,
  type CsvColumn,
  type CsvContext,
  type CsvEntity,
  type CsvPresetId,
  contactColumns,
  LEAD_COLUMNS,
} from './presets';
import { BOM, CSV_EOL, type CsvDelimiter, csvCell, csvRecord } from './write-csv';

export interface CsvExportOptions {
  preset: CsvPresetId;
  delimiter: ',' | ';';
  bom: boolean;
}

export type CsvExportInput =
  | { entity: 'leads'; records: readonly Lead[] }
  | { entity: 'contacts'; records: readonly Contact[]; accounts: readonly Account[] }
  | { entity: 'accounts'; records: readonly Account[] };

/** Rows per chunk: small enough that building one takes a few milliseconds, so the panel keeps painting. */
export const EXPORT_CHUNK_ROWS = 2_000;

interface Table<R> {
  columns: readonly CsvColumn<R>[];
  records: readonly R[];
  ctx: CsvContext;
}

const NO_ACCOUNTS: CsvContext = { account: () => undefined };

type AnyRecord = Lead | Contact | Account;

/**
 * The records and columns of an export. Each branch pairs columns with the
 * records they were written for; the wider type only lets one loop serve all.
 */
function table(input: CsvExportInput, preset: CsvPresetId): Table<AnyRecord> {
  switch (input.entity) {
    case 'leads':
      return { columns: LEAD_COLUMNS[preset], records: input.records, ctx: NO_ACCOUNTS };
    case 'contacts': {
      const byId = new Map(input.accounts.map((a) => [a.id, a]));
      return { columns: contactColumns(preset), records: input.records, ctx: { account: (id) => byId.get(id) } };
    }
    case 'accounts':
      return { columns: accountColumns(preset), records: input.records, ctx: NO_ACCOUNTS };
  }
}

function headerLine<R>(t: Table<R>, d: CsvDelimiter): string {
  return csvRecord(
    t.columns.map((c) => c.header),
    d,
  );
}

/** Records [from, to) as CSV text, each ended by CRLF. The hot loop of every export (joins, not `+=`: see csvRecord). */
function rowsText<R>(t: Table<R>, from: number, to: number, d: CsvDelimiter): string {
  if (to <= from) return '';
  const { columns, records, ctx } = t;
  const n = columns.length;
  const cells = new Array<string>(n);
  const lines = new Array<string>(to - from);
  for (let r = from; r < to; r++) {
    const record = records[r] as R;
    for (let c = 0; c < n; c++) {
      const column = columns[c] as CsvColumn<R>;
      cells[c] = column.written ? column.written(record, ctx, d) : csvCell(column.cell(record, ctx), d);
    }
    lines[r - from] = cells.join(d);
  }
  return lines.join(CSV_EOL) + CSV_EOL;
}

/** The whole file as one string (tests, benchmarks, small exports). */
export function csvText(input: CsvExportInput, options: CsvExportOptions): string {
  const t = table(input, options.preset);
  const parts = [(options.bom ? BOM : '') + headerLine(t, options.delimiter) + CSV_EOL];
  // In chunks, as exportCsv does: short-lived arrays of a few thousand lines keep the collector's work small.
  for (let from = 0; from < t.records.length; from += EXPORT_CHUNK_ROWS) {
    parts.push(rowsText(t, from, Math.min(t.records.length, from + EXPORT_CHUNK_ROWS), options.delimiter));
  }
  return parts.join('');
}

/**
 * The header and cell texts of an export before quoting and neutralisation:
 * what a general CSV writer would be given (the benchmark feeds them to
 * papaparse's unparse).
 */
export function csvCells(input: CsvExportInput, preset: CsvPresetId): { header: string[]; rows: string[][] } {
  const t = table(input, preset);
  return {
    header: t.columns.map((c) => c.header),
    rows: t.records.map((r) => t.columns.map((c) => c.cell(r, t.ctx))),
  };
}

/** Lets the page handle input and paint between chunks; a macrotask, unlike a resolved promise. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * The export as a UTF-8 file, built a chunk of rows at a time with a
 * macrotask between chunks, so 100,000 leads never freeze the side panel.
 * The Blob keeps the chunks as separate parts: no one giant string.
 */
export async function exportCsv(
  input: CsvExportInput,
  options: CsvExportOptions,
  onProgress?: (done: number, total: number) => void,
): Promise<Blob> {
  const t = table(input, options.preset);
  const total = t.records.length;
  const parts: string[] = [(options.bom ? BOM : '') + headerLine(t, options.delimiter) + CSV_EOL];
  onProgress?.(0, total);
  for (let from = 0; from < total; from += EXPORT_CHUNK_ROWS) {
    const to = Math.min(total, from + EXPORT_CHUNK_ROWS);
    parts.push(rowsText(t, from, to, options.delimiter));
    onProgress?.(to, total);
    if (to < total) await nextTask();
  }
  return new Blob(parts, { type: 'text/csv;charset=utf-8' });
}

/** leadclip-leads-2026-11-23.csv, by the rep's local calendar day. */
export function exportFileName(entity: CsvEntity, now: Date, ext: 'csv' | 'vcf'): string {
  return `leadclip-${entity}-${localDate(now)}.${ext}`;
}
