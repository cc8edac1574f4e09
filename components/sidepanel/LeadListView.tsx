import { useRef } from 'preact/hooks';
import { LEAD_STATUS_LABEL } from '../../lib/model/lead-status';
import type { LeadRow } from '../../lib/services/lead-rows';
import { useVirtualRows } from './use-virtual-rows';

const ROW_HEIGHT = 64;

export interface LeadListViewProps {
  rows: LeadRow[];
  selected: ReadonlySet<string>;
  focusedIndex: number;
  onFocusIndex: (i: number) => void;
  onOpen: (id: string) => void;
  onToggleSelect: (id: string) => void;
}

/** The virtualised lead list: keyboard-driven (↑ ↓ Enter Space), only visible rows rendered. */
export function LeadListView(p: LeadListViewProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtual = useVirtualRows({
    count: p.rows.length,
    rowHeight: ROW_HEIGHT,
    getScrollElement: () => scrollRef.current,
  });

  const move = (to: number) => {
    const i = Math.max(0, Math.min(p.rows.length - 1, to));
    p.onFocusIndex(i);
    virtual.scrollToIndex(i, { align: 'auto' });
  };

  return (
    <div
      class="lead-scroll"
      ref={scrollRef}
      tabIndex={0}
      role="listbox"
      aria-label="Leads"
      aria-multiselectable="true"
      aria-activedescendant={p.rows[p.focusedIndex] ? `lead-${p.rows[p.focusedIndex]?.id}` : undefined}
      data-testid="lead-list"
      onKeyDown={(e) => {
        const row = p.rows[p.focusedIndex];
        if (e.key === 'ArrowDown') move(p.focusedIndex + 1);
        else if (e.key === 'ArrowUp') move(p.focusedIndex - 1);
        else if (e.key === 'Home') move(0);
        else if (e.key === 'End') move(p.rows.length - 1);
        else if (e.key === 'Enter' && row) p.onOpen(row.id);
        else if (e.key === ' ' && row) p.onToggleSelect(row.id);
        else return;
        e.preventDefault();
      }}
    >
      <div style={{ height: `${virtual.getTotalSize()}px`, position: 'relative' }}>
        {virtual.getVirtualItems().map((item) => {
          const r = p.rows[item.index];
          if (!r) return null;
          const focused = item.index === p.focusedIndex;
          return (
            // biome-ignore lint/a11y/useKeyWithClickEvents: the listbox owns the keyboard (aria-activedescendant), rows only take clicks
            <div
              key={r.id}
              tabIndex={-1}
              id={`lead-${r.id}`}
              role="option"
              aria-selected={p.selected.has(r.id)}
              class={focused ? 'lead-row focused' : 'lead-row'}
              style={{ transform: `translateY(${item.start}px)`, height: `${ROW_HEIGHT}px` }}
              data-testid="lead"
              onClick={() => {
                p.onFocusIndex(item.index);
                p.onOpen(r.id);
              }}
            >
              <input
                type="checkbox"
                checked={p.selected.has(r.id)}
                aria-label={`Select ${r.fullName || r.email}`}
                onClick={(e) => e.stopPropagation()}
                onChange={() => p.onToggleSelect(r.id)}
              />
              <div class="who">
                <div class="name line" data-testid="lead-name">
                  {r.fullName || r.email || 'Unnamed lead'}
                </div>
                <div class="line muted">
                  {[r.title, r.company].filter(Boolean).join(' · ')}
                  {r.email && (r.title || r.company) ? ' · ' : ''}
                  {r.email && <span data-testid="lead-email">{r.email}</span>}
                </div>
                <div class="line">
                  <span class={`chip status-${r.status}`}>{LEAD_STATUS_LABEL[r.status]}</span>
                  {r.tags.slice(0, 3).map((t) => (
                    <span class="chip" key={t}>
                      {t}
                    </span>
                  ))}
                </div>
              </div>
              <div
                class={r.salesReady ? 'score ready' : 'score'}
                title={r.salesReady ? 'Sales-ready' : 'Top of funnel'}
              >
                <strong>{r.score}</strong>
                <span>{r.grade}</span>
              </div>
            </div>
          );
        })}
      </div>
    </div>
  );
}
