import type { LeadRow } from '../../lib/services/lead-rows';

export interface FunnelCounts {
  leads: number;
  prospects: number;
  contacts: number;
}

/** Leads → prospects → contacts, and how scores spread: where the pipeline thins out. */
export function Insights({
  rows,
  contacts,
  threshold,
}: {
  rows: readonly LeadRow[];
  contacts: number;
  threshold: number;
}) {
  const funnel: FunnelCounts = {
    leads: rows.length,
    prospects: rows.filter((r) => r.status === 'qualified' || r.status === 'converted').length,
    contacts,
  };
  const max = Math.max(1, funnel.leads, funnel.contacts);
  const buckets = Array.from({ length: 10 }, () => 0);
  for (const r of rows)
    buckets[Math.min(9, Math.floor(r.score / 10))] = (buckets[Math.min(9, Math.floor(r.score / 10))] ?? 0) + 1;
  const top = Math.max(1, ...buckets);
  const salesReady = rows.filter((r) => r.salesReady).length;
  return (
    <div class="detail" data-testid="insights">
      <section>
        <h3>Funnel</h3>
        <div class="bars" data-testid="funnel">
          {(
            [
              ['Leads', funnel.leads],
              ['Prospects', funnel.prospects],
              ['Contacts', funnel.contacts],
            ] as const
          ).map(([label, n]) => (
            <div class="bar" key={label}>
              <span>{label}</span>
              <div class="bar-fill" style={{ width: `${(n / max) * 100}%` }} />
              <strong data-testid={`funnel-${label.toLowerCase()}`}>{n}</strong>
            </div>
          ))}
        </div>
      </section>
      <section>
        <h3>Scores</h3>
        <p class="muted">
          {salesReady} sales-ready (score ≥ {threshold}), {rows.length - salesReady} top of funnel
        </p>
        <div class="histogram" role="img" aria-label="Score histogram" data-testid="histogram">
          {buckets.map((n, i) => (
            <div key={String(i)} style={{ height: `${(n / top) * 100}%` }} title={`${i * 10}–${i * 10 + 9}: ${n}`} />
          ))}
        </div>
        <div class="muted" style="display:flex;justify-content:space-between;font-size:11px">
          <span>0</span>
          <span>50</span>
          <span>100</span>
        </div>
      </section>
    </div>
  );
}
