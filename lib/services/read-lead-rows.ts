import type { LeadClipDB } from '../db/database';
import { parseRows } from '../db/parse-rows';
import { LeadRecordSchema, safeParseLead } from '../model/lead-checked-quickly';
import { type LeadRow, toLeadRow } from './lead-rows';

/**
 * How long one chunk may hold the side panel's main thread. Reading, cloning and
 * parsing a lead costs tens of microseconds, so a whole table of 100,000 in one
 * task blocks the page for seconds; chunks this long keep a click answered at once.
 */
const CHUNK_BUDGET_MS = 30;
const FIRST_CHUNK = 500;
const MIN_CHUNK = 100;
const MAX_CHUNK = 1_000;

export interface ChunkedReadOptions {
  /** True once the read is no longer wanted (a newer change, the panel closed): it stops at the next chunk. */
  stopped?: () => boolean;
  /** Called after each chunk, with how many leads have been read so far. */
  onChunk?: (read: number) => void;
  /** A fixed chunk size instead of one sized to the time budget (tests). */
  chunkSize?: number;
  now?: () => number;
}

/**
 * Lets the page paint and answer input before the next chunk: a macrotask, so
 * the page's other tasks (its timers too) get their turn. A `scheduler.yield()`
 * continuation is queued ahead of them by design, so they would wait.
 */
export function yieldToPage(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * The next chunk's size: as many leads as the last chunk's pace fits in the
 * budget, at most double the last, so one quick chunk (pages the disk had
 * cached) does not make the next one ten times longer.
 */
function nextChunkSize(size: number, elapsedMs: number): number {
  const fits = elapsedMs <= 0 ? size * 2 : Math.round((size * CHUNK_BUDGET_MS) / elapsedMs);
  return Math.max(MIN_CHUNK, Math.min(MAX_CHUNK, size * 2, fits));
}

function idOf(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || !('id' in value)) return undefined;
  return typeof value.id === 'string' ? value.id : undefined;
}

/**
 * Every lead as a list row, read chunk by chunk in primary-key order with a
 * yield between chunks, so no single task reads the whole table. Each chunk is
 * its own transaction: a caller that must not mix two versions of the table
 * restarts the read on a change (see live-lead-rows.ts). Undefined when stopped.
 */
export async function readAllLeadRows(
  db: LeadClipDB,
  options: ChunkedReadOptions = {},
): Promise<Map<string, LeadRow> | undefined> {
  const now = options.now ?? (() => performance.now());
  const rows = new Map<string, LeadRow>();
  let size = options.chunkSize ?? FIRST_CHUNK;
  let after: string | undefined;
  for (;;) {
    if (options.stopped?.()) return undefined;
    const started = now();
    const raw: unknown[] =
      after === undefined
        ? await db.leads.orderBy(':id').limit(size).toArray()
        : await db.leads.where(':id').above(after).limit(size).toArray();
    for (const lead of parseRows(LeadRecordSchema, raw)) rows.set(lead.id, toLeadRow(lead));
    options.onChunk?.(rows.size);
    if (raw.length < size) return options.stopped?.() ? undefined : rows;
    after = idOf(raw[raw.length - 1]);
    if (after === undefined) throw new Error('A stored lead has no id: the lead list cannot page past it.');
    if (options.chunkSize === undefined) size = nextChunkSize(size, now() - started);
    await yieldToPage();
  }
}

/**
 * The current row of each lead named (undefined: deleted, or no longer a valid
 * lead), read in chunks with yields like the whole table.
 */
export async function readLeadRowsByKey(
  db: LeadClipDB,
  ids: readonly string[],
  options: ChunkedReadOptions = {},
): Promise<Map<string, LeadRow | undefined>> {
  const rows = new Map<string, LeadRow | undefined>();
  const size = options.chunkSize ?? MAX_CHUNK;
  for (let from = 0; from < ids.length; from += size) {
    if (from > 0) await yieldToPage();
    const chunk = ids.slice(from, from + size);
    const raw: unknown[] = await db.leads.bulkGet(chunk);
    chunk.forEach((id, i) => {
      const parsed = safeParseLead(raw[i]);
      rows.set(id, parsed.success && parsed.data.id === id ? toLeadRow(parsed.data) : undefined);
    });
  }
  return rows;
}
