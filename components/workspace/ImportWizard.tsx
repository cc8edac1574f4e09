import { useState } from 'preact/hooks';
import { autoMapColumns, type ColumnMapping, IMPORT_FIELD_LABEL, type ImportField } from '../../lib/csv/map-columns';
import { type ParsedCsv, parseCsv } from '../../lib/csv/parse-csv';
import type { ImportPreview, ImportRowPlan } from '../../lib/csv/plan-import';
import { LEAD_SOURCE_LABEL, type LeadSource, LeadSourceSchema } from '../../lib/model/lead-source';

export interface ImportChoices {
  source: LeadSource;
  tags: string[];
  overrideSuppressed?: boolean;
}

export interface ImportResult {
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
  suppressed?: number;
}

const OUTCOME_LABEL: Record<ImportRowPlan['outcome'], string> = {
  new: 'New lead',
  update: 'Updates a saved lead',
  unchanged: 'Already saved',
  'duplicate-in-file': 'Duplicate in this file',
  suppressed: 'Forgotten — skipped',
  error: 'Rejected',
  blank: 'Skipped (blank or a note)',
};

/** The preview lists this many rows; the counts always cover the whole file. */
const PREVIEW_ROWS = 200;

const tagList = (text: string) =>
  text
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);

/**
 * CSV in: choose a file, check how its columns map onto lead fields, see a dry run with every
 * row's outcome and errors, then import. Nothing is written before the rep presses Import.
 */
