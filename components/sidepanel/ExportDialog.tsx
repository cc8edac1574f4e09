import { useState } from 'preact/hooks';
import type { CsvExportOptions } from '../../lib/csv/export-csv';
import { CSV_PRESETS, type CsvEntity, type CsvPresetId } from '../../lib/csv/presets';
import { ErrorAlert } from '../ErrorAlert';

export interface ExportScope {
  id: string;
  label: string;
  /** The records in this scope; undefined means every record of the entity. */
  ids: string[] | undefined;
  count: number;
}

export interface ExportProgress {
  done: number;
  total: number;
}

const ENTITY_LABEL: Record<CsvEntity, string> = { leads: 'leads', contacts: 'contacts', accounts: 'accounts' };

/**
 * What to export, in which CRM's shape. The file is built in the background in chunks and
 * reports progress, so a 100,000-lead export never freezes the panel.
 */
export function ExportDialog(props: {
  entity: CsvEntity;
  scopes: ExportScope[];
  onExportCsv: (
    ids: string[] | undefined,
    options: CsvExportOptions,
    onProgress: (p: ExportProgress) => void,
  ) => Promise<{ fileName: string; count: number }>;
  onExportVCard?: (ids: string[] | undefined) => Promise<{ fileName: string; count: number }>;
  onClose: () => void;
}) {
  const presets = (Object.keys(CSV_PRESETS) as CsvPresetId[]).filter((p) =>
    CSV_PRESETS[p].entities.includes(props.entity),
  );
  const [scopeId, setScopeId] = useState(props.scopes[props.scopes.length - 1]?.id ?? '');
  const [preset, setPreset] = useState<CsvPresetId>(presets[0] ?? 'plain');
  const [delimiter, setDelimiter] = useState<',' | ';'>(',');
  const [bom, setBom] = useState(false);
  const [progress, setProgress] = useState<ExportProgress | undefined>();
  const [message, setMessage] = useState('');
  const [error, setError] = useState('');
  const busy = progress !== undefined;
  const scope = props.scopes.find((s) => s.id === scopeId) ?? props.scopes[0];

  const run = async (f: () => Promise<{ fileName: string; count: number }>) => {
    setError('');
    setMessage('');
    setProgress({ done: 0, total: scope?.count ?? 0 });
    try {
      const r = await f();
      setMessage(
        `Exported ${r.count} ${r.count === 1 ? ENTITY_LABEL[props.entity].replace(/s$/, '') : ENTITY_LABEL[props.entity]} to ${r.fileName}`,
      );
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setProgress(undefined);
    }
  };

  return (
    <section class="dialog" aria-label={`Export ${ENTITY_LABEL[props.entity]}`} data-testid="export-dialog">
      <header class="toolbar">
        <strong style="flex:1">Export {ENTITY_LABEL[props.entity]}</strong>
        <button type="button" class="secondary" onClick={props.onClose} aria-label="Close export">
          ✕
        </button>
      </header>
      <div class="dialog-body">
        <fieldset>
          <legend>Which</legend>
          {props.scopes.map((s) => (
            <label class="switch" key={s.id}>
              <input type="radio" name="export-scope" checked={s.id === scope?.id} onChange={() => setScopeId(s.id)} />
              {s.label} ({s.count})
            </label>
          ))}
        </fieldset>
        <label>
          Format{' '}
          <select
            aria-label="Export format"
            value={preset}
            onChange={(e) => setPreset(e.currentTarget.value as CsvPresetId)}
          >
            {presets.map((p) => (
              <option key={p} value={p}>
                {CSV_PRESETS[p].label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Separator{' '}
          <select
            aria-label="Separator"
            value={delimiter}
            onChange={(e) => setDelimiter(e.currentTarget.value === ';' ? ';' : ',')}
          >
            <option value=",">comma</option>
            <option value=";">semicolon (Excel in much of Europe)</option>
          </select>
        </label>
        <label class="switch">
          <input type="checkbox" checked={bom} onChange={(e) => setBom(e.currentTarget.checked)} /> Add a BOM (for
          Excel)
        </label>
        <div class="toolbar" style="padding-left:0">
          <button
            type="button"
            disabled={busy || !scope || scope.count === 0}
            onClick={() =>
              void run(() => props.onExportCsv(scope?.ids, { preset, delimiter, bom }, (p) => setProgress({ ...p })))
            }
          >
            Download CSV
          </button>
          {props.onExportVCard && (
            <button
              type="button"
              class="secondary"
              disabled={busy || !scope || scope.count === 0}
              onClick={() =>
                void run(() => props.onExportVCard?.(scope?.ids) ?? Promise.reject(new Error('No vCard export')))
              }
            >
              Download vCard
            </button>
          )}
        </div>
        {progress && (
          <div role="status" data-testid="export-progress">
            <progress max={Math.max(1, progress.total)} value={progress.done} /> {progress.done} of {progress.total}
          </div>
        )}
        {message && (
          <div role="status" data-testid="export-status">
            {message}
          </div>
        )}
        <ErrorAlert message={error} />
      </div>
    </section>
  );
}
