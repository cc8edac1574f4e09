import { useEffect, useState } from 'preact/hooks';
import type { LeadRow } from '../../lib/services/lead-rows';
import type { LeadViews } from '../../lib/services/lead-views';

/**
 * The first screenful comes from one indexed query so the panel paints at
 * once; the whole table follows for search, filters and counts, and stays live.
 */
export function useLeadRows(
  services: Pick<LeadViews, 'recentLeadRows' | 'watchLeadRows'>,
  firstPage = 40,
): { rows: LeadRow[] | undefined; complete: boolean; error: unknown } {
  const [state, setState] = useState<{ rows: LeadRow[] | undefined; complete: boolean; error: unknown }>({
    rows: undefined,
    complete: false,
    error: undefined,
  });
  useEffect(() => {
    let complete = false;
    let stopped = false;
    let sub: { unsubscribe(): void } | undefined;
    // The whole table waits until the first screenful is on screen: reading 50,000 rows at the
    // same time would hold back the small query the rep is waiting for.
    const watchAll = () => {
      if (stopped || sub) return;
      sub = services.watchLeadRows().subscribe({
        next: (rows) => {
          complete = true;
          setState({ rows, complete: true, error: undefined });
        },
        error: (error: unknown) => setState((s) => ({ ...s, error })),
      });
    };
    services.recentLeadRows(firstPage).then(
      (rows) => {
        if (!complete && !stopped) setState({ rows, complete: false, error: undefined });
        setTimeout(watchAll, 0);
      },
      (error: unknown) => {
        setState((s) => ({ ...s, error }));
        watchAll();
      },
    );
    return () => {
      stopped = true;
      sub?.unsubscribe();
    };
  }, [services, firstPage]);
  return state;
}
