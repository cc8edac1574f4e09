import type { CsvEncoding } from '../csv/file-encoding';
import { recogniseFormat } from '../csv/import-formats';
import { autoMapColumns, type ColumnMapping } from '../csv/map-columns';
import { type ParsedCsv, parseCsvFile } from '../csv/parse-csv';
import { type ImportChoices, type ImportPreview, type ImportRowPlan, importErrorReport } from '../csv/plan-import';
import type { BatchedImportResult, ImportProgress, ImportRepository } from '../db/import-repository';

/** The preview lists this many rows; the counts always cover the whole file. */
export const PREVIEW_ROWS = 200;

/** What the wizard shows of an opened file: enough to check the mapping, not the whole file. */
export interface OpenedFile {
  headers: string[];
  /** The first data row's cells, beside each column in the mapping table. */
  firstRow: string[];
  rows: number;
  encoding: CsvEncoding;
  /** The tool that wrote the file, when its headers say so. */
  format?: string;
  mapping: ColumnMapping;
}

/** A dry run as the wizard shows it: every count, the first rows, and the error report when rows are rejected. */
export interface PreviewSummary {
  counts: ImportPreview['counts'];
  rows: ImportRowPlan[];
  total: number;
  /** The rejected rows as a CSV with an Error column; '' when none is rejected. */
  errorReport: string;
}

/**
 * One file being imported: parsed once, then previewed and imported as
 * often as the rep changes the mapping. Runs where the file is, in the
 * import worker (or in the page when there is none), so the file and its
 * 100,000 planned rows never cross to the side panel.
 */
export class ImportSession {
  private parsed: ParsedCsv | undefined;

  constructor(private readonly repo: ImportRepository) {}

  open(bytes: Uint8Array, encoding?: CsvEncoding): OpenedFile {
    this.parsed = undefined;
    const { parsed, encoding: used } = parseCsvFile(bytes, encoding);
    this.parsed = parsed;
    const format = recogniseFormat(parsed.headers);
    return {
      headers: parsed.headers,
      firstRow: parsed.rows.find((r) => r.skip === undefined)?.cells ?? [],
      rows: parsed.rows.length,
      encoding: used,
      ...(format ? { format } : {}),
      mapping: autoMapColumns(parsed.headers),
    };
  }

  private file(): ParsedCsv {
    if (!this.parsed) throw new Error('Choose a file first.');
    return this.parsed;
  }

  async preview(
    mapping: ColumnMapping,
    choices: ImportChoices,
    onProgress?: (p: ImportProgress) => void,
  ): Promise<PreviewSummary> {
    const parsed = this.file();
    const preview = await this.repo.previewImport(parsed, mapping, choices, onProgress ? { onProgress } : {});
    return {
      counts: preview.counts,
      rows: preview.rows.slice(0, PREVIEW_ROWS),
      total: preview.rows.length,
      errorReport: preview.counts.error > 0 ? importErrorReport(preview, parsed) : '',
    };
  }

  async import(
    mapping: ColumnMapping,
    choices: ImportChoices,
    onProgress?: (p: ImportProgress) => void,
    signal?: AbortSignal,
  ): Promise<BatchedImportResult> {
    return this.repo.importRows(this.file(), mapping, choices, {
      ...(onProgress ? { onProgress } : {}),
      ...(signal ? { signal } : {}),
    });
  }
}
