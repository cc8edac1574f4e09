import { useEffect, useRef, useState } from 'preact/hooks';
import { CSV_ENCODING_LABEL, type CsvEncoding, CsvEncodingSchema } from '../../lib/csv/file-encoding';
import { type ColumnMapping, IMPORT_FIELD_LABEL, type ImportField } from '../../lib/csv/map-columns';
import { MAX_IMPORT_BYTES } from '../../lib/csv/parse-csv';
import { createImportWorker, type ImportEngine, workerImportEngine } from '../../lib/import/import-engine';
import type { OpenedFile, PreviewSummary } from '../../lib/import/import-protocol';
import type { BatchedImportResult, ImportChoices, ImportProgress, ImportRowPlan } from '../../lib/model/import';
import { type LeadSource, LeadSourceSchema } from '../../lib/model/lead-source';
import { ErrorAlert } from '../ErrorAlert';
import { LeadSourceOptions } from '../LeadSourceOptions';
import { useBusyAction } from './use-busy-action';

const OUTCOME_LABEL: Record<ImportRowPlan['outcome'], string> = {
  new: 'New lead',
  update: 'Updates a saved lead',
  unchanged: 'Already saved',
  'duplicate-in-file': 'Duplicate in this file',
  suppressed: 'Forgotten — skipped',
  error: 'Rejected',
  blank: 'Skipped (blank or a note)',
};

const tagList = (text: string) =>
  text
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);

const count = (n: number) => n.toLocaleString('en');

/** "Import 1,204 rows" and the like: the file's own numbers, with thousands separators. */
function ProgressLine(props: { what: string; progress: ImportProgress | undefined }) {
  const { progress } = props;
  if (!progress) return null;
  return (
    <p data-testid="import-progress">
      <progress max={progress.total} value={progress.done} aria-label={props.what} /> {props.what}:{' '}
      {count(progress.done)} of {count(progress.total)} rows
    </p>
  );
}

function resultText(r: BatchedImportResult): string {
  const what = `${count(r.created)} new, ${count(r.updated)} updated, ${count(r.unchanged)} unchanged, ${count(r.rejected)} rejected${r.suppressed ? `, ${count(r.suppressed)} forgotten skipped` : ''}${r.skipped ? `, ${count(r.skipped)} blank or notes skipped` : ''}`;
  if (!r.cancelled) return `Imported: ${what}.`;
  if (r.rowsDone === 0) return 'Cancelled before anything was written: nothing was imported.';
  return `Cancelled: rows 1–${count(r.rowsDone)} of ${count(r.rowsTotal)} were imported in whole batches (${what}); the other ${count(r.rowsTotal - r.rowsDone)} rows were not.`;
}

/**
 * CSV in: choose a file, check its encoding and how its columns map onto lead fields, see a dry
 * run with every row's outcome and errors, then import with a progress bar and Cancel. The file
 * is read, planned and written in the import worker; nothing is written before the rep presses Import.
 */
