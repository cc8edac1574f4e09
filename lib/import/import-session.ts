import type { CsvEncoding } from '../csv/file-encoding';
import { recogniseFormat } from '../csv/import-formats';
import { autoMapColumns, type ColumnMapping } from '../csv/map-columns';
import { type ParsedCsv, parseCsvFile } from '../csv/parse-csv';
import { importErrorReport } from '../csv/plan-import';
import type { ImportRepository } from '../db/import-repository';
import type { BatchedImportResult, ImportChoices, ImportProgress } from '../model/import';
import type { OpenedFile, PreviewSummary } from './import-protocol';

/** The preview lists this many rows; the counts always cover the whole file. */
export const PREVIEW_ROWS = 200;

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
