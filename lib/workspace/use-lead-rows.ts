import { useEffect, useState } from 'preact/hooks';
import type { LeadRow } from './lead-rows';
import type { WorkspaceServices } from './workspace-services';

/**
 * The first screenful comes from one indexed query so the panel paints at
 * once; the whole table follows for search, filters and counts, and stays live.
 */
export function useLeadRows(
  services: WorkspaceServices,
  firstPage = 40,
): { rows: LeadRow[] | undefined; complete: boolean; error: unknown } {
  const [state, setState] = useState<{ rows: LeadRow[] | undefined; complete: boolean; error: unknown }>({
    rows: undefined,
    complete: false,
    error: undefined,
  });
  useEffect(() => {
    let complete = false;
    services.recentLeadRows(firstPage).then(
      (rows) => {
        if (!complete) setState({ rows, complete: false, error: undefined });
      },
      (error: unknown) => setState((s) => ({ ...s, error })),
    );
    const sub = services.watchLeadRows().subscribe({
      next: (rows) => {
        complete = true;
        setState({ rows, complete: true, error: undefined });
      },
      error: (error: unknown) => setState((s) => ({ ...s, error })),
    });
    return () => sub.unsubscribe();
  }, [services, firstPage]);
  return state;
}