export function ImportWizard(props: {
  defaults: ImportChoices;
  onClose: () => void;
  /** Where the file is parsed, planned and written; the import worker unless a test gives another. */
  createEngine?: () => ImportEngine;
  /** Hands a file to the browser's download: the error report. */
  onDownload: (text: string, fileName: string) => void;
}) {
  const engine = useRef<ImportEngine | undefined>(undefined);
  const file = useRef<File | undefined>(undefined);
  const [opened, setOpened] = useState<{ name: string; file: OpenedFile } | undefined>();
  const [mapping, setMapping] = useState<ColumnMapping>([]);
  const [source, setSource] = useState<LeadSource>(props.defaults.source === 'web' ? 'import' : props.defaults.source);
  const [tags, setTags] = useState(props.defaults.tags.join(', '));
  const [preview, setPreview] = useState<PreviewSummary | undefined>();
  const [result, setResult] = useState<BatchedImportResult | undefined>();
  const [progress, setProgress] = useState<{ what: string; at: ImportProgress } | undefined>();
  const [importing, setImporting] = useState(false);
  const [override, setOverride] = useState(false);

  const theEngine = (): ImportEngine => {
    engine.current ??= (props.createEngine ?? (() => workerImportEngine(createImportWorker())))();
    return engine.current;
  };
  useEffect(() => () => engine.current?.close(), []);

  const choices = (): ImportChoices => ({
    source,
    tags: tagList(tags),
    ...(override ? { overrideSuppressed: true } : {}),
  });

  // Whatever runs, the progress bar goes when it settles.
  const { busy, error, run: attempt } = useBusyAction(() => setProgress(undefined));

  const open = (chosen: File, encoding?: CsvEncoding) =>
    attempt(async () => {
      setPreview(undefined);
      setResult(undefined);
      setOpened(undefined);
      if (chosen.size > MAX_IMPORT_BYTES) {
        throw new Error(
          `${chosen.name} is ${count(Math.round(chosen.size / 1024 / 1024))} MB; LeadClip imports files of up to 100 MB. Split it and import the parts.`,
        );
      }
      file.current = chosen;
      const bytes = new Uint8Array(await chosen.arrayBuffer());
      const read = await theEngine().open(bytes, encoding);
      setOpened({ name: chosen.name, file: read });
      setMapping(read.mapping);
    });

  const setColumn = (i: number, field: ImportField | null) => {
    setPreview(undefined);
    setMapping(mapping.map((m, j) => (j === i ? field : m === field && field !== null ? null : m)));
  };

  const runPreview = () =>
    attempt(async () => {
      setPreview(await theEngine().preview(mapping, choices(), (at) => setProgress({ what: 'Checking rows', at })));
    });

  const runImport = () => {
    setImporting(true);
    void attempt(async () => {
      try {
        setResult(await theEngine().run(mapping, choices(), (at) => setProgress({ what: 'Importing', at })));
      } finally {
        setImporting(false);
      }
    });
  };

  const fields = Object.keys(IMPORT_FIELD_LABEL) as ImportField[];
  const importable = preview ? preview.counts.new + preview.counts.update : 0;
  const headers = opened?.file.headers ?? [];
  // A repeated header ("Phone Number" twice) gets its position in its menu's name, so each can be told apart.
  const columnName = (i: number) => {
    const h = headers[i] ?? '';
    const before = headers.slice(0, i).filter((x) => x === h).length;
    const repeated = before > 0 || headers.indexOf(h, i + 1) >= 0;
    return repeated ? `${h} (${before + 1})` : h;
  };

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
            accept=".csv,.txt,text/csv"
            aria-label="CSV file"
            disabled={importing}
            onChange={(e) => {
              const chosen = e.currentTarget.files?.[0];
              if (chosen) void open(chosen);
            }}
          />
        </label>
        <p class="muted">
          Exports of LeadClip, Google Contacts, Outlook, Thunderbird, HubSpot, Salesforce, LinkedIn, Apollo, Lusha,
          ZoomInfo, lemlist, Pipedrive and most sales tools are recognised, in any common encoding. Up to 100 MB or
          1,000,000 rows.
        </p>

        {opened && (
          <>
            <h3>
              Columns of {opened.name} ({count(opened.file.rows)} rows)
            </h3>
            <p data-testid="import-file-facts">
              {opened.file.format ? `Recognised as a ${opened.file.format} export. ` : ''}
              <label>
                Encoding{' '}
                <select
                  aria-label="File encoding"
                  value={opened.file.encoding}
                  disabled={busy}
                  onChange={(e) => {
                    const chosen = file.current;
                    const encoding = CsvEncodingSchema.parse(e.currentTarget.value);
                    if (chosen) void open(chosen, encoding);
                  }}
                >
                  {CsvEncodingSchema.options.map((enc) => (
                    <option key={enc} value={enc}>
                      {CSV_ENCODING_LABEL[enc]}
                    </option>
                  ))}
                </select>
              </label>
            </p>
            <table class="mapping" data-testid="column-mapping">
              <thead>
                <tr>
                  <th>Column</th>
                  <th>First row</th>
                  <th>Lead field</th>
                </tr>
              </thead>
              <tbody>
                {headers.map((h, i) => (
                  <tr key={`${i}-${h}`}>
                    <td>{h}</td>
                    <td class="muted line" data-testid="first-row-cell">
                      {opened.file.firstRow[i] ?? ''}
                    </td>
                    <td>
                      <select
                        aria-label={`Field for column ${columnName(i)}`}
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
                  <LeadSourceOptions />
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
              <button type="button" class="secondary" disabled={busy} onClick={() => void runPreview()}>
                Preview import
              </button>
            </div>
          </>
        )}

        {progress && <ProgressLine what={progress.what} progress={progress.at} />}
        {importing && (
          <button type="button" class="secondary" onClick={() => theEngine().cancel()}>
            Cancel import
          </button>
        )}

        {opened && preview && !result && (
          <div data-testid="import-preview">
            <p data-testid="import-counts">
              {count(preview.counts.new)} new, {count(preview.counts.update)} updates, {count(preview.counts.unchanged)}{' '}
              already saved, {count(preview.counts['duplicate-in-file'])} duplicates in the file,{' '}
              {count(preview.counts.error)} rejected
              {preview.counts.blank > 0 && `, ${count(preview.counts.blank)} blank or notes skipped`}
              {preview.counts.suppressed > 0 && `, ${count(preview.counts.suppressed)} forgotten (skipped)`}
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
                {preview.rows.map((r) => (
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
                        <div class={r.outcome === 'blank' ? 'muted' : 'field-error'} key={e}>
                          {e}
                        </div>
                      ))}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            {preview.total > preview.rows.length && (
              <p class="muted">…and {count(preview.total - preview.rows.length)} more rows.</p>
            )}
            <div class="toolbar" style="padding-left:0">
              <button type="button" disabled={busy || importable === 0} onClick={runImport}>
                Import {count(importable)} {importable === 1 ? 'row' : 'rows'}
              </button>
              {preview.errorReport !== '' && (
                <button
                  type="button"
                  class="secondary"
                  onClick={() =>
                    props.onDownload(preview.errorReport, `${opened.name.replace(/\.\w+$/, '')}-errors.csv`)
                  }
                >
                  Download error report
                </button>
              )}
            </div>
          </div>
        )}

        {result && (
          <div role="status" data-testid="import-result">
            {resultText(result)}
          </div>
        )}
        <ErrorAlert message={error} />
      </div>
    </section>
  );
}
