import type { CsvEncoding } from '../csv/file-encoding';
import type { ColumnMapping } from '../csv/map-columns';
import {
  type BatchedImportResult,
  BatchedImportResultSchema,
  type ImportChoices,
  type ImportProgress,
} from '../model/import';
import {
  type ImportReply,
  ImportReplySchema,
  type ImportRequest,
  type OpenedFile,
  OpenedFileSchema,
  type PreviewSummary,
  PreviewSummarySchema,
} from './import-protocol';
import type { ImportSession } from './import-session';

/** What the import wizard drives: one file, opened, previewed and imported; Cancel stops an import between batches. */
export interface ImportEngine {
  open(bytes: Uint8Array<ArrayBuffer>, encoding?: CsvEncoding): Promise<OpenedFile>;
  preview(
    mapping: ColumnMapping,
    choices: ImportChoices,
    onProgress: (p: ImportProgress) => void,
  ): Promise<PreviewSummary>;
  run(
    mapping: ColumnMapping,
    choices: ImportChoices,
    onProgress: (p: ImportProgress) => void,
  ): Promise<BatchedImportResult>;
  cancel(): void;
  close(): void;
}

/** The import worker, bundled by Vite from its own entry (lib/import/import.worker.ts). */
export function createImportWorker(): Worker {
  return new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module', name: 'leadclip-import' });
}

type Outcome = Exclude<ImportReply, { kind: 'progress' }>;
type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;
type Ask = WithoutId<Exclude<ImportRequest, { kind: 'cancel' }>>;

/** The engine in a worker: each request gets an id, and its progress and answer come back under it. */
export function workerImportEngine(worker: Worker): ImportEngine {
  let next = 0;
  const waiting = new Map<number, { done: (r: Outcome) => void; progress?: (p: ImportProgress) => void }>();
  worker.addEventListener('message', (event: MessageEvent<unknown>) => {
    const reply = ImportReplySchema.safeParse(event.data);
    if (!reply.success) return;
    const r = reply.data;
    const w = waiting.get(r.id);
    if (!w) return;
    if (r.kind === 'progress') {
      w.progress?.({ done: r.done, total: r.total });
      return;
    }
    waiting.delete(r.id);
    w.done(r);
  });
  worker.addEventListener('error', (event: ErrorEvent) => {
    const error = `The import worker stopped: ${event.message || 'unknown error'}`;
    for (const [id, w] of waiting) w.done({ id, kind: 'failed', error });
    waiting.clear();
  });
  const ask = (request: Ask, progress?: (p: ImportProgress) => void, transfer: Transferable[] = []): Promise<Outcome> =>
    new Promise((done) => {
      const id = ++next;
      waiting.set(id, progress ? { done, progress } : { done });
      worker.postMessage({ ...request, id }, transfer);
    });
  const expect = <T>(r: Outcome, kind: Outcome['kind'], read: (r: Outcome) => T): T => {
    if (r.kind === 'failed') throw new Error(r.error);
    if (r.kind !== kind) throw new Error(`The import worker answered ${r.kind} to ${kind}`);
    return read(r);
  };
  return {
    async open(bytes, encoding) {
      const r = await ask({ kind: 'open', bytes, ...(encoding ? { encoding } : {}) }, undefined, [bytes.buffer]);
      return expect(r, 'opened', (o) => OpenedFileSchema.parse('file' in o ? o.file : undefined));
    },
    async preview(mapping, choices, onProgress) {
      const r = await ask({ kind: 'preview', mapping, choices }, onProgress);
      return expect(r, 'previewed', (o) => PreviewSummarySchema.parse('summary' in o ? o.summary : undefined));
    },
    async run(mapping, choices, onProgress) {
      const r = await ask({ kind: 'import', mapping, choices }, onProgress);
      return expect(r, 'imported', (o) => BatchedImportResultSchema.parse('result' in o ? o.result : undefined));
    },
    cancel() {
      worker.postMessage({ id: ++next, kind: 'cancel' });
    },
    close() {
      worker.terminate();
    },
  };
}

/** The engine in the page itself, for a browser without module workers and for tests. */
export function sessionImportEngine(session: ImportSession): ImportEngine {
  let running: AbortController | undefined;
  return {
    open: async (bytes, encoding) => session.open(bytes, encoding),
    preview: (mapping, choices, onProgress) => session.preview(mapping, choices, onProgress),
    run: (mapping, choices, onProgress) => {
      running = new AbortController();
      return session.import(mapping, choices, onProgress, running.signal);
    },
    cancel: () => running?.abort(),
    close: () => undefined,
  };
}