export function ImportWizard(props: {
  defaults: ImportChoices;
  onPreview: (parsed: ParsedCsv, mapping: ColumnMapping, choices: ImportChoices) => Promise<ImportPreview>;
  onImport: (parsed: ParsedCsv, mapping: ColumnMapping, choices: ImportChoices) => Promise<ImportResult>;
  onErrorReport: (preview: ImportPreview, parsed: ParsedCsv) => void;
  onClose: () => void;
}) {
  const [parsed, setParsed] = useState<{ file: string; csv: ParsedCsv } | undefined>();
  const [mapping, setMapping] = useState<ColumnMapping>([]);
  const [source, setSource] = useState<LeadSource>(props.defaults.source === 'web' ? 'import' : props.defaults.source);
  const [tags, setTags] = useState(props.defaults.tags.join(', '));
  const [preview, setPreview] = useState<ImportPreview | undefined>();
  const [result, setResult] = useState<ImportResult | undefined>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const [override, setOverride] = useState(false);
  const choices = (): ImportChoices => ({
    source,
    tags: tagList(tags),
    ...(override ? { overrideSuppressed: true } : {}),
  });

  const attempt = async (f: () => Promise<void>) => {
    setError('');
    setBusy(true);
    try {
      await f();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  const chooseFile = (file: File) =>
    attempt(async () => {
      setPreview(undefined);
      setResult(undefined);
      setParsed(undefined);
      const csv = parseCsv(await file.text());
      setParsed({ file: file.name, csv });
      setMapping(autoMapColumns(csv.headers));
    });

  const setColumn = (i: number, field: ImportField | null) => {
    setPreview(undefined);
    setMapping(mapping.map((m, j) => (j === i ? field : m === field && field !== null ? null : m)));
  };

  const fields = Object.keys(IMPORT_FIELD_LABEL) as ImportField[];
  const importable = preview ? preview.counts.new + preview.counts.update : 0;

  return (
    <section class="dialog" aria-label="Import leads" data-testid="import-wizard">
      <header class="toolbar">
        <strong style="flex:1">Import leads from CSV</strong>
        <button type="button" class="secondary" onClick={props.onClose} aria-label="Close import">
          ✕
        </button>
      </header>
      <div class="dialog-body">
        <label>
          CSV file{' '}
          <input
            type="file"
            accept=".csv,text/csv"
            aria-label="CSV file"
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              if (file) void chooseFile(file);
            }}
          />
        </label>
        <p class="muted">
          Exports of LeadClip, HubSpot, Salesforce, LinkedIn (Connections.csv) and most sales tools are recognised.
        </p>

        {parsed && (
          <>
            <h3>
              Columns of {parsed.file} ({parsed.csv.rows.length} rows)
            </h3>
            <table class="mapping" data-testid="column-mapping">
              <thead>
                <tr>
                  <th>Column</th>
                  <th>First row</th>
                  <th>Lead field</th>
                </tr>
              </thead>
              <tbody>
                {parsed.csv.headers.map((h, i) => (
                  <tr key={`${i}-${h}`}>
                    <td>{h}</td>
                    <td class="muted line">{parsed.csv.rows[0]?.cells[i] ?? ''}</td>
                    <td>
                      <select
                        aria-label={`Field for column ${h}`}
                        value={mapping[i] ?? ''}
                        onChange={(e) => setColumn(i, (e.currentTarget.value || null) as ImportField | null)}
                      >
                        <option value="">— skip —</option>
                        {fields.map((f) => (
                          <option key={f} value={f}>
                            {IMPORT_FIELD_LABEL[f]}
                          </option>
                        ))}
                      </select>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <div class="toolbar" style="padding-left:0">
              <label>
                Lead source{' '}
                <select
                  aria-label="Lead source for imported leads"
                  value={source}
                  onChange={(e) => setSource(LeadSourceSchema.parse(e.currentTarget.value))}
                >
                  {LeadSourceSchema.options.map((s) => (
                    <option key={s} value={s}>
                      {LEAD_SOURCE_LABEL[s]}
                    </option>
                  ))}
                </select>
              </label>
              <label>
                Tags{' '}
                <input
                  aria-label="Tags for imported leads"
                  value={tags}
                  onInput={(e) => setTags(e.currentTarget.value)}
                />
              </label>
              <button
                type="button"
                class="secondary"
                disabled={busy}
                onClick={() =>
                  void attempt(async () => setPreview(await props.onPreview(parsed.csv, mapping, choices())))
                }
              >
                Preview import
              </button>
            </div>
          </>
        )}

        {parsed && preview && !result && (
          <div data-testid="import-preview">
            <p data-testid="import-counts">
              {preview.counts.new} new, {preview.counts.update} updates, {preview.counts.unchanged} already saved,{' '}
              {preview.counts['duplicate-in-file']} duplicates in the file, {preview.counts.error} rejected
              {preview.counts.suppressed > 0 && `, ${preview.counts.suppressed} forgotten (skipped)`}
            </p>
            {(preview.counts.suppressed > 0 || override) && (
              <label class="switch" data-testid="import-override">
                <input
                  type="checkbox"
                  checked={override}
                  onChange={(e) => {
                    // The preview must show what the import will do: a changed choice asks for a new one.
                    setOverride(e.currentTarget.checked);
                    setPreview(undefined);
                  }}
                />
                Import people who were forgotten anyway (only with a new lawful basis)
              </label>
            )}
            <table class="mapping">
              <thead>
                <tr>
                  <th>Row</th>
                  <th>Person</th>
                  <th>Outcome</th>
                </tr>
              </thead>
              <tbody>
                {preview.rows.slice(0, PREVIEW_ROWS).map((r) => (
                  <tr
                    key={r.line}
                    data-testid="import-row"
                    class={r.outcome === 'error' || r.outcome === 'suppressed' ? 'row-error' : ''}
                  >
                    <td>{r.line}</td>
                    <td>{r.name}</td>
                    <td>
                      {OUTCOME_LABEL[r.outcome]}
                      {r.changed.length > 0 && <span class="muted"> ({r.changed.join(', ')})</span>}
                      {r.errors.map((e) => (
                        <div class="field-error" key={e}>
                          {e}
                        </div>
                      ))}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            {preview.rows.length > PREVIEW_ROWS && (
              <p class="muted">…and {preview.rows.length - PREVIEW_ROWS} more rows.</p>
            )}
            <div class="toolbar" style="padding-left:0">
              <button
                type="button"
                disabled={busy || importable === 0}
                onClick={() =>
                  void attempt(async () => setResult(await props.onImport(parsed.csv, mapping, choices())))
                }
              >
                Import {importable} {importable === 1 ? 'row' : 'rows'}
              </button>
              {preview.counts.error > 0 && (
                <button type="button" class="secondary" onClick={() => props.onErrorReport(preview, parsed.csv)}>
                  Download error report
                </button>
              )}
            </div>
          </div>
        )}

        {result && (
          <div role="status" data-testid="import-result">
            Imported: {result.created} new, {result.updated} updated, {result.unchanged} unchanged, {result.rejected}{' '}
            rejected{result.suppressed ? `, ${result.suppressed} forgotten skipped` : ''}.
          </div>
        )}
        {error && (
          <div class="error" role="alert">
            {error}
          </div>
        )}
      </div>
    </section>
  );
}
