import type { LeadClipDB } from '../db/database';
import { watchLeadChanges } from './lead-changes';
import type { LeadRow } from './lead-rows';
import { type ChunkedReadOptions, readAllLeadRows, readLeadRowsByKey } from './read-lead-rows';

export interface LeadRowsObserver {
  next?: (rows: LeadRow[]) => void;
  error?: (error: unknown) => void;
}

/** Every lead as a list row, re-emitted whenever any context changes the leads. */
export interface LiveLeadRows {
  subscribe(observer: LeadRowsObserver): { unsubscribe(): void };
}

/**
 * The side panel's whole lead list, kept live without ever holding the main
 * thread for long (issue #17: a liveQuery of `toArray()` read and parsed 100,000
 * leads in one task, and again after every change).
 *
 * - The table is read in chunks (read-lead-rows.ts); a list is emitted only
 *   once every chunk is in, so a half-read table never shows as the whole.
 * - Changes are heard before the first read starts, so none is missed. A change
 *   that names its leads (an edit, a capture) re-reads just those leads; one
 *   that may touch any lead (an import, a sync page, a clear) re-reads the table,
 *   abandoning a read in progress. Until then the last complete list stays shown.
 */
export function liveLeadRows(
  db: LeadClipDB,
  options: Pick<ChunkedReadOptions, 'chunkSize' | 'onChunk'> = {},
): LiveLeadRows {
  return {
    subscribe(observer) {
      let closed = false;
      let running = false;
      let rows: Map<string, LeadRow> | undefined;
      let wholeTable = true;
      /** Bumped by each change that needs the whole table: a read begun before it is stale. */
      let generation = 0;
      const changed = new Set<string>();

      const catchUp = async () => {
        if (running || closed) return;
        running = true;
        try {
          while (!closed && (wholeTable || changed.size > 0)) {
            const started = generation;
            const stale = () => closed || generation !== started;
            if (wholeTable || !rows) {
              wholeTable = false;
              const read = await readAllLeadRows(db, { ...options, stopped: stale });
              if (!read) continue;
              rows = read;
            } else {
              const ids = [...changed];
              changed.clear();
              const fresh = await readLeadRowsByKey(db, ids, { chunkSize: options.chunkSize });
              if (stale()) continue;
              for (const [id, row] of fresh) {
                if (row) rows.set(id, row);
                else rows.delete(id);
              }
            }
            if (!wholeTable && changed.size === 0 && !closed) observer.next?.([...rows.values()]);
          }
        } catch (error) {
          if (!closed) observer.error?.(error);
        } finally {
          running = false;
        }
      };

      const unwatch = watchLeadChanges(db.name, (change) => {
        if (change.kind === 'all') {
          wholeTable = true;
          changed.clear();
          generation++;
        } else if (!wholeTable) {
          for (const id of change.ids) changed.add(id);
        }
        void catchUp();
      });
      void catchUp();
      return {
        unsubscribe() {
          closed = true;
          unwatch();
        },
      };
    },
  };
}
