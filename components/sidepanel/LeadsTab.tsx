import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { LeadStatus } from '../../lib/model/lead-status';
import type { DeletedLeadsToken } from '../../lib/services/deleted-leads-shelf';
import type { LeadEditing } from '../../lib/services/lead-editing';
import {
  filterLeadRows,
  isFiltered,
  LEAD_SORTS,
  type LeadFilter,
  type LeadRow,
  type LeadSort,
  NO_FILTER,
  sortLeadRows,
} from '../../lib/services/lead-rows';
import { EmptyState } from '../EmptyState';
import { BulkBar } from './BulkBar';
import { LeadFilters } from './LeadFilters';
import { LeadListView } from './LeadListView';

/** Search, filter, sort, select and act on the leads; opening one hands over to the detail view. */
export function LeadsTab(props: {
  rows: LeadRow[] | undefined;
  services: Pick<LeadEditing, 'addTags' | 'setStatus' | 'deleteLeads' | 'undoDelete'>;
  onOpen: (id: string) => void;
  /** Opens the export with the leads shown now (search and filters applied) and the selected ones. */
  onExport?: (scope: { shown: string[]; selected: string[] }) => void;
  onImport?: () => void;
}) {
  const [text, setText] = useState('');
  const [filter, setFilter] = useState<LeadFilter>(NO_FILTER);
  const [showFilters, setShowFilters] = useState(false);
  const [sort, setSort] = useState<LeadSort>('updated-desc');
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [focused, setFocused] = useState(0);
  const [undo, setUndo] = useState<{ token: DeletedLeadsToken; label: string } | undefined>();
  const [notice, setNotice] = useState('');
  const searchRef = useRef<HTMLInputElement>(null);

  const shown = useMemo(
    () => sortLeadRows(filterLeadRows(props.rows ?? [], { ...filter, text }), sort),
    [props.rows, filter, text, sort],
  );

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === '/' && document.activeElement?.tagName !== 'INPUT') {
        e.preventDefault();
        searchRef.current?.focus();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  if (props.rows !== undefined && props.rows.length === 0) {
    return (
      <EmptyState title="No leads yet">
        Open a page with people on it — a profile, a team page, a search result list — click the LeadClip button in the
        toolbar and press Capture. Your leads appear here as you save them.
        {props.onImport && (
          <p>
            <button type="button" class="secondary" onClick={props.onImport}>
              Import a CSV file…
            </button>
          </p>
        )}
      </EmptyState>
    );
  }

  const ids = [...selected];
  const toggle = (id: string) => {
    const next = new Set(selected);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setSelected(next);
  };

  return (
    <>
      <div class="toolbar">
        <input
          ref={searchRef}
          class="search"
          type="search"
          placeholder="Search name, email, company, title  ( / )"
          aria-label="Search leads"
          value={text}
          onInput={(e) => {
            setText(e.currentTarget.value);
            setFocused(0);
          }}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown') {
              e.preventDefault();
              (document.querySelector('[data-testid="lead-list"]') as HTMLElement | null)?.focus();
            }
          }}
        />
        <button
          type="button"
          class={isFiltered(filter) ? '' : 'secondary'}
          aria-expanded={showFilters}
          onClick={() => setShowFilters(!showFilters)}
        >
          Filters
        </button>
        <select aria-label="Sort leads" value={sort} onChange={(e) => setSort(e.currentTarget.value as LeadSort)}>
          {Object.entries(LEAD_SORTS).map(([k, label]) => (
            <option key={k} value={k}>
              {label}
            </option>
          ))}
        </select>
      </div>
      {showFilters && <LeadFilters filter={filter} onChange={setFilter} />}
      <div class="toolbar muted" style="font-size:12px">
        <span data-testid="shown-count">
          {shown.length} of {props.rows?.length ?? '…'} leads
        </span>
        <button type="button" class="secondary" onClick={() => setSelected(new Set(shown.map((r) => r.id)))}>
          Select all shown
        </button>
        {props.onExport && (
          <button
            type="button"
            class="secondary"
            onClick={() => props.onExport?.({ shown: shown.map((r) => r.id), selected: ids })}
          >
            Export…
          </button>
        )}
        {props.onImport && (
          <button type="button" class="secondary" onClick={props.onImport}>
            Import…
          </button>
        )}
      </div>
      {selected.size > 0 && (
        <BulkBar
          count={selected.size}
          onTag={(tag) => props.services.addTags(ids, [tag])}
          onStatus={async (to: LeadStatus) => {
            const r = await props.services.setStatus(ids, to);
            setNotice(
              r.refused.length > 0
                ? `${r.changed} changed; ${r.refused.length} refused: ${r.refused[0]?.reason ?? ''}`
                : `${r.changed} changed`,
            );
          }}
          onDelete={async () => {
            const token = await props.services.deleteLeads(ids);
            setSelected(new Set());
            setUndo({ token, label: `Deleted ${token.count} ${token.count === 1 ? 'lead' : 'leads'}` });
          }}
          onExport={
            props.onExport ? () => props.onExport?.({ shown: shown.map((r) => r.id), selected: ids }) : undefined
          }
          onClear={() => setSelected(new Set())}
        />
      )}
      {notice && (
        <div class="toolbar" role="status">
          {notice}
        </div>
      )}
      {shown.length === 0 && props.rows !== undefined ? (
        <EmptyState title="No lead matches">Change the search or clear the filters.</EmptyState>
      ) : (
        <LeadListView
          rows={shown}
          selected={selected}
          focusedIndex={Math.min(focused, Math.max(0, shown.length - 1))}
          onFocusIndex={setFocused}
          onOpen={props.onOpen}
          onToggleSelect={toggle}
        />
      )}
      {undo && (
        <div class="undo" role="status" data-testid="undo-bar">
          <span>{undo.label}</span>
          <button
            type="button"
            onClick={async () => {
              await props.services.undoDelete(undo.token);
              setUndo(undefined);
            }}
          >
            Undo
          </button>
        </div>
      )}
    </>
  );
}
